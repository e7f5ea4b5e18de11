import PlannerCore

/// Lookups for the commands: the record with an id the `Resolver` gave, or the resolver's own "not found"
/// error (the id came from this book, so that error is not expected; it keeps a wrong id from being a crash).
extension Book {
    func requireEvent(_ id: String) throws -> Event {
        guard let found = event(id) else { throw PlanError.notFound(kind: .event, reference: id, suggestions: []) }
        return found
    }

    func requireItem(_ id: String, inEvent eventID: String) throws -> AgendaItem {
        guard let found = try requireEvent(eventID).item(id) else {
            throw PlanError.notFound(kind: .item, reference: id, suggestions: [])
        }
        return found
    }

    func requirePerson(_ id: String) throws -> Person {
        guard let found = person(id) else { throw PlanError.notFound(kind: .person, reference: id, suggestions: []) }
        return found
    }

    func requireOrganisation(_ id: String) throws -> Organisation {
        guard let found = organisation(id) else {
            throw PlanError.notFound(kind: .organisation, reference: id, suggestions: [])
        }
        return found
    }

    /// The id of the room of the event's venue that `reference` names (its id or name); nil for an empty one. A
    /// reference that names no room goes through as it is, and the core refuses it with the venue's rooms.
    func roomID(_ reference: String, inEvent eventID: String) throws -> String? {
        guard let ref = reference.trimmedOrNil else { return nil }
        guard let venue = try requireEvent(eventID).venue.flatMap(venue) else { return ref }
        do {
            return try Resolver(book: self).room(ref, in: venue)
        } catch PlanError.notFound {
            return ref
        }
    }

    func requireVenue(_ id: String) throws -> Venue {
        guard let found = venue(id) else { throw PlanError.notFound(kind: .venue, reference: id, suggestions: []) }
        return found
    }
}
