import PlannerCore

extension PlanRecord {
    /// A whole plan file: its format version, the plan's identity, the ids issued, the book's four lists and the
    /// merge conflicts not yet resolved. `identity` and `issued` are missing in files written before plans had them,
    /// `conflicts` when there are none.
    struct Document: Codable {
        var conflicts: [Conflict]?
        var formatVersion: Int
        var identity: String?
        var issued: Issued?
        var organisations: [Organisation]
        var people: [Person]
        var venues: [Venue]
        var events: [Event]
        /// Only in a copy shared with one organisation.
        var share: Share?

        init(_ book: Book, version: Int) {
            conflicts = book.conflicts.isEmpty ? nil : book.conflicts.map(Conflict.init)
            formatVersion = version
            identity = book.identity
            issued = book.issued.numbers.isEmpty ? nil : Issued(book.issued)
            organisations = book.organisations.map(Organisation.init)
            people = book.people.map(Person.init)
            venues = book.venues.map(Venue.init)
            events = book.events.map(Event.init)
            share = book.share.map { Share($0, version: version) }
        }

        var book: Book {
            Book(
                organisations: organisations.map(\.core), people: people.map(\.core), venues: venues.map(\.core),
                events: events.map(\.core), identity: identity, issued: issued?.core ?? IssuedIDs(),
                conflicts: conflicts?.map(\.core) ?? [], share: share?.core)
        }
    }

    /// The highest id number issued per kind of record, each left out when none was (`"person" : 30`).
    struct Issued: Codable {
        var event: Int?
        var item: Int?
        var organisation: Int?
        var person: Int?
        var room: Int?
        var venue: Int?

        init(_ issued: IssuedIDs) {
            func number(_ kind: RecordKind) -> Int? { issued[kind] > 0 ? issued[kind] : nil }
            event = number(.event)
            item = number(.item)
            organisation = number(.organisation)
            person = number(.person)
            room = number(.room)
            venue = number(.venue)
        }

        var core: IssuedIDs {
            IssuedIDs([
                .event: event ?? 0, .item: item ?? 0, .organisation: organisation ?? 0, .person: person ?? 0,
                .room: room ?? 0, .venue: venue ?? 0,
            ])
        }
    }
}
