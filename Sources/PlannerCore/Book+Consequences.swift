extension Book {
    /// What an edit does beyond what its name says, in a sentence both drivers show before or after applying it
    /// ("王芳 also leaves 2 parts: host of 党建座谈会, recorder of 互动交流"); nil when it does nothing more.
    public func consequences(of edit: Edit) -> String? {
        switch edit {
        case .removeParticipant(let eventID, let personID):
            guard let event = event(eventID) else { return nil }
            let held = event.parts(heldBy: personID)
            guard !held.isEmpty else { return nil }
            let name = person(personID)?.name ?? personID
            let list = held.map { "\($0.part.rawValue) of \($0.item.title)" }.joined(separator: ", ")
            return "\(name) also leaves \(held.count == 1 ? "1 part" : "\(held.count) parts"): \(list)"
        case .removePerson(let personID):
            let name = person(personID)?.name ?? personID
            let events = events.filter { $0.participant(personID) != nil }
            let parts = events.reduce(0) { $0 + $1.parts(heldBy: personID).count }
            guard !events.isEmpty else { return nil }
            return "\(name) also leaves \(events.count == 1 ? "1 event" : "\(events.count) events")"
                + (parts > 0 ? " and \(parts == 1 ? "1 part" : "\(parts) parts")" : "")
        case .batch(let edits, _):
            let notes = edits.compactMap(consequences(of:))
            return notes.isEmpty ? nil : notes.joined(separator: "; ")
        default:
            return nil
        }
    }
}

extension Event {
    /// The parts `person` holds in this event's items, in agenda order.
    public func parts(heldBy person: String) -> [(item: AgendaItem, part: RolePart)] {
        items.flatMap { item in item.roles.filter { $0.person == person }.map { (item, $0.part) } }
    }
}
