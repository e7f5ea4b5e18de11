import Foundation

/// A list's names as the `/` filter and the pick-lists search them on every keystroke: each entry's search keys
/// worked out once, as bytes back to back, so a query is a byte search instead of a `PinyinKey` per name (whose
/// cache lookup hashes a Chinese String, ~12,000 instructions) and three `containsText` calls.
///
/// An entry matches a query exactly when `PinyinKey(name).matches(query) || PinyinKey(latin).matches(query)`:
/// it holds the same three keys of the name and then of the Latin name (the name lower-cased without white space,
/// its full pinyin, its initials), each followed by 0xFF, a byte UTF-8 never uses. A query is UTF-8, so a match
/// in the bytes lies inside one key. Names in CJK ideographs and names in ASCII, nearly every name, get their keys
/// from their bytes (`NameSearchTests` checks them against `PinyinKey` on random names); any other name gets them
/// from `PinyinKey`.
public struct NameSearch: Sendable {
    /// Every entry's keys back to back, each key followed by 0xFF.
    let bytes: [UInt8]
    /// Where each entry ends in `bytes`; entry i starts where entry i - 1 ends (the first at 0).
    let ends: [Int]

    /// How many entries (rows of the list) there are.
    public var count: Int { ends.count }

    /// One entry per element of `items`, in order, from its name and its Latin name.
    public init<C: Collection>(_ items: C, name: (C.Element) -> String, latin: (C.Element) -> String?) {
        var builder = Builder()
        builder.bytes.reserveCapacity(items.count * 48)
        builder.ends.reserveCapacity(items.count)
        for item in items {
            builder.add(name(item))
            if let other = latin(item) { builder.add(other) }
            builder.ends.append(builder.bytes.count)
        }
        bytes = builder.bytes
        ends = builder.ends
    }

    /// One entry per person: the name and the Latin name, as `Person.matches` reads them.
    public init(_ people: [Person]) { self.init(people, name: \.name, latin: \.latin) }

    /// The entries whose keys contain `query`, in order; every entry for an empty query.
    public func entries(matching query: PinyinQuery) -> [Int32] {
        let needle = Array(query.text.utf8)
        return needle.isEmpty ? Array(0..<Int32(count)) : scan(needle)
    }

    /// Whether entry `entry` matches `query` (true for an empty query).
    public func entry(_ entry: Int, matches query: PinyinQuery) -> Bool {
        let needle = Array(query.text.utf8)
        return needle.isEmpty || contains(entry, needle)
    }

