import Foundation

/// A list's names as the `/` filter and the pick-lists search them on every keystroke: each entry's search keys
/// worked out once, as bytes back to back, so a query is a byte search instead of a `PinyinKey` per name (whose
/// cache lookup hashes a Chinese String, ~12,000 instructions) and three `containsText` calls.
///
/// An entry matches a query exactly when `PinyinKey(name).matches(query) || PinyinKey(latin).matches(query)`:
/// it holds the same three keys of the name and then of the Latin name (the name lower-cased without white space,
/// its full pinyin, its initials), each followed by 0xFF, a byte UTF-8 never uses, so a query (UTF-8) found in the
/// bytes lies inside one key. Some keys that match nothing more than an earlier key of the entry are left out: empty
/// ones, an ASCII name's full key when it is its own key again, and the Latin name's keys that an earlier key holds
/// (`张伟 Zhang Wei` keeps 张伟, zhangwei and zw). Names in CJK ideographs, in ASCII, or in
/// ASCII and Latin letters such as ü (nearly every name) get their keys from their bytes, with each character's
/// reading looked up once; any other name from `PinyinKey`. `NameSearchTests` checks the keys against `PinyinKey`'s
/// on random names of every kind.
public struct NameSearch: Sendable {
    /// Every entry's keys back to back, each key followed by 0xFF.
    let storage: Storage
    /// Where each entry ends in the bytes; entry i starts where entry i - 1 ends (the first at 0).
    let ends: [Int32]

    /// How many entries (rows of the list) there are.
    public var count: Int { ends.count }

    /// One entry per row of a list of `count` rows, in order, from each row's name and Latin name. (Not generic, so
    /// that the loop is compiled here, for every list, rather than left to the generic path across modules.)
    public init(count: Int, name: (Int) -> String, latin: (Int) -> String?) {
        var builder = Builder(capacity: count * 32)
        builder.ends.reserveCapacity(count)
        for row in 0..<count {
            builder.add(name(row))
            if let other = latin(row) {
                builder.checksEarlier = true
                builder.add(other)
            }
            builder.endEntry()
        }
        storage = Storage(builder.out)
        ends = builder.ends
    }

    /// One entry per person: the name and the Latin name, as `Person.matches` reads them.
    public init(_ people: [Person]) {
        self.init(count: people.count, name: { people[$0].name }, latin: { people[$0].latin })
    }

    /// The bytes, for the tests.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage.base, count: storage.count)) }

    /// The entries whose keys contain `query`, in order; every entry for an empty query.
    public func entries(matching query: PinyinQuery) -> [Int32] {
        let needle = Array(query.text.utf8)
        return needle.isEmpty ? Array(0..<Int32(count)) : scan(needle)
    }

    /// Whether entry `entry` matches `query` (true for an empty query).
    public func entry(_ entry: Int, matches query: PinyinQuery) -> Bool {
        let needle = Array(query.text.utf8)
        return needle.isEmpty || filter([Int32(entry)], needle) == [Int32(entry)]
    }

    /// The entries that hold `needle` (not empty), by one pass over all the bytes.
    func scan(_ needle: [UInt8]) -> [Int32] {
        var picks: [Int32] = []
        forEachHolding(needle) { picks.append(Int32($0)) }
        return picks
    }

    /// Calls `body` with each entry that holds `needle` (not empty), in order, by one pass over all the bytes: a
    /// match moves the search on to the next entry's start.
    private func forEachHolding(_ needle: [UInt8], _ body: (Int) -> Void) {
        let anchor = Self.anchor(of: needle)
        let hay = UnsafeBufferPointer(start: storage.base, count: storage.count)
        needle.withUnsafeBufferPointer { pin in
            ends.withUnsafeBufferPointer { ends in
                var from = 0, entry = 0
                while let at = Self.find(pin, anchor: anchor, in: hay, from: from, to: hay.count) {
                    while Int(ends[entry]) <= at { entry += 1 }
                    body(entry)
                    from = Int(ends[entry])
                    entry += 1
                }
            }
        }
    }

