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
///
/// Its parts: `PlanScanner` turns bytes into JSON values; the records and values extensions map fields onto the
/// core's records (the general path, which reads any spacing and field order); and three shortcuts read Convene's own
/// layout (`PlanLayout`) faster: `quickPerson`, `quickParticipant` and the roster read ahead on the second core
/// (`PlanRosterAhead`). Each shortcut falls back to the general path on anything else, and `Stats` counts which way
/// each record went.
struct PlanFastReader {
    var scanner: PlanScanner
    let shortcuts: Shortcuts
    var stats = Stats()

    init(_ bytes: UnsafeRawBufferPointer, at: Int = 0, shortcuts: Shortcuts) {
        scanner = PlanScanner(bytes, at: at)
        self.shortcuts = shortcuts
    }

    /// The book in `data`, or nil when the fast reader does not take this file.
    static func read(_ data: Data) -> Book? { read(data, shortcuts: .all).book }

    /// The book in `data` (nil when the fast reader does not take this file), read with only `shortcuts`, and which
    /// shortcuts the reading took.
    static func read(_ data: Data, shortcuts: Shortcuts) -> (book: Book?, stats: Stats) {
        data.withUnsafeBytes { raw -> (Book?, Stats) in
            let ahead = shortcuts.contains(.rosterAhead) ? PlanRosterAhead.reading(raw, shortcuts: shortcuts) : nil
            var book: Book?
            var stats = Stats()
            if UTF8Validation.firstInvalid(in: raw) == nil {
                var reader = PlanFastReader(raw, shortcuts: shortcuts)
                book = try? reader.document(ahead: ahead)
                stats = reader.stats
            }
            // The other core reads these bytes: they must outlive its work, whatever happened here.
            ahead?.done.wait()
            return (book, stats)
        }
    }

    /// The whole file: its version and the four lists, nothing after them.
    /// - Parameter ahead: the roster being read on another core, if it is.
    private mutating func document(ahead: PlanRosterAhead?) throws -> Book {
        var version: Int?, organisations: [Organisation]?, people: [Person]?, venues: [Venue]?, events: [Event]?
        var identity: String??, issued: IssuedIDs?
        try object { key, r in
            switch key {
            case "formatVersion": version = try Self.once(version, r.int())
            case "identity": identity = try Self.once(identity, r.optional { try $0.string() })
            case "issued": issued = try Self.once(issued, r.issued())
            case "organisations": organisations = try Self.once(organisations, r.array { try $0.organisation() })
            case "people": people = try Self.once(people, r.roster(ahead))
            case "venues": venues = try Self.once(venues, r.array { try $0.venue() })
            case "events": events = try Self.once(events, r.array { try $0.event() })
            default: throw PlanScanner.GiveUp()
            }
        }
        scanner.skipSpace()
        guard scanner.isAtEnd, version == PlanFormat.currentVersion,
            let organisations, let people, let venues, let events
        else { throw PlanScanner.GiveUp() }
        return Book(
            organisations: organisations, people: people, venues: venues, events: events, identity: identity ?? nil,
            issued: issued ?? IssuedIDs())
    }

    // MARK: Objects, lists and absent values

    /// Calls `field` with each key of an object, positioned at its value.
    @inline(__always)
    mutating func object(_ field: (PlanScanner.Key, inout PlanFastReader) throws -> Void) throws {
        guard try scanner.enter(UInt8(ascii: "{"), close: UInt8(ascii: "}")) else { return }
        repeat {
            let key = try scanner.fieldName()
            try field(key, &self)
        } while try scanner.another(close: UInt8(ascii: "}"))
    }

    /// The elements of a list, each read by `element`.
    @inline(__always)
    mutating func array<T>(_ element: (inout PlanFastReader) throws -> T) throws -> [T] {
        var result: [T] = []
        guard try scanner.enter(UInt8(ascii: "["), close: UInt8(ascii: "]")) else { return result }
        repeat {
            scanner.skipSpace()
            result.append(try element(&self))
        } while try scanner.another(close: UInt8(ascii: "]"))
        return result
    }

    /// nil for `null`, else the value.
    @inline(__always)
    mutating func optional<T>(_ value: (inout PlanFastReader) throws -> T) throws -> T? {
        if try scanner.null() { return nil }
        return try value(&self)
    }

    /// `value`, unless the field was already read: a repeated field goes to JSONDecoder.
    @inline(__always)
    static func once<T>(_ previous: T?, _ value: T) throws -> T {
        guard previous == nil else { throw PlanScanner.GiveUp() }
        return value
    }
}
