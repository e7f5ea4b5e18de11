import PlannerCore

extension PlanRecord {
    /// A whole plan file: its format version and the book's four lists.
    struct Document: Codable {
        var formatVersion: Int
        var organisations: [Organisation]
        var people: [Person]
        var venues: [Venue]
        var events: [Event]

        init(_ book: Book, version: Int) {
            formatVersion = version
            organisations = book.organisations.map(Organisation.init)
            people = book.people.map(Person.init)
            venues = book.venues.map(Venue.init)
            events = book.events.map(Event.init)
        }

        var book: Book {
            Book(
                organisations: organisations.map(\.core), people: people.map(\.core), venues: venues.map(\.core),
                events: events.map(\.core))
        }
    }
}
