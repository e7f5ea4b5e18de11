import Phrasebook

extension Book {
    /// What an edit does beyond what its name says, in a sentence both drivers show before or after applying it
    /// ("王芳 also leaves 2 parts: host of 党建座谈会, recorder of 互动交流"); nil when it does nothing more.
    public func consequences(of edit: Edit) -> Phrase? {
        switch edit {
        case .removeParticipant(let eventID, let personID):
            guard let event = event(eventID) else { return nil }
            let held = event.parts(heldBy: personID)
            guard !held.isEmpty else { return nil }
            let name = person(personID)?.name ?? personID
            let list = Phrase.series(held.map { tr("\($0.part.phrase) of \($0.item.title)") })
            return tr("\(name) also leaves \(Book.parts(held.count)): \(list)")
        case .removePerson(let personID):
            let name = person(personID)?.name ?? personID
            let events = events.filter { $0.participant(personID) != nil }
            let parts = events.reduce(0) { $0 + $1.parts(heldBy: personID).count }
            guard !events.isEmpty else { return nil }
            let left = tr("\(count: events.count) events")
            if parts > 0 { return tr("\(name) also leaves \(left) and \(Book.parts(parts))") }
            return tr("\(name) also leaves \(left)")
        case .updateEvent(let eventID, let details):
            // Rooms belong to a venue: items in rooms the new venue lacks lose them (`apply` clears them).
            guard let event = event(eventID), event.venue != details.venue else { return nil }
            let rooms = Set(details.venue.flatMap(venue)?.rooms.map(\.id) ?? [])
            let losing = event.items.filter { $0.room.map { !rooms.contains($0) } ?? false }
            guard !losing.isEmpty else { return nil }
            let listed = losing.map { tr("'\($0.title)' (\($0.id))") }
            return tr(
                "\(RecordKind.item.counted(losing.count)) lose their room, which the new venue does not have: \(Phrase.series(listed))"
            )
        case .batch(let edits, _):
            let notes = edits.compactMap(consequences(of:))
            guard !notes.isEmpty else { return nil }
            return Phrase(key: notes.map { _ in "{}" }.joined(separator: "; "), arguments: notes.map { .phrase($0) })
        default:
            return nil
        }
    }

    /// "1 part", "2 parts".
    private static func parts(_ n: Int) -> Phrase { tr("\(count: n) parts") }
}

extension Event {
    /// The parts `person` holds in this event's items, in agenda order.
    public func parts(heldBy person: String) -> [(item: AgendaItem, part: RolePart)] {
        items.flatMap { item in item.roles.filter { $0.person == person }.map { (item, $0.part) } }
    }
}
