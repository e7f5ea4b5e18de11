extension Event {
    /// The ids of `org`'s people in `people` (the roster) who do not take part yet, in roster order: whom "everyone
    /// of an organisation" adds (`participant add --all-from`, the planner's `A`).
    public func membersNotTakingPart(of org: String, in people: [Person]) -> [String] {
        let current = Set(participants.map(\.person))
        var ids: [String] = []
        for p in people where p.org == org && !current.contains(p.id) { ids.append(p.id) }
        return ids
    }
}
