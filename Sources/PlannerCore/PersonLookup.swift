/// People by id over a book's roster: the position of each id in `people`, not a copy of each person.
/// Ids of the form Convene gives (`p1`, `p2`, …) are found by their number in an array, without hashing the
/// String (a Swift String hash costs ~340 instructions, most of a 10,000-person plan's load); any other id goes
/// through a dictionary. The first person with an id wins, as everywhere else in the planner.
public struct PersonLookup: Sendable {
    public let people: [Person]
    /// `numbered[n]` is the position of `p<n>`, or -1.
    private let numbered: [Int32]
    private let others: [String: Int]
    /// How many different ids the lookup holds.
    public let count: Int

    /// Every person of `people`, or only those whose ids are in `ids`.
    public init(_ people: [Person], only ids: Set<String>? = nil) {
        self.people = people
        // Bounded, so a hostile `p999999999` costs a dictionary entry, not gigabytes.
        let limit = max(1024, 4 * people.count)
        var numbered = [Int32](repeating: -1, count: people.isEmpty ? 0 : limit)
        var others: [String: Int] = [:]
        var count = 0
        for i in people.indices {
            let id = people[i].id
            if let ids, !ids.contains(id) { continue }
            if let n = Self.number(id), n < limit {
                if numbered[n] < 0 {
                    numbered[n] = Int32(i)
                    count += 1
                }
            } else if others[id] == nil {
                others[id] = i
                count += 1
            }
        }
        self.numbered = numbered
        self.others = others
        self.count = count
    }

    public subscript(id: String) -> Person? {
        guard let i = index(of: id) else { return nil }
        return people[i]
    }

    /// Where the person with `id` stands in `people`.
    public func index(of id: String) -> Int? {
        if let n = Self.number(id) {
            guard n < numbered.count else { return others[id] }
            let i = numbered[n]
            return i >= 0 ? Int(i) : nil
        }
        return others[id]
    }

    public func contains(_ id: String) -> Bool { index(of: id) != nil }

    /// n for an id written exactly `p<n>` (no sign, no leading zero, at most nine digits), else nil.
    @inline(__always)
    static func number(_ id: String) -> Int? {
        var id = id
        return id.withUTF8 { bytes -> Int? in
            guard bytes.count >= 2, bytes.count <= 10, bytes[0] == UInt8(ascii: "p"),
                bytes[1] != UInt8(ascii: "0") || bytes.count == 2
            else { return nil }
            var n = 0
            for byte in bytes[1...] {
                let digit = byte &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                n = n * 10 + Int(digit)
            }
            return n
        }
    }
}
