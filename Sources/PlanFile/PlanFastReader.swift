import Dispatch
import Foundation
import PlannerCore

/// Reads a plan file of the current format version straight from its UTF-8 bytes into a `Book`,
/// about ten times faster than `JSONDecoder` (which took 110 ms of a 10,000-person plan's 120 ms load).
///
/// It reads only what Convene writes: the known fields, text, whole numbers, `null` for absent
/// values. On anything else — an unknown or repeated field, a fraction or exponent, a lone
/// surrogate escape, a bad date, a missing field, a syntax error — it gives up and returns nil,
/// and `PlanFormat.decode` reads the file with `JSONDecoder`, which accepts what it accepts and
/// explains the rest. So what a file means never depends on which reader read it; the plan fuzz
/// target checks exactly that.
struct PlanFastReader {
    private struct GiveUp: Error {}

    private let bytes: UnsafeRawBufferPointer
    private var at = 0

    private init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// The book in `data`, or nil when the fast reader does not take this file.
    static func read(_ data: Data) -> Book? {
        data.withUnsafeBytes { raw -> Book? in
            let ahead = readPeopleAhead(raw)
            var book: Book?
            if UTF8Validation.firstInvalid(in: raw) == nil {
                var reader = PlanFastReader(raw)
                book = try? reader.document(ahead: ahead)
            }
            // The other core reads these bytes: they must outlive its work, whatever happened here.
            ahead?.done.wait()
            return book
        }
    }

    // MARK: The roster on another core

    /// The people array of a big plan, read on another core while this one reads the events written before it.
    /// It is found by its place in the layout Convene writes (`"people"` as a top-level key, two spaces in), and
    /// used only when the document, read in order, reaches its value at exactly that byte; otherwise the roster
    /// is read in place as usual. Reading is a function of the bytes and the starting point, so the result is
    /// the one the reader would have got itself.
    private final class PeopleAhead: @unchecked Sendable {
        /// Where the roster's value starts (set when `found` is done; nil: no such key).
        var start: Int?
        var people: [Person]?
        var end = 0
        let found = DispatchGroup(), done = DispatchGroup()
    }

    private struct SharedBytes: @unchecked Sendable { let bytes: UnsafeRawBufferPointer }

    /// The people array at `at`: the other core's reading when it started right here, else read in place.
    private mutating func roster(_ ahead: PeopleAhead?) throws -> [Person] {
        ahead?.found.wait()
        guard let ahead, ahead.start == at else { return try array { try $0.person() } }
        ahead.done.wait()
        guard let people = ahead.people else { throw GiveUp() }
        at = ahead.end
        return people
    }

    private static let peopleKey: StaticString = "\n  \"people\" : "

    private static func readPeopleAhead(_ bytes: UnsafeRawBufferPointer) -> PeopleAhead? {
        guard bytes.count >= MappedFile.threshold else { return nil }
        let ahead = PeopleAhead()
        let shared = SharedBytes(bytes: bytes)
        ahead.found.enter()
        DispatchQueue.global(qos: .userInitiated).async(group: ahead.done) {
            ahead.start = lastPeopleKey(in: shared.bytes)
            ahead.found.leave()
            guard let start = ahead.start else { return }
            var reader = PlanFastReader(shared.bytes)
            reader.at = start
            ahead.people = try? reader.array { try $0.person() }
            ahead.end = reader.at
        }
        return ahead
    }

    /// Where the value of the last `"people"` key written two spaces in begins (the roster is the last section
    /// but one: the search from the end passes only the venues).
    static func lastPeopleKey(in bytes: UnsafeRawBufferPointer) -> Int? {
        let key = UnsafeRawBufferPointer(start: peopleKey.utf8Start, count: peopleKey.utf8CodeUnitCount)
        func matches(_ i: Int) -> Bool { memcmp(bytes.baseAddress! + i, key.baseAddress!, key.count) == 0 }
        // Eight bytes at a time, looking only at the words that hold a newline (a third of them in the pretty layout).
        var end = bytes.count - key.count + 1  // candidates are the offsets below `end`
        while end >= 8 {
            let word = bytes.loadUnaligned(fromByteOffset: end - 8, as: UInt64.self)
            let x = word ^ 0x0A0A_0A0A_0A0A_0A0A
            var newlines = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
            while newlines != 0 {
                // The highest newline of the word first: the search goes backwards.
                let byte = (63 - newlines.leadingZeroBitCount) / 8
                if bytes[end - 8 + byte] == 0x0A, matches(end - 8 + byte) { return end - 8 + byte + key.count }
                newlines &= ~(UInt64(0x80) << (8 * UInt64(byte)))
            }
            end -= 8
        }
        for i in stride(from: end - 1, through: 0, by: -1) where bytes[i] == 0x0A && matches(i) { return i + key.count }
        return nil
    }

