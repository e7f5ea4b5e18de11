import PlannerCore

/// The overview as JSON for scripts (`convene overview --format json`): per event when and where, the number of
/// agenda items, and the invited organisations with their part and head counts (total and per reply).
public struct OverviewJSON {
    struct Document: Encodable {
        let formatVersion = JSONOutput.formatVersion
        let events: [Entry]
    }

    struct Entry: Encodable {
        let id: String, title: String, date: String, start: String, end: String, tz: String
        let venue: JSONVenueRef?, items: Int, organisations: [OrgCounts]
    }

    struct OrgCounts: Encodable {
        let id: String, name: String, part: String, total: Int, confirmed: Int, invited: Int, declined: Int
    }

    public let book: Book

    public init(book: Book) { self.book = book }

    public func render() throws -> String {
        let people = book.peopleByID, orgs = book.organisationsByID
        let events = book.events.map { e in
            let time = JSONLocalTime(tz: e.tz), turnout = e.turnoutByOrganisation(people: people)
            return Entry(
                id: e.id, title: e.title, date: e.date.description,
                start: time.string(e.date, minutes: e.start.minutes), end: time.string(e.date, minutes: e.end.minutes),
                tz: e.tz, venue: JSONVenueRef(e, in: book),
                items: e.items.count,
                organisations: e.orgs.map { invited in
                    let t = turnout[invited.org] ?? Turnout()
                    return OrgCounts(
                        id: invited.org, name: orgs[invited.org]?.name ?? invited.org, part: invited.part.rawValue,
                        total: t.total, confirmed: t.count(.confirmed), invited: t.count(.invited),
                        declined: t.count(.declined))
                })
        }
        return try JSONOutput.render(Document(events: events))
    }
}
