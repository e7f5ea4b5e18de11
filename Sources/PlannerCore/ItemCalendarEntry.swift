/// What a calendar entry (an item's VEVENT, as `AgendaICS` writes it) shows of an agenda item, but for its revision
/// and time: the item, its event's title, date and zone, the venue's and the room's names and the names of the
/// people in its parts. An item's revision advances exactly when this changes (`Book.revisingItems`), and
/// `AgendaICS` writes LOCATION and DESCRIPTION from it, so whatever a calendar shows bumps SEQUENCE.
/// (Printing's `CalendarEntry` is the other direction: a VEVENT read from a calendar.)
public struct ItemCalendarEntry: Equatable, Sendable {
    /// The item with revision 0 and no modified time.
    public let item: AgendaItem
    public let title: String, date: CivilDate, tz: String
    /// The venue's name and the item's room's name, where there are.
    public let venue: String?, room: String?
    /// The full name of the person in each of the item's parts, in the parts' order; nil for an id no longer in the
    /// plan.
    public let people: [String?]

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
    /// What a calendar shows of each of `event`'s items, in the items' order. `people` holds the part holders (pass
    /// the whole roster's table when doing this for many events); nil looks up just this event's.
    public func calendarEntries(of event: Event, people: PersonLookup? = nil) -> [ItemCalendarEntry] {
        let people = people ?? self.people(withIDs: Set(event.items.flatMap { $0.roles.map(\.person) }))
        let venue = event.venue.flatMap(venue)?.name
        return event.items.map {
            ItemCalendarEntry($0, of: event, venue: venue, room: roomName(of: $0, in: event), people: people)
        }
    }

    /// `calendarEntries(of:)` by item id, the first of an id kept.
    func calendarEntriesByID(of event: Event, people: PersonLookup? = nil) -> [String: ItemCalendarEntry] {
        Dictionary(
            calendarEntries(of: event, people: people).map { ($0.item.id, $0) }, uniquingKeysWith: { first, _ in first }
        )
    }
}