    // MARK: The plan's shapes

    /// - Parameter ahead: the roster being read on another core, if it is.
    private mutating func document(ahead: PeopleAhead?) throws -> Book {
        var version: Int?, organisations: [Organisation]?, people: [Person]?, venues: [Venue]?, events: [Event]?
        try object { key, r in
            switch key {
            case "formatVersion": version = try Self.once(version, r.int())
            case "organisations": organisations = try Self.once(organisations, r.array { try $0.organisation() })
            case "people": people = try Self.once(people, r.roster(ahead))
            case "venues": venues = try Self.once(venues, r.array { try $0.venue() })
            case "events": events = try Self.once(events, r.array { try $0.event() })
            default: throw GiveUp()
            }
        }
        skipSpace()
        guard at == bytes.count, version == PlanFormat.currentVersion,
            let organisations, let people, let venues, let events
        else { throw GiveUp() }
        return Book(organisations: organisations, people: people, venues: venues, events: events)
    }

    private mutating func organisation() throws -> Organisation {
        var id: String?, name: String?, short: String??, branch: String??, contact: String??
        try object { key, r in
            switch key {
            case "id": id = try Self.once(id, r.string())
            case "name": name = try Self.once(name, r.string())
            case "short": short = try Self.once(short, r.optional { try $0.string() })
            case "branch": branch = try Self.once(branch, r.optional { try $0.string() })
            case "contact": contact = try Self.once(contact, r.optional { try $0.string() })
            default: throw GiveUp()
            }
        }
        guard let id, let name else { throw GiveUp() }
        return Organisation(id: id, name: name, short: short ?? nil, branch: branch ?? nil, contact: contact ?? nil)
    }

    private mutating func person() throws -> Person {
        let start = at
        if let quick = quickPerson() { return quick }
        at = start
        var id: String?, name: String?, latin: String??, org: String?, title: String??
        var status: MembershipStatus?, phone: String??, email: String??
        try object { key, r in
            switch key {
            case "id": id = try Self.once(id, r.string())
            case "name": name = try Self.once(name, r.string())
            case "latin": latin = try Self.once(latin, r.optional { try $0.string() })
            case "org": org = try Self.once(org, r.string())
            case "title": title = try Self.once(title, r.optional { try $0.string() })
            case "status": status = try Self.once(status, r.enumeration(Self.statuses))
            case "phone": phone = try Self.once(phone, r.optional { try $0.string() })
            case "email": email = try Self.once(email, r.optional { try $0.string() })
            default: throw GiveUp()
            }
        }
        guard let id, let name, let org, let status else { throw GiveUp() }
        return Person(
            id: id, name: name, latin: latin ?? nil, org: org, title: title ?? nil, status: status,
            phone: phone ?? nil, email: email ?? nil)
    }

    private mutating func venue() throws -> Venue {
        var id: String?, name: String?, address: String??, capacity: Int??, rooms: [Room]??, notes: String??
        try object { key, r in
            switch key {
            case "id": id = try Self.once(id, r.string())
            case "name": name = try Self.once(name, r.string())
            case "address": address = try Self.once(address, r.optional { try $0.string() })
            case "capacity": capacity = try Self.once(capacity, r.optional { try $0.int() })
            case "rooms": rooms = try Self.once(rooms, r.optional { try $0.array { try $0.room() } })
            case "notes": notes = try Self.once(notes, r.optional { try $0.string() })
            default: throw GiveUp()
            }
        }
        guard let id, let name else { throw GiveUp() }
        return Venue(
            id: id, name: name, address: address ?? nil, capacity: capacity ?? nil,
            rooms: (rooms ?? nil) ?? [], notes: notes ?? nil)
    }

