import Phrasebook
import PlannerCore

/// The participant list as one self-contained, printable HTML page: one table, or one per organisation;
/// contacts only when asked for.
public struct PeopleHTML {
    public let event: Event
    /// The event's date, time and venue, under the title.
    let facts: EventFacts
    public let rows: [ParticipantRow]
    public let labels: Labels
    public let byOrganisation: Bool
    public let withContacts: Bool

    public init(
        book: Book, event: Event, language: PrintLanguage = .en, byOrganisation: Bool = false,
        withContacts: Bool = false
    ) {
        self.event = event
        self.facts = EventFacts(book: book, event: event, labels: Labels(language))
        self.rows = ParticipantRow.rows(book: book, event: event)
        self.labels = Labels(language)
        self.byOrganisation = byOrganisation
        self.withContacts = withContacts
    }

    public func render() -> String {
        var page = HTMLPage(title: "\(event.title) · \(labels.people)", labels: labels, event: event)
        page.body = [HTMLPage.element("h1", event.title)] + facts.htmlLines + [HTMLPage.element("h2", labels.people)]
        if rows.isEmpty {
            page.body.append(HTMLPage.element("p", labels.noPeople))
        } else if byOrganisation {
            for group in ParticipantGroup.groups(rows) {
                page.body.append(HTMLPage.element("h3", group.heading(labels)))
                page.body += table(group.rows, organisation: false)
            }
        } else {
            page.body += table(rows, organisation: true)
        }
        page.body.append(HTMLPage.element("p", "\(labels.total)\(labels.colon)\(rows.count)"))
        return page.render()
    }

    private func table(_ rows: [ParticipantRow], organisation: Bool) -> [String] {
        HTMLPage.table(
            ParticipantRow.headings(labels, organisation: organisation, contacts: withContacts),
            rows.map { $0.cells(labels, organisation: organisation, contacts: withContacts) }, class: "people")
    }
}
