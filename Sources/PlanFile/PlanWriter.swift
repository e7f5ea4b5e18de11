import Foundation
import PlannerCore

/// Writes a book as plan-file bytes directly, byte for byte what `JSONEncoder` writes with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (which took 110 ms of a 10,000-person
/// save). Tests and the plan fuzz target compare the two on every book they load.
///
/// The layout it reproduces: keys in byte order, `"key" : value`, two spaces of indent per level,
/// an empty list as `[`, a blank line and `]`, absent optional values left out, and in text only
/// `"`, `\` and the control characters below U+0020 escaped (`\b \t \n \f \r`, else `\u00XX`).
struct PlanWriter {
    private var out: [UInt8] = []
    private var depth = 0
    /// Per open object or list: whether nothing has been written into it yet.
    private var isEmpty: [Bool] = []

    /// The plan file's bytes for `book`, ending with a newline.
    static func bytes(of book: Book, version: Int) -> [UInt8] {
        var writer = PlanWriter()
        writer.out.reserveCapacity(estimatedSize(of: book))
        writer.document(book, version: version)
        writer.out.append(0x0A)
        return writer.out
    }

    /// More bytes than the plan takes, so `out` never grows by copying: a growth keeps the old buffer and one twice
    /// its size alive at once, which made a 30 MB save peak at 90 MB. Capacity that is never written is never
    /// touched, so it costs address space, not memory.
    static func estimatedSize(of book: Book) -> Int {
        var size = (1 << 16) + book.organisations.count * 1_024 + book.people.count * 1_024 + book.venues.count * 4_096
        for event in book.events {
            size += 8_192 + event.orgs.count * 256 + event.participants.count * 256
            size += (event.theme?.utf8.count ?? 0) * 2
            for item in event.items { size += 2_048 + item.roles.count * 512 + (item.notes?.utf8.count ?? 0) * 2 }
        }
        if let base = book.share?.base { size += estimatedSize(of: base) }
        return size
    }

    // MARK: The plan's shapes (keys in byte order)

    /// - Parameter topLevel: false for the plan nested in a share (`PlanRecord.Share`), whose roster is not on the
    ///   line the fast reader looks for.
    private mutating func document(_ book: Book, version: Int, topLevel: Bool = true) {
        open("{")
        if !book.conflicts.isEmpty {
            key("conflicts")
            conflicts(book.conflicts)
        }
        key("events")
        list(book.events) { $0.event($1) }
        key("formatVersion")
        int(version)
        optional("identity", book.identity)
        if !book.issued.numbers.isEmpty {
            key("issued")
            open("{")
            let kinds: [(StaticString, RecordKind)] = [
                ("event", .event), ("item", .item), ("organisation", .organisation), ("person", .person),
                ("room", .room), ("venue", .venue),
            ]
            for (name, kind) in kinds where book.issued[kind] > 0 {
                key(name)
                int(book.issued[kind])
            }
            close("}")
        }
        key("organisations")
        list(book.organisations) { $0.organisation($1) }
        if topLevel { field(line: PlanLayout.rosterField) } else { key("people") }
        list(book.people) { $0.person($1) }
        if let share = book.share { self.share(share, version: version) }
        key("venues")
        list(book.venues) { $0.venue($1) }
        close("}")
    }