    private mutating func room() throws -> Room {
        var name: String?, capacity: Int??
        try object { key, r in
            switch key {
            case "name": name = try Self.once(name, r.string())
            case "capacity": capacity = try Self.once(capacity, r.optional { try $0.int() })
            default: throw GiveUp()
            }
        }
        guard let name else { throw GiveUp() }
        return Room(name: name, capacity: capacity ?? nil)
    }

    private mutating func event() throws -> Event {
        var id: String?, title: String?, theme: String??, date: CivilDate?, start: ClockTime?, end: ClockTime?
        var tz: String??, venue: String??, orgs: [EventOrganisation]??, participants: [Participant]??,
            items: [AgendaItem]??
        try object { key, r in
            switch key {
            case "id": id = try Self.once(id, r.string())
            case "title": title = try Self.once(title, r.string())
            case "theme": theme = try Self.once(theme, r.optional { try $0.string() })
            case "date": date = try Self.once(date, r.date())
            case "start": start = try Self.once(start, r.time())
            case "end": end = try Self.once(end, r.time())
            case "tz": tz = try Self.once(tz, r.optional { try $0.string() })
            case "venue": venue = try Self.once(venue, r.optional { try $0.string() })
            case "orgs": orgs = try Self.once(orgs, r.optional { try $0.array { try $0.eventOrganisation() } })
            case "participants":
                participants = try Self.once(participants, r.optional { try $0.array { try $0.participant() } })
            case "items": items = try Self.once(items, r.optional { try $0.array { try $0.item() } })
            default: throw GiveUp()
            }
        }
        guard let id, let title, let date, let start, let end else { throw GiveUp() }
        return Event(
            id: id, title: title, theme: theme ?? nil, date: date, start: start, end: end,
            tz: (tz ?? nil) ?? Event.defaultTimeZone, venue: venue ?? nil, orgs: (orgs ?? nil) ?? [],
            participants: (participants ?? nil) ?? [], items: (items ?? nil) ?? [])
    }

    private mutating func eventOrganisation() throws -> EventOrganisation {
        var org: String?, part: OrganisationPart?
        try object { key, r in
            switch key {
            case "org": org = try Self.once(org, r.string())
            case "part": part = try Self.once(part, r.enumeration(Self.organisationParts))
            default: throw GiveUp()
            }
        }
        guard let org, let part else { throw GiveUp() }
        return EventOrganisation(org: org, part: part)
    }

    private mutating func participant() throws -> Participant {
        let start = at
        if let quick = quickParticipant() { return quick }
        at = start
        var person: String?, rsvp: RSVP?
        try object { key, r in
            switch key {
            case "person": person = try Self.once(person, r.string())
            case "rsvp": rsvp = try Self.once(rsvp, r.enumeration(Self.rsvps))
            default: throw GiveUp()
            }
        }
        guard let person, let rsvp else { throw GiveUp() }
        return Participant(person: person, rsvp: rsvp)
    }

    /// A person in exactly the layout Convene writes (fields in name order, absent ones left out, text without
    /// escapes), read field by field without the general object machinery; anything else gives nil, and `person`
    /// reads the record the general way.
    private mutating func quickPerson() -> Person? {
        guard literal("{") else { return nil }
        skipSpace()
        let email = literal("\"email\" : ") ? quickText() : nil
        if email != nil { guard nextField() else { return nil } }
        guard literal("\"id\" : "), let id = quickText(), nextField() else { return nil }
        let latin = literal("\"latin\" : ") ? quickText() : nil
        if latin != nil { guard nextField() else { return nil } }
        guard literal("\"name\" : "), let name = quickText(), nextField(),
            literal("\"org\" : "), let org = quickText(), nextField()
        else { return nil }
        let phone = literal("\"phone\" : ") ? quickText() : nil
        if phone != nil { guard nextField() else { return nil } }
        guard literal("\"status\" : "), let statusName = try? plainString(),
            let status = Self.statuses.value(named: statusName)
        else { return nil }
        skipSpace()
        var title: String?
        if literal(",") {
            skipSpace()
            guard literal("\"title\" : "), let text = quickText() else { return nil }
            title = text
            skipSpace()
        }
        guard literal("}") else { return nil }
        return Person(
            id: id, name: name, latin: latin, org: org, title: title, status: status, phone: phone, email: email)
    }

    /// A text without escapes, as a String; nil for anything else.
    @inline(__always)
    private mutating func quickText() -> String? {
        guard let raw = try? plainString() else { return nil }
        return String(decoding: raw, as: UTF8.self)
    }

