import PlannerCore

/// The rows of a list that pass its filter, in the list's order, without copying them: the whole list (sorted
/// once per book version) and the positions of the rows that match. A keystroke on a 100,000-person list makes an
/// array of positions, not 100,000 copies of a person.
public struct FilteredRows<Element>: RandomAccessCollection {
    /// The whole list.
    let all: [Element]
    /// The positions in `all` of the rows shown, ascending; nil when every row is.
    let picks: [Int32]?

    init(_ all: [Element], picks: [Int32]? = nil) {
        self.all = all
        self.picks = picks
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { picks?.count ?? all.count }
    public subscript(position: Int) -> Element { all[picks.map { Int($0[position]) } ?? position] }
}

extension FilteredRows: Sendable where Element: Sendable {}

extension NameFilter {
    /// The rows of `all` (the list this filter's search was built from) that match `filter`.
    func rows<Element>(of all: [Element], matching filter: String?) -> FilteredRows<Element> {
        guard let filter, !filter.isEmpty else { return FilteredRows(all) }
        return FilteredRows(all, picks: rows(matching: PinyinQuery(filter)))
    }
}
