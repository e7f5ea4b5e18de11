import Phrasebook
import PlannerCore

/// The agenda as one self-contained, printable HTML page: the event, the organisations in their parts,
/// and each item with the people in their parts.
public struct AgendaHTML {
    public let book: Book
    /// The people of the agenda's parts by id (pass the whole roster's table when printing many events).
    let people: PersonLookup
    public let event: Event
    public let labels: Labels

    public init(
        book: Book, event: Event, language: PrintLanguage = .en,
        people: PersonLookup? = nil
    ) {
        self.people = people ?? book.rolePeople(of: event)
        self.book = book
        self.event = event
        self.labels = Labels(language)
    }

    public func render() -> String {
        var page = HTMLPage(title: event.title, labels: labels, event: event)
        page.body = heading() + organisations() + agenda()
        return page.render()
    }

    private func heading() -> [String] {
        let facts = EventFacts(book: book, event: event, labels: labels)
        var lines = [HTMLPage.element("h1", event.title)]
        if let theme = event.theme { lines.append(HTMLPage.element("p", theme, class: "theme")) }
        return lines + facts.htmlLines
    }

    private func organisations() -> [String] {
        let orgs = EventFacts(book: book, event: event, labels: labels).organisations
        guard !orgs.isEmpty else { return [] }
        return [HTMLPage.element("h2", labels.organisations)]
            + HTMLPage.table(
                [labels.partHeading, labels.organisation], orgs.map { [$0.part, $0.name] }, class: "organisations")
    }

    private func agenda() -> [String] {
        var lines = [HTMLPage.element("h2", labels.agenda)]
        guard !event.items.isEmpty else { return lines + [HTMLPage.element("p", labels.noItems)] }
        lines += [
            "<table class=\"agenda\">",
            "<thead>" + HTMLPage.row([labels.time, labels.kindHeading, labels.item, labels.room], cell: "th")
                + "</thead>",
            "<tbody>",
        ]
        for item in event.items { lines += rows(item) }
        return lines + ["</tbody>", "</table>"]
    }

    private func rows(_ item: AgendaItem) -> [String] {
        var lines = [
            "<tr class=\"item\"><td class=\"time\">\(item.timeRange)</td><td>\(HTMLText.escape(labels.kind(item.kind)))</td>"
                + "<td>\(HTMLText.escape(item.title))</td><td>\(HTMLText.escape(book.roomName(of: item, in: event) ?? ""))</td></tr>"
        ]
        for role in RoleLine.lines(of: item, people: people, labels: labels) {
            lines.append(
                "<tr class=\"person\"><td></td><td class=\"part\">\(HTMLText.escape(role.label))</td>"
                    + "<td colspan=\"2\">\(HTMLText.escape(role.detail(labels)))</td></tr>")
        }
        if let notes = item.notes, !notes.isEmpty {
            lines.append(
                "<tr class=\"person\"><td></td><td class=\"part\">\(HTMLText.escape(labels.notes))</td>"
                    + "<td colspan=\"2\"><p class=\"notes\">\(HTMLText.escape(notes))</p></td></tr>")
        }
        return lines
    }
}