    /// Steps over the comma (and the spacing around it) before the next field; false when there is none.
    @inline(__always)
    private mutating func nextField() -> Bool {
        skipSpace()
        guard literal(",") else { return false }
        skipSpace()
        return true
    }

    /// A participant in exactly the layout Convene writes (`{ "person" : "…", "rsvp" : "…" }`, any spacing between
    /// the fields), read without the general object machinery: most records of a big plan are participants.
    /// Anything else gives nil, and `participant` reads the record the general way.
    private mutating func quickParticipant() -> Participant? {
        guard literal("{") else { return nil }
        skipSpace()
        guard literal("\"person\" : "), let person = try? plainString() else { return nil }
        skipSpace()
        guard literal(",") else { return nil }
        skipSpace()
        guard literal("\"rsvp\" : "), let rsvpName = try? plainString(), let rsvp = Self.rsvps.value(named: rsvpName)
        else { return nil }
        skipSpace()
        guard literal("}") else { return nil }
        return Participant(person: String(decoding: person, as: UTF8.self), rsvp: rsvp)
    }

    private mutating func item() throws -> AgendaItem {
        var id: String?, kind: ItemKind?, title: String?, start: ClockTime?, minutes: Int?
        var room: String??, notes: String??, roles: [Role]??
        try object { key, r in
            switch key {
            case "id": id = try Self.once(id, r.string())
            case "kind": kind = try Self.once(kind, r.enumeration(Self.kinds))
            case "title": title = try Self.once(title, r.string())
            case "start": start = try Self.once(start, r.time())
            case "minutes": minutes = try Self.once(minutes, r.int())
            case "room": room = try Self.once(room, r.optional { try $0.string() })
            case "notes": notes = try Self.once(notes, r.optional { try $0.string() })
            case "roles": roles = try Self.once(roles, r.optional { try $0.array { try $0.role() } })
            default: throw GiveUp()
            }
        }
        guard let id, let kind, let title, let start, let minutes else { throw GiveUp() }
        return AgendaItem(
            id: id, kind: kind, title: title, start: start, minutes: minutes, room: room ?? nil,
            notes: notes ?? nil, roles: (roles ?? nil) ?? [])
    }

    private mutating func role() throws -> Role {
        var person: String?, part: RolePart?, topic: String??, minutes: Int??
        try object { key, r in
            switch key {
            case "person": person = try Self.once(person, r.string())
            case "part": part = try Self.once(part, r.enumeration(Self.parts))
            case "topic": topic = try Self.once(topic, r.optional { try $0.string() })
            case "minutes": minutes = try Self.once(minutes, r.optional { try $0.int() })
            default: throw GiveUp()
            }
        }
        guard let person, let part else { throw GiveUp() }
        return Role(person: person, part: part, topic: topic ?? nil, minutes: minutes ?? nil)
    }

    private static let statuses = CaseNames<MembershipStatus>(), rsvps = CaseNames<RSVP>(),
        kinds = CaseNames<ItemKind>()
    private static let parts = CaseNames<RolePart>(), organisationParts = CaseNames<OrganisationPart>()

    /// The UTF-8 names of an enumeration's cases, made once, to match field values against without making Strings.
    struct CaseNames<T: RawRepresentable & CaseIterable & Sendable>: Sendable where T.RawValue == String {
        private let entries: [(name: [UInt8], value: T)] = T.allCases.map { (Array($0.rawValue.utf8), $0) }

        func value(named raw: UnsafeRawBufferPointer) -> T? {
            for entry in entries where entry.name.count == raw.count {
                if entry.name.withUnsafeBytes({ memcmp($0.baseAddress!, raw.baseAddress!, raw.count) }) == 0 {
                    return entry.value
                }
            }
            return nil
        }
    }

    // MARK: JSON values

    /// `value`, unless the field was already read: a repeated field goes to JSONDecoder.
    @inline(__always)
    private static func once<T>(_ previous: T?, _ value: T) throws -> T {
        guard previous == nil else { throw GiveUp() }
        return value
    }

