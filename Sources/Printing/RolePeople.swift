import PlannerCore

extension Book {
    /// The people who have parts in an event's agenda, by id: what an agenda printout looks up,
    /// without a table of the whole roster.
    func rolePeople(of event: Event) -> PersonLookup {
        people(withIDs: Set(event.items.flatMap { $0.roles.map(\.person) }))
    }
}
