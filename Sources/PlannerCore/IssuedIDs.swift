/// The highest id number ever handed out for each kind of record, kept in the plan file, so the id of a deleted
/// record is never handed out again (an exported calendar entry or a copy of the plan may still name it).
///
/// The numbers only grow: an add raises its kind's number, and neither a removal nor an undo lowers it.
public struct IssuedIDs: Hashable, Sendable {
    private var highest: [RecordKind: Int]

    public init(_ highest: [RecordKind: Int] = [:]) {
        self.highest = highest.filter { $0.value > 0 }
    }

    /// The highest number issued for `kind` (0 when none was).
    public subscript(kind: RecordKind) -> Int {
        highest[kind] ?? 0
    }

    /// The kinds with a number, and their numbers.
    public var numbers: [RecordKind: Int] { highest }

    /// Records that `id` was issued, when it is one of `kind`'s ids (`p12`, `p12_k7mq`) above the highest so far.
    public mutating func note(_ id: String, _ kind: RecordKind) {
        guard let n = kind.number(of: id), n > self[kind] else { return }
        highest[kind] = n
    }

    /// Each kind's number raised to `other`'s where that is higher.
    public mutating func raise(to other: IssuedIDs) {
        highest.merge(other.highest) { Swift.max($0, $1) }
    }
}