    /// Calls `field` with each key of an object, positioned at its value.
    @inline(__always)
    private mutating func object(_ field: (Key, inout PlanFastReader) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        skipSpace()
        if try peek() == UInt8(ascii: "}") {
            at += 1
            return
        }
        while true {
            skipSpace()
            let key = try self.key()
            skipSpace()
            try expect(UInt8(ascii: ":"))
            skipSpace()
            try field(key, &self)
            skipSpace()
            let next = try take()
            if next == UInt8(ascii: "}") { return }
            guard next == UInt8(ascii: ",") else { throw GiveUp() }
        }
    }

    @inline(__always)
    private mutating func array<T>(_ element: (inout PlanFastReader) throws -> T) throws -> [T] {
        try expect(UInt8(ascii: "["))
        skipSpace()
        var result: [T] = []
        if try peek() == UInt8(ascii: "]") {
            at += 1
            return result
        }
        while true {
            skipSpace()
            result.append(try element(&self))
            skipSpace()
            let next = try take()
            if next == UInt8(ascii: "]") { return result }
            guard next == UInt8(ascii: ",") else { throw GiveUp() }
        }
    }

    /// A field name, compared as bytes with the names the format knows (no String made for it).
    /// A name with an escape in it is not one Convene writes: JSONDecoder reads that file.
    private mutating func key() throws -> Key {
        try expect(UInt8(ascii: "\""))
        let first = at
        while at < bytes.count, bytes[at] != UInt8(ascii: "\"") {
            guard bytes[at] != UInt8(ascii: "\\"), bytes[at] >= 0x20 else { throw GiveUp() }
            at += 1
        }
        guard at < bytes.count else { throw GiveUp() }
        at += 1
        return Key(bytes: UnsafeRawBufferPointer(rebasing: bytes[first..<(at - 1)]))
    }

    /// The bytes of a field name; `case "id":` in a switch compares them with a literal.
    struct Key {
        let bytes: UnsafeRawBufferPointer

        static func ~= (name: StaticString, key: Key) -> Bool {
            name.utf8CodeUnitCount == key.bytes.count
                && memcmp(name.utf8Start, key.bytes.baseAddress!, key.bytes.count) == 0
        }
    }

    /// nil for `null`, else the value.
    @inline(__always)
    private mutating func optional<T>(_ value: (inout PlanFastReader) throws -> T) throws -> T? {
        if try peek() == UInt8(ascii: "n") {
            guard bytes.count - at >= 4, bytes[at + 1] == UInt8(ascii: "u"), bytes[at + 2] == UInt8(ascii: "l"),
                bytes[at + 3] == UInt8(ascii: "l")
            else { throw GiveUp() }
            at += 4
            return nil
        }
        return try value(&self)
    }

    /// An enumeration's case, its name matched as bytes against `names` (no String made); a name with escapes
    /// goes the String way.
    @inline(__always)
    private mutating func enumeration<T: RawRepresentable>(_ names: CaseNames<T>) throws -> T
    where T.RawValue == String {
        let start = at
        if let raw = try plainString() {
            guard let value = names.value(named: raw) else { throw GiveUp() }
            return value
        }
        at = start
        guard let value = T(rawValue: try string()) else { throw GiveUp() }
        return value
    }

    /// `YYYY-MM-DD`, read from its ten bytes; any other spelling goes through `CivilDate`'s own parser.
    private mutating func date() throws -> CivilDate {
        let start = at
        if let raw = try plainString(), raw.count == 10, raw[4] == UInt8(ascii: "-"), raw[7] == UInt8(ascii: "-"),
            let year = Self.digits(raw, 0, 4), let month = Self.digits(raw, 5, 2), let day = Self.digits(raw, 8, 2)
        {
            guard let date = CivilDate(year: year, month: month, day: day) else { throw GiveUp() }
            return date
        }
        at = start
        guard let date = CivilDate(try string()) else { throw GiveUp() }
        return date
    }

    /// `HH:MM`, read from its five bytes; any other spelling goes through `ClockTime`'s own parser.
    private mutating func time() throws -> ClockTime {
        let start = at
        if let raw = try plainString(), raw.count == 5, raw[2] == UInt8(ascii: ":"),
            let hours = Self.digits(raw, 0, 2), let minutes = Self.digits(raw, 3, 2)
        {
            guard hours <= 24, minutes < 60, let time = ClockTime(minutes: hours * 60 + minutes) else { throw GiveUp() }
            return time
        }
        at = start
        guard let time = ClockTime(try string()) else { throw GiveUp() }
        return time
    }