    /// Of `candidates` (entries), those that hold `needle` (not empty), in order.
    func filter(_ candidates: [Int32], _ needle: [UInt8]) -> [Int32] {
        let anchor = Self.anchor(of: needle)
        let hay = UnsafeBufferPointer(start: storage.base, count: storage.count)
        return needle.withUnsafeBufferPointer { pin in
            ends.withUnsafeBufferPointer { ends in
                candidates.filter { e in
                    let e = Int(e)
                    return Self.find(
                        pin, anchor: anchor, in: hay, from: e == 0 ? 0 : Int(ends[e - 1]), to: Int(ends[e]))
                        != nil
                }
            }
        }
    }

    /// The entries that hold `needle` (not empty) as a bit set: bit e of word e / 64 for entry e.
    func marks(_ needle: [UInt8]) -> [UInt64] {
        var marks = [UInt64](repeating: 0, count: (count + 63) / 64)
        forEachHolding(needle) { marks[$0 >> 6] |= 1 << UInt64($0 & 63) }
        return marks
    }

    /// Of the rows `rows` (every row when nil, else ascending) of a list whose row r is entry `entries[r]`, those
    /// whose entry holds `needle` (not empty). A few rows are looked at one by one; many by one pass over all the
    /// bytes, which reads them in order rather than in the list's order.
    func filter(rows: [Int32]?, of entries: [Int32], _ needle: [UInt8]) -> [Int32] {
        let anchor = Self.anchor(of: needle)
        let n = rows?.count ?? entries.count
        var picks: [Int32] = []
        if n * 8 < count {
            let hay = UnsafeBufferPointer(start: storage.base, count: storage.count)
            needle.withUnsafeBufferPointer { pin in
                ends.withUnsafeBufferPointer { ends in
                    for k in 0..<n {
                        let row = rows?[k] ?? Int32(k), e = Int(entries[Int(row)])
                        let from = e == 0 ? 0 : Int(ends[e - 1])
                        if Self.find(pin, anchor: anchor, in: hay, from: from, to: Int(ends[e])) != nil {
                            picks.append(row)
                        }
                    }
                }
            }
        } else {
            let marks = self.marks(needle)
            // Written straight into the answer: ~6 instructions a row instead of ~29 through `append`.
            picks = [Int32](unsafeUninitializedCapacity: n) { picked, written in
                written = 0
                guard let out = picked.baseAddress else { return }
                entries.withUnsafeBufferPointer { entries in
                    marks.withUnsafeBufferPointer { marks in
                        @inline(__always) func keep(_ row: Int32) {
                            let e = Int(entries[Int(row)])
                            (out + written).initialize(to: row)
                            written &+= Int(truncatingIfNeeded: marks[e &>> 6] &>> UInt64(e & 63) & 1)
                        }
                        if let rows {
                            for row in rows { keep(row) }
                        } else {
                            for row in 0..<Int32(n) { keep(row) }
                        }
                    }
                }
            }
        }
        return picks
    }

    /// Where `needle` (not empty) first starts in `hay[from..<to]`: `memchr` finds each place of the needle's byte
    /// at `anchor`, `memcmp` compares the whole needle there. The anchor is best a rare byte (`anchor(of:)`): in
    /// `zha` the z, as nearly every other syllable has an a.
    @inline(__always)
    static func find(
        _ needle: UnsafeBufferPointer<UInt8>, anchor: Int, in hay: UnsafeBufferPointer<UInt8>, from: Int, to: Int
    ) -> Int? {
        let m = needle.count
        guard m > 0, to - from >= m, let h = hay.baseAddress, let n = needle.baseAddress else { return nil }
        let byte = Int32(n[anchor])
        // The anchor's place in the hay runs over [from + anchor, to - m + anchor].
        var at = from + anchor
        let end = to - m + anchor + 1
        while at < end {
            guard let hit = memchr(h + at, byte, end - at) else { return nil }
            at = UnsafeRawPointer(h).distance(to: UnsafeRawPointer(hit))
            let start = at - anchor
            if m == 1 || memcmp(h + start, n, m) == 0 { return start }
            at += 1
        }
        return nil
    }

