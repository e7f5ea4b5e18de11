import Phrasebook
import PlannerCore

/// The participant list as Markdown tables: one table, or one per organisation; contacts only when asked for.
public struct PeopleMarkdown {
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
        var lines = ["# " + MarkdownText.escape(event.title), ""] + facts.markdownLines + ["", "## " + labels.people]
        if rows.isEmpty {
            lines += ["", MarkdownText.escape(labels.noPeople)]
        } else if byOrganisation {
            for group in ParticipantGroup.groups(rows) {
                lines += [
                    "",
                    "### " + MarkdownText.escape(group.heading(labels)),
                    "",
                ]
                lines += table(group.rows, organisation: false)
            }
        } else {
            lines += [""] + table(rows, organisation: true)
        }
        lines += ["", "\(labels.total)\(labels.colon)\(rows.count)"]
        return lines.joined(separator: "\n") + "\n"
    }

    private func table(_ rows: [ParticipantRow], organisation: Bool) -> [String] {
        MarkdownText.header(ParticipantRow.headings(labels, organisation: organisation, contacts: withContacts))
            + rows.map {
                MarkdownText.row(
                    $0.cells(labels, organisation: organisation, contacts: withContacts).map(MarkdownText.escape))
            }
    }
}