    /// The merge conflicts, as `JSONEncoder` writes them, indented to the depth they are written at: a plan holds a
    /// few, until they are resolved, so they take the general path.
    private mutating func conflicts(_ conflicts: [MergeConflict]) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Text is escaped in JSON, so every newline in the output is the layout's.
        let indent = [0x0A] + [UInt8](repeating: UInt8(ascii: " "), count: 2 * depth)
        for byte in (try? encoder.encode(conflicts.map(PlanRecord.Conflict.init))) ?? Data("[\n\n]".utf8) {
            if byte == 0x0A { out.append(contentsOf: indent) } else { out.append(byte) }
        }
    }

    private mutating func share(_ share: PlanShare, version: Int) {
        key("share")
        open("{")
        key("base")
        document(share.base, version: version, topLevel: false)
        optional("copy", share.copyTag?.text)
        key("event")
        string(share.event)
        key("org")
        string(share.org)
        optional("sharedAt", share.sharedAt.map(PlanRecord.Timestamp.text))
        close("}")
    }

    private mutating func event(_ e: Event) {
        open("{")
        key("date")
        string(e.date.description)
        key("end")
        string(e.end.description)
        key("id")
        string(e.id)
        key("items")
        list(e.items) { $0.item($1) }
        key("orgs")
        list(e.orgs) { w, o in
            w.open("{")
            w.key("org")
            w.string(o.org)
            w.key("part")
            w.string(o.part.rawValue)
            if let quota = o.quota {
                w.key("quota")
                w.int(quota)
            }
            w.close("}")
        }
        key("participants")
        list(e.participants) { w, p in w.participant(p) }
        key("start")
        string(e.start.description)
        optional("theme", e.theme)
        key("title")
        string(e.title)
        key("tz")
        string(e.tz)
        optional("venue", e.venue)
        close("}")
    }

    private mutating func item(_ item: AgendaItem) {
        open("{")
        optional("calendarUID", item.calendarUID)
        key("id")
        string(item.id)
        key("kind")
        string(item.kind.rawValue)
        key("minutes")
        int(item.minutes)
        optional("modified", item.modified.map(PlanRecord.Timestamp.text))
        optional("notes", item.notes)
        if item.revision != 0 {
            key("revision")
            int(item.revision)
        }
        if !item.roles.isEmpty {
            key("roles")
            list(item.roles) { $0.role($1) }
        }
        optional("room", item.room)
        key("start")
        string(item.start.description)
        key("title")
        string(item.title)
        close("}")
    }

    private mutating func role(_ role: Role) {
        open("{")
        if let minutes = role.minutes {
            key("minutes")
            int(minutes)
        }
        key("part")
        string(role.part.rawValue)
        key("person")
        string(role.person)
        optional("topic", role.topic)
        close("}")
    }

    private mutating func organisation(_ o: Organisation) {
        open("{")
        optional("branch", o.branch)
        optional("contact", o.contact)
        key("id")
        string(o.id)
        key("name")
        string(o.name)
        optional("short", o.short)
        close("}")
    }

    /// In `PlanLayout.Person`'s words, which the fast reader's `quickPerson` expects.
    private mutating func person(_ p: Person) {
        typealias Field = PlanLayout.Person
        open("{")
        field(Field.email, ifPresent: p.email)
        field(Field.id)
        string(p.id)
        field(Field.latin, ifPresent: p.latin)
        field(Field.name)
        string(p.name)
        field(Field.org)
        string(p.org)
        field(Field.phone, ifPresent: p.phone)
        if p.politics != .unrecorded {
            field(Field.politics)
            string(p.politics.rawValue)
        }
        field(Field.stage, ifPresent: p.stage?.rawValue)
        field(Field.title, ifPresent: p.title)
        close("}")
    }

    /// In `PlanLayout.Participant`'s words, which the fast reader's `quickParticipant` expects.
    private mutating func participant(_ p: Participant) {
        typealias Field = PlanLayout.Participant
        open("{")
        switch p.attendance {
        case .notYet: break
        case .signedIn(let time):
            if let time {
                field(Field.at)
                string(time.description)
            }
            field(Field.attendance)
            string(PlanRecord.AttendanceName.signedIn.rawValue)
        case .absent:
            field(Field.attendance)
            string(PlanRecord.AttendanceName.absent.rawValue)
        }
        if p.capacity != .attendee {
            field(Field.capacity)
            string(p.capacity.rawValue)
        }
        if let leave = p.leave {
            field(Field.leave)
            open("{")
            optional("approvedBy", leave.approvedBy)
            optional("note", leave.note)
            key("reason")
            string(leave.reason.rawValue)
            close("}")
        }
        field(Field.person)
        string(p.person)
        field(Field.rsvp)
        string(p.rsvp.rawValue)
        close("}")
    }

    private mutating func venue(_ v: Venue) {
        open("{")
        optional("address", v.address)
        if let capacity = v.capacity {
            key("capacity")
            int(capacity)
        }
        key("id")
        string(v.id)
        key("name")
        string(v.name)
        optional("notes", v.notes)
        if !v.rooms.isEmpty {
            key("rooms")
            list(v.rooms) { w, r in
                w.open("{")
                if let capacity = r.capacity {
                    w.key("capacity")
                    w.int(capacity)
                }
                w.key("id")
                w.string(r.id)
                w.key("name")
                w.string(r.name)
                w.close("}")
            }
        }
        close("}")
    }

    // MARK: JSON layout

    private mutating func open(_ bracket: Unicode.Scalar) {
        out.append(UInt8(ascii: bracket))
        depth += 1
        isEmpty.append(true)
    }

    private mutating func close(_ bracket: Unicode.Scalar) {
        depth -= 1
        if isEmpty.removeLast() { out.append(0x0A) }
        newline()
        out.append(UInt8(ascii: bracket))
    }

    /// Starts the next entry of the open object or list.
    private mutating func entry() {
        if isEmpty[isEmpty.count - 1] { isEmpty[isEmpty.count - 1] = false } else { out.append(UInt8(ascii: ",")) }
        newline()
    }

    private mutating func newline() {
        out.append(0x0A)
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// Starts the field `name`: `"name" : `, on a line of its own.
    private mutating func key(_ name: StaticString) {
        entry()
        out.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { out.append(contentsOf: $0) }
        out.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")])
    }

    /// Starts a field whose name and separator are `head`, a constant of `PlanLayout`, on a line of its own.
    private mutating func field(_ head: StaticString) {
        entry()
        head.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    /// The field `head` with the text `value`, when there is a value.
    private mutating func field(_ head: StaticString, ifPresent value: String?) {
        guard let value else { return }
        field(head)
        string(value)
    }

    /// Starts a top-level field whose whole line up to the value (newline, indentation, name and separator) is
    /// `line`, a constant of `PlanLayout`.
    private mutating func field(line: StaticString) {
        assert(
            line.withUTF8Buffer { Array($0.prefix(1 + 2 * depth)) } == [0x0A] + repeatElement(0x20, count: 2 * depth),
            "the line starts with the newline and indentation the writer would write here")
        if isEmpty[isEmpty.count - 1] { isEmpty[isEmpty.count - 1] = false } else { out.append(UInt8(ascii: ",")) }
        line.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    private mutating func optional(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    private mutating func list<T>(_ elements: [T], _ write: (inout PlanWriter, T) -> Void) {
        open("[")
        for element in elements {
            entry()
            write(&self, element)
        }
        close("]")
    }

    private mutating func int(_ value: Int) {
        out.append(contentsOf: String(value).utf8)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private mutating func string(_ text: String) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for (i, byte) in bytes.enumerated()
            where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                runStart = i + 1
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
                case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
                case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
                case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
                case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                default:
                    out.append(contentsOf: Array("\\u00".utf8))
                    out.append(Self.hexDigits[Int(byte >> 4)])
                    out.append(Self.hexDigits[Int(byte & 0x0F)])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
