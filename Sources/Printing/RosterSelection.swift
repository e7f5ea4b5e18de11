import PlannerCore

extension Book {
    /// The people `convene roster` lists: of organisation `org` (all when nil), whose name, pinyin or initials match
    /// `search`, in pinyin order.
    public func rosterPeople(org: String?, search: String?) -> [Person] {
        var chosen = people.filter { org == nil || $0.org == org }
        if let search {
            let query = PinyinQuery(search)
            chosen = chosen.filter { $0.matches(query) }
        }
        let orders = chosen.map { PinyinKey.order($0.name) }
        return chosen.indices.sorted { orders[$0] < orders[$1] }.map { chosen[$0] }
    }
}