    /// The entries that hold `needle` (not empty), by one pass over all the bytes.
    func scan(_ needle: [UInt8]) -> [Int32] {
        var picks: [Int32] = []
        bytes.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                var from = 0, entry = 0
                while let at = Self.find(pin, in: hay, from: from, to: hay.count) {
                    while ends[entry] <= at { entry += 1 }
                    picks.append(Int32(entry))
                    from = ends[entry]
                    entry += 1
                }
            }
        }
        return picks
    }

    /// Whether entry `entry` holds `needle` (not empty).
    func contains(_ entry: Int, _ needle: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                Self.find(pin, in: hay, from: entry == 0 ? 0 : ends[entry - 1], to: ends[entry]) != nil
            }
        }
    }

    /// Of `candidates` (ascending entries), those that hold `needle`, in order.
    func filter(_ candidates: [Int32], _ needle: [UInt8]) -> [Int32] {
        bytes.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                candidates.filter { e in
                    let e = Int(e)
                    return Self.find(pin, in: hay, from: e == 0 ? 0 : ends[e - 1], to: ends[e]) != nil
                }
            }
        }
    }

    /// Where `needle` (not empty) first starts in `hay[from..<to]`: `memchr` finds each place of the needle's last
    /// byte (the last byte of a CJK character varies more than its first), `memcmp` compares the rest.
    @inline(__always)
    static func find(
        _ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, from: Int, to: Int
    ) -> Int? {
        let m = needle.count
        guard m > 0, to - from >= m, let h = hay.baseAddress, let n = needle.baseAddress else { return nil }
        let last = Int32(n[m - 1])
        var end = from + m - 1
        while end < to {
            guard let hit = memchr(h + end, last, to - end) else { return nil }
            end = UnsafeRawPointer(h).distance(to: UnsafeRawPointer(hit))
            let start = end - (m - 1)
            if m == 1 || memcmp(h + start, n, m - 1) == 0 { return start }
            end += 1
        }
        return nil
    }

    /// Writes entries' keys.
    struct Builder {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        /// The readings of the ideographs met so far, by `scalar - 0x3400` (allocated at the first one): 0 before
        /// the first lookup, `Self.unreadable`, or the reading's place in `pool` as `offset << 8 | length`.
        var table: [UInt32] = []
        var pool: [UInt8] = []
        static let first: UInt32 = 0x3400, last: UInt32 = 0x9FFF
        static let unreadable = UInt32.max
        static let separator: UInt8 = 0xFF

        /// Appends the three keys of `text`: from its bytes when it is ASCII or CJK ideographs, else from `PinyinKey`.
        mutating func add(_ text: String) {
            var text = text
            let done = text.withUTF8 { utf8 in
                var ascii = true
                for byte in utf8 where byte >= 0x80 {
                    ascii = false
                    break
                }
                if ascii {
                    addASCII(utf8)
                    return true
                }
                return addIdeographs(utf8)
            }
            guard !done else { return }
            let key = PinyinKey(text)
            bytes.append(contentsOf: key.compactName.utf8)
            bytes.append(Self.separator)
            bytes.append(contentsOf: key.full.utf8)
            bytes.append(Self.separator)
            bytes.append(contentsOf: key.initials.utf8)
            bytes.append(Self.separator)
        }

        @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }
        @inline(__always) static func isWordByte(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 }

        /// As `PinyinKey` reads an ASCII name: lower-cased without white space (U+0009–U+000D, U+0020), then its
        /// runs of letters and digits lower-cased and joined, then the first letter of each run.
        mutating func addASCII(_ utf8: UnsafeBufferPointer<UInt8>) {
            for b in utf8 where b != 0x20 && b &- 0x09 >= 5 { bytes.append(Self.lower(b)) }
            bytes.append(Self.separator)
            for b in utf8 where Self.isWordByte(b) { bytes.append(Self.lower(b)) }
            bytes.append(Self.separator)
            var previous = false
            for b in utf8 {
                let word = Self.isWordByte(b)
                if word && !previous { bytes.append(Self.lower(b)) }
                previous = word
            }
            bytes.append(Self.separator)
        }

        /// As `PinyinKey` reads a name of CJK ideographs (U+3400–U+4DBF, U+4E00–U+9FFF) that ICU reads one by
        /// one: the name itself, the readings joined, their first letters. False, writing nothing, for any other.
        mutating func addIdeographs(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
            let n = utf8.count
            guard n % 3 == 0 else { return false }
            var i = 0
            while i < n {
                guard let scalar = Self.ideograph(utf8, at: i), reading(scalar) != Self.unreadable else { return false }
                i += 3
            }
            bytes.append(contentsOf: utf8)
            bytes.append(Self.separator)
            i = 0
            while i < n {
                let place = table[Int(Self.ideographValue(utf8, at: i) - Self.first)]
                let offset = Int(place >> 8)
                bytes.append(contentsOf: pool[offset..<offset + Int(place & 0xFF)])
                i += 3
            }
            bytes.append(Self.separator)
            i = 0
            while i < n {
                bytes.append(pool[Int(table[Int(Self.ideographValue(utf8, at: i) - Self.first)] >> 8)])
                i += 3
            }
            bytes.append(Self.separator)
            return true
        }

        /// The value of the three-byte sequence at `i` (valid UTF-8, as a String's bytes are).
        @inline(__always) static func ideographValue(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32 {
            UInt32(utf8[i] & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
        }

        /// The ideograph at `i`, or nil when the character there is not one of the CJK ranges `PinyinKey` reads.
        @inline(__always) static func ideograph(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32? {
            guard utf8[i] & 0xF0 == 0xE0 else { return nil }
            let v = ideographValue(utf8, at: i)
            return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) ? v : nil
        }

        /// The table entry of ideograph `v`, looking its reading up the first time.
        mutating func reading(_ v: UInt32) -> UInt32 {
            if table.isEmpty { table = Array(repeating: 0, count: Int(Self.last - Self.first) + 1) }
            let slot = Int(v - Self.first)
            if table[slot] != 0 { return table[slot] }
            let reading = Unicode.Scalar(v).map(PinyinKey.reading(of:)) ?? ""
            let utf8 = reading.utf8
            guard !utf8.isEmpty, utf8.count < 256, pool.count < 1 << 24 else {
                table[slot] = Self.unreadable
                return Self.unreadable
            }
            table[slot] = UInt32(pool.count) << 8 | UInt32(utf8.count)
            pool.append(contentsOf: utf8)
            return table[slot]
        }
    }
}

/// Answers one list's filter keystroke by keystroke. Each answer is worked out from the narrowest earlier answer
/// whose query is part of the new one: an entry whose keys hold the new query holds every part of it, so typing on
/// only narrows what is left, and a backspace finds its earlier answer again. Only a query with no earlier part
/// reads the whole list. A class, locked, so the copies of the planner's state share what it worked out.
public final class NameFilter: @unchecked Sendable {
    public let search: NameSearch
    private let lock = NSLock()
    /// The most recent first; at most `remembered`.
    private var answers: [(needle: [UInt8], rows: [Int32])] = []
    static let remembered = 8

    public init(_ search: NameSearch) { self.search = search }

    /// The rows (ascending) whose entry matches `query`, or nil for an empty query: every row.
    public func rows(matching query: PinyinQuery) -> [Int32]? {
        let needle = Array(query.text.utf8)
        guard !needle.isEmpty else { return nil }
        lock.lock()
        if let k = answers.firstIndex(where: { $0.needle == needle }) {
            let hit = answers.remove(at: k)
            answers.insert(hit, at: 0)
            lock.unlock()
            return hit.rows
        }
        var narrowest: [Int32]?
        for answer in answers where Self.holds(needle, answer.needle) {
            if narrowest.map({ answer.rows.count < $0.count }) ?? true { narrowest = answer.rows }
        }
        lock.unlock()
        let rows = narrowest.map { search.filter($0, needle) } ?? search.scan(needle)
        lock.lock()
        answers.insert((needle, rows), at: 0)
        if answers.count > Self.remembered { answers.removeLast() }
        lock.unlock()
        return rows
    }

    /// True when `part` occurs in `whole`.
    static func holds(_ whole: [UInt8], _ part: [UInt8]) -> Bool {
        guard part.count <= whole.count else { return false }
        return (0...(whole.count - part.count)).contains { i in whole[i..<i + part.count].elementsEqual(part) }
    }
}