    /// The number written by the ASCII digits `raw[from..<from + count]`, or nil if one is not a digit.
    @inline(__always)
    private static func digits(_ raw: UnsafeRawBufferPointer, _ from: Int, _ count: Int) -> Int? {
        var value = 0
        for i in from..<(from + count) {
            let d = raw[i] &- UInt8(ascii: "0")
            guard d < 10 else { return nil }
            value = value * 10 + Int(d)
        }
        return value
    }

    /// The bytes of a string without escapes, `at` after its closing quote; nil, with `at` on the first backslash, when it has one.
    private mutating func plainString() throws -> UnsafeRawBufferPointer? {
        try expect(UInt8(ascii: "\""))
        let first = at
        while at < bytes.count {
            let byte = bytes[at]
            if byte == UInt8(ascii: "\"") {
                at += 1
                return UnsafeRawBufferPointer(rebasing: bytes[first..<(at - 1)])
            }
            if byte == UInt8(ascii: "\\") { return nil }
            guard byte >= 0x20 else { throw GiveUp() }
            at += 1
        }
        throw GiveUp()
    }

    /// A whole number written as digits with an optional minus: no fraction, exponent or leading zero.
    private mutating func int() throws -> Int {
        let negative = try peek() == UInt8(ascii: "-")
        if negative { at += 1 }
        let first = at
        var value = 0
        while at < bytes.count, bytes[at] >= UInt8(ascii: "0"), bytes[at] <= UInt8(ascii: "9") {
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(Int(bytes[at] - UInt8(ascii: "0")))
            guard !o1, !o2 else { throw GiveUp() }
            value = sum
            at += 1
        }
        let digits = at - first
        guard digits > 0, !(digits > 1 && bytes[first] == UInt8(ascii: "0")), !(negative && value == 0) else {
            throw GiveUp()
        }
        if at < bytes.count, bytes[at] == UInt8(ascii: ".") || bytes[at] | 0x20 == UInt8(ascii: "e") { throw GiveUp() }
        return negative ? -value : value
    }

    /// A JSON string. The whole file was checked to be UTF-8 first, so the bytes between escapes are taken as they are.
    private mutating func string() throws -> String {
        let first = at + 1
        if let raw = try plainString() { return String(decoding: raw, as: UTF8.self) }
        return try escapedString(from: first)
    }

    /// The rest of a string that has escapes, from its first byte at `first`; `at` is on the first backslash.
    private mutating func escapedString(from first: Int) throws -> String {
        var utf8 = Array(UnsafeRawBufferPointer(rebasing: bytes[first..<at]))
        while at < bytes.count {
            let byte = bytes[at]
            at += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                let escape = try take()
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard try take() == UInt8(ascii: "\\"), try take() == UInt8(ascii: "u") else { throw GiveUp() }
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw GiveUp() }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { throw GiveUp() }
                    utf8.append(contentsOf: UTF8.encode(unicode)!)
                default: throw GiveUp()
                }
            default:
                guard byte >= 0x20 else { throw GiveUp() }
                utf8.append(byte)
            }
        }
        throw GiveUp()
    }

    private mutating func hex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = try take()
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw GiveUp()
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    // MARK: Bytes

    /// Skips whitespace; the pretty layout's indentation eight spaces at a time.
    @inline(__always)
    private mutating func skipSpace() {
        while at < bytes.count {
            switch bytes[at] {
            case 0x20, 0x0A, 0x0D, 0x09:
                at += 1
                while at + 8 <= bytes.count,
                    bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self) == 0x2020_2020_2020_2020
                { at += 8 }
            default: return
            }
        }
    }

    /// Steps over `text` if the bytes at `at` are exactly it.
    @inline(__always)
    private mutating func literal(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard bytes.count - at >= count, memcmp(bytes.baseAddress! + at, text.utf8Start, count) == 0 else {
            return false
        }
        at += count
        return true
    }

    @inline(__always)
    private func peek() throws -> UInt8 {
        guard at < bytes.count else { throw GiveUp() }
        return bytes[at]
    }

    @inline(__always)
    private mutating func take() throws -> UInt8 {
        let byte = try peek()
        at += 1
        return byte
    }

    @inline(__always)
    private mutating func expect(_ byte: UInt8) throws {
        guard try take() == byte else { throw GiveUp() }
    }
}