    /// The needle's rarest byte by a rough table of how often each byte occurs in the keys (pinyin letters by
    /// their frequency in syllables, the first byte of a CJK character as the most frequent of all): the fewer
    /// places `memchr` stops at, the quicker the search.
    static func anchor(of needle: [UInt8]) -> Int {
        var best = 0, rarest = Int.max
        for (i, b) in needle.enumerated() {
            let often: Int
            switch b {
            case 0xE0...0xEF: often = 100
            case 0x80...0xBF: often = 20
            case UInt8(ascii: "a"), UInt8(ascii: "i"), UInt8(ascii: "n"): often = 90
            case UInt8(ascii: "h"), UInt8(ascii: "g"), UInt8(ascii: "e"), UInt8(ascii: "u"): often = 75
            case UInt8(ascii: "o"): often = 50
            case UInt8(ascii: "z"), UInt8(ascii: "l"), UInt8(ascii: "y"), UInt8(ascii: "s"): often = 38
            case UInt8(ascii: "m"), UInt8(ascii: "x"), UInt8(ascii: "j"), UInt8(ascii: "w"), UInt8(ascii: "c"),
                UInt8(ascii: "d"), UInt8(ascii: "t"):
                often = 28
            case UInt8(ascii: "q"), UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "r"), UInt8(ascii: "p"):
                often = 14
            default: often = 8
            }
            if often < rarest {
                rarest = often
                best = i
            }
        }
        return best
    }

    /// The bytes, shared by the copies of a search and freed with the last.
    final class Storage: @unchecked Sendable {
        let base: UnsafeMutablePointer<UInt8>
        let count: Int
        init(_ bytes: Bytes) {
            base = bytes.base
            count = bytes.count
        }
        deinit { base.deallocate() }
    }

    /// A growing byte buffer whose writes check nothing: each writer reserves first.
    struct Bytes {
        var base: UnsafeMutablePointer<UInt8>
        var count = 0
        var capacity: Int

        init(capacity: Int) {
            self.capacity = max(64, capacity)
            base = .allocate(capacity: self.capacity)
        }

        @inline(__always) mutating func reserve(_ extra: Int) {
            if count + extra > capacity { grow(count + extra) }
        }

        mutating func grow(_ needed: Int) {
            let bigger = Swift.max(needed, capacity * 2)
            let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
            moved.initialize(from: base, count: count)
            base.deallocate()
            base = moved
            capacity = bigger
        }

    }

    /// Writes entries' keys.
    struct Builder {
        var out: Bytes
        var ends: [Int32] = []
        /// Where the entry being written starts.
        var entryStart = 0
        /// Set while the Latin name's keys are written: each is left out when an earlier key holds it (a Latin name
        /// in pinyin adds nothing to a Chinese name's keys).
        var checksEarlier = false
        /// The readings of the ideographs met so far, by `scalar - 0x3400` (allocated at the first one): 0 before
        /// the first lookup, `Self.unreadable`, or the reading's place in `pool` as `offset << 8 | length`.
        var table: [UInt32] = []
        var pool: [UInt8] = []
        static let first: UInt32 = 0x3400, last: UInt32 = 0x9FFF
        static let unreadable = UInt32.max
        static let separator: UInt8 = 0xFF

        init(capacity: Int) { out = Bytes(capacity: capacity) }

        mutating func endEntry() {
            ends.append(Int32(truncatingIfNeeded: out.count))
            entryStart = out.count
            checksEarlier = false
        }

        /// Ends the key written from `start` to `end` (the write position): leaves it out when it is empty, or
        /// (`checks`) part of an earlier key of the entry; else writes the separator (reserved by the caller). The
        /// new position.
        @inline(__always)
        func endKey(from start: UnsafeMutablePointer<UInt8>, at end: UnsafeMutablePointer<UInt8>, checks: Bool)
            -> UnsafeMutablePointer<UInt8>
        {
            let n = start.distance(to: end)
            guard n > 0 else { return start }
            let from = out.base + entryStart
            if checks && from < start {
                let key = UnsafeBufferPointer(start: start, count: n)
                let earlier = UnsafeBufferPointer(start: from, count: from.distance(to: start))
                if NameSearch.find(key, anchor: n - 1, in: earlier, from: 0, to: earlier.count) != nil { return start }
            }
            end.initialize(to: Self.separator)
            return end + 1
        }

        /// Appends the keys of `text`: from its bytes when it is ASCII, CJK ideographs or ASCII and Latin letters,
        /// else from `PinyinKey`.
        mutating func add(_ text: String) {
            var text = text
            let done = text.withUTF8 { utf8 in
                var any: UInt8 = 0
                for byte in utf8 { any |= byte }
                if any < 0x80 {
                    addASCII(utf8)
                    return true
                }
                return addIdeographs(utf8) || addLatin(utf8)
            }
            guard !done else { return }
            let key = PinyinKey(text)
            for part in [key.compactName, key.full, key.initials] {
                let bytes = Array(part.utf8)
                out.reserve(bytes.count + 1)
                let start = out.base + out.count
                var p = start
                for b in bytes {
                    p.initialize(to: b)
                    p += 1
                }
                out.count = out.base.distance(to: endKey(from: start, at: p, checks: true))
            }
        }

        @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }
        @inline(__always) static func isWordByte(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 }
        /// U+0009–U+000D and U+0020, the ASCII characters `Character.isWhitespace` is true of.
        @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b &- 0x09 < 5 }

        /// As `PinyinKey` reads an ASCII name: lower-cased without white space, then its runs of letters and digits
        /// lower-cased and joined (left out when that is the first key again: no other characters), then the first
        /// letter of each run.
        mutating func addASCII(_ utf8: UnsafeBufferPointer<UInt8>) {
            out.reserve(3 * utf8.count + 3)
            var start = out.base + out.count, p = start
            var others = false
            for b in utf8 where !Self.isSpace(b) {
                p.initialize(to: Self.lower(b))
                p += 1
                others = others || !Self.isWordByte(b)
            }
            p = endKey(from: start, at: p, checks: checksEarlier)
            start = p
            if others {
                for b in utf8 where Self.isWordByte(b) {
                    p.initialize(to: Self.lower(b))
                    p += 1
                }
                p = endKey(from: start, at: p, checks: checksEarlier)
                start = p
            }
            var previous = false
            for b in utf8 {
                let word = Self.isWordByte(b)
                if word && !previous {
                    p.initialize(to: Self.lower(b))
                    p += 1
                }
                previous = word
            }
            out.count = out.base.distance(to: endKey(from: start, at: p, checks: checksEarlier))
        }

        /// As `PinyinKey` reads a name of CJK ideographs (U+3400–U+4DBF, U+4E00–U+9FFF) that ICU reads one by
        /// one: the name itself, the readings joined, their first letters. False, writing nothing, for any other.
        mutating func addIdeographs(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
            let n = utf8.count
            guard n % 3 == 0 else { return false }
            return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: n / 3) { places in
                var i = 0, readings = 0
                while i < n {
                    guard let v = Self.ideograph(utf8, at: i) else { return false }
                    let known = table.isEmpty ? 0 : table[Int(v - Self.first)]
                    let place = known != 0 ? known : reading(v)
                    guard place != Self.unreadable else { return false }
                    places[i / 3] = place
                    readings += Int(place & 0xFF)
                    i += 3
                }
                out.reserve(n + readings + n / 3 + 3)
                var start = out.base + out.count, p = start
                if let name = utf8.baseAddress { p.initialize(from: name, count: n) }
                p = endKey(from: start, at: p + n, checks: checksEarlier)
                start = p
                pool.withUnsafeBufferPointer { pool in
                    guard let base = pool.baseAddress else { return }
                    for place in places {
                        let length = Int(place & 0xFF)
                        p.initialize(from: base + Int(place >> 8), count: length)
                        p += length
                    }
                    p = endKey(from: start, at: p, checks: checksEarlier)
                    start = p
                    for place in places {
                        p.initialize(to: base[Int(place >> 8)])
                        p += 1
                    }
                }
                out.count = out.base.distance(to: endKey(from: start, at: p, checks: checksEarlier))
                return true
            }
        }

        /// As `PinyinKey` reads (through ICU) a name of ASCII and Latin letters of U+00C0–U+024F: lower-cased
        /// without white space, then the words of its lower case without diacritics, then their first letters; each
        /// letter as `PinyinKey.latinLetter` says. False, writing nothing, for any other name. (Rare: not as quick.)
        mutating func addLatin(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
            var letters: [PinyinKey.LatinLetter] = []
            var i = 0
            while i < utf8.count {
                let b = utf8[i]
                if b < 0x80 {
                    i += 1
                    continue
                }
                guard b & 0xE0 == 0xC0, i + 1 < utf8.count else { return false }
                let v = UInt32(b & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
                guard (0xC0...0x24F).contains(v), let scalar = Unicode.Scalar(v),
                    let letter = PinyinKey.latinLetter(scalar)
                else { return false }
                letters.append(letter)
                i += 2
            }
            for pass in 0..<3 {
                var key: [UInt8] = []
                var k = 0, previous = false
                i = 0
                while i < utf8.count {
                    let b = utf8[i]
                    let letter: PinyinKey.LatinLetter? = b < 0x80 ? nil : letters[k]
                    let word = letter?.isWord ?? Self.isWordByte(b)
                    switch (pass, letter) {
                    case (0, nil): if !Self.isSpace(b) { key.append(Self.lower(b)) }
                    case (0, let letter?): key += letter.lower
                    case (1, nil): if word { key.append(Self.lower(b)) }
                    case (1, let letter?): if word { key += letter.plain }
                    case (_, nil): if word && !previous { key.append(Self.lower(b)) }
                    case (_, let letter?): if word && !previous { key += letter.initial }
                    }
                    previous = word
                    if letter != nil {
                        k += 1
                        i += 2
                    } else {
                        i += 1
                    }
                }
                out.reserve(key.count + 1)
                let start = out.base + out.count
                key.withUnsafeBufferPointer { key in
                    if let from = key.baseAddress { start.initialize(from: from, count: key.count) }
                }
                out.count = out.base.distance(to: endKey(from: start, at: start + key.count, checks: true))
            }
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
/// reads the whole list. The list's rows are the search's entries, or some of them in another order (a roster's
/// search, shared by every list of its people). A class, locked, so the copies of the planner's state share it.
public final class NameFilter: @unchecked Sendable {
    public let search: NameSearch
    /// The entry of each row, or nil when row r is entry r.
    let entries: [Int32]?
    private let lock = NSLock()
    /// The most recent first; at most `remembered`.
    private var answers: [(needle: [UInt8], rows: [Int32])] = []
    static let remembered = 8

    /// A filter of the list whose row r is entry `rows[r]` of `search`, or entry r when `rows` is nil.
    public init(_ search: NameSearch, rows: [Int32]? = nil) {
        self.search = search
        entries = rows
    }

    /// How many rows the list has.
    public var rowCount: Int { entries?.count ?? search.count }

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
        let rows: [Int32]
        if let entries {
            rows = search.filter(rows: narrowest, of: entries, needle)
        } else {
            rows = narrowest.map { search.filter($0, needle) } ?? search.scan(needle)
        }
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

/// A roster's `NameSearch`, worked out once and kept while the roster is the same (not once per book version: an
/// RSVP or an agenda edit leaves it as it is). The planner's lists of people (participants, an organisation's
/// people, the pick-lists of people) search it through their rows' roster positions, and the planner works it out
/// in the background after its first frame, so the first filter keystroke finds it ready. A class, locked: one
/// thread works it out while another that needs it waits for it.
public final class RosterSearch: @unchecked Sendable {
    private let lock = NSLock()
    private var people: [Person] = []
    private var search: NameSearch?

    public init() {}

    /// The search of `people`: the kept one when `people` equals the roster it was made of (one comparison of the
    /// arrays' storage when the roster was not edited), else a new one.
    public func search(of people: [Person]) -> NameSearch {
        lock.lock()
        defer { lock.unlock() }
        if let search, self.people == people { return search }
        let made = NameSearch(people)
        self.people = people
        search = made
        return made
    }

    /// True when the search of `people` is kept (for the tests; never waits).
    public func isReady(for people: [Person]) -> Bool {
        guard lock.try() else { return false }
        defer { lock.unlock() }
        return search != nil && self.people == people
    }
}
