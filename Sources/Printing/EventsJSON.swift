import PlannerCore

/// The events as JSON for scripts (`convene events --format json`): per event its id, title, theme, date, start and
/// end (local, with the zone's offset), zone, venue (id and name) and the number of agenda items, in the plan's order.
public struct EventsJSON {
    struct Document: Encodable {
        let formatVersion = JSONOutput.formatVersion
        let events: [Entry]
    }

    struct Entry: Encodable {
        let id: String, title: String, theme: String?, date: String, start: String, end: String, tz: String
        let venue: JSONVenueRef?, items: Int
    }

    public let book: Book

    public init(book: Book) { self.book = book }

    public func render() throws -> String {
        let events = book.events.map { e in
            let time = JSONLocalTime(tz: e.tz)
            return Entry(
                id: e.id, title: e.title, theme: e.theme, date: e.date.description,
                start: time.string(e.date, minutes: e.start.minutes), end: time.string(e.date, minutes: e.end.minutes),
                tz: e.tz, venue: JSONVenueRef(e, in: book), items: e.items.count)
        }
        return try JSONOutput.render(Document(events: events))
    }
}
