/// What a calendar entry (an item's VEVENT, as `AgendaICS` writes it) shows of an agenda item, but for its revision
/// and time: the item, its event's title, date and zone, the venue's and the room's names and the names of the
/// people in its parts. An item's revision advances exactly when this changes (`Book.revisingItems`).
struct CalendarEntry: Equatable {
    let item: AgendaItem
    let title: String, date: CivilDate, tz: String
    let venue: String?, room: String?
    let people: [String?]

    init(_ item: AgendaItem, of event: Event, venue: String?, room: String?, people: PersonLookup) {
        var bare = item
        (bare.revision, bare.modified) = (0, nil)
        self.item = bare
        (title, date, tz) = (event.title, event.date, event.tz)
        (self.venue, self.room) = (venue, room)
        self.people = item.roles.map { people[$0.person]?.fullName }
    }
}

extension Book {
    /// What a calendar shows of each of `event`'s items, by item id.
    func calendarEntries(of event: Event) -> [String: CalendarEntry] {
        let people = people(withIDs: Set(event.items.flatMap { $0.roles.map(\.person) }))
        let venue = event.venue.flatMap(venue)?.name
        return Dictionary(
            event.items.map {
                ($0.id, CalendarEntry($0, of: event, venue: venue, room: roomName(of: $0, in: event), people: people))
            }, uniquingKeysWith: { first, _ in first })
    }
}
