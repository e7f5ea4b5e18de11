import Phrasebook
import PlannerCore

/// The agenda as Markdown for a report or a chat: heading, facts, organisations, a table of the items,
/// then each item's people in their parts. Data is escaped so that `|`, `*`, `<` and the like print as themselves.
public struct AgendaMarkdown {
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
        (heading() + organisations() + agenda() + partSections()).joined(separator: "\n") + "\n"
    }

    private func heading() -> [String] {
        var lines = ["# " + MarkdownText.escape(event.title), ""]
        if let theme = event.theme { lines += [MarkdownText.escape(theme), ""] }
        return lines + EventFacts(book: book, event: event, labels: labels).markdownLines
    }

    private func organisations() -> [String] {
        let orgs = EventFacts(book: book, event: event, labels: labels).organisations
        guard !orgs.isEmpty else { return [] }
        return ["", "## " + labels.organisations, ""] + MarkdownText.header([labels.partHeading, labels.organisation])
            + orgs.map { MarkdownText.row([$0.part, MarkdownText.escape($0.name)]) }
    }

    private func agenda() -> [String] {
        let lines = ["", "## " + labels.agenda, ""]
        guard !event.items.isEmpty else { return lines + [MarkdownText.escape(labels.noItems)] }
        return lines + MarkdownText.header([labels.time, labels.kindHeading, labels.item, labels.room])
            + event.items.map { item in
                MarkdownText.row([
                    item.timeRange, labels.kind(item.kind), MarkdownText.escape(item.title),
                    MarkdownText.escape(book.roomName(of: item, in: event) ?? ""),
                ])
            }
    }

    /// One section per item that has people or notes.
    private func partSections() -> [String] {
        var lines: [String] = []
        for item in event.items {
            let roles = RoleLine.lines(of: item, people: people, labels: labels)
            let notes = item.notes.map(MarkdownText.escape).flatMap { $0.isEmpty ? nil : $0 }
            guard !roles.isEmpty || notes != nil else { continue }
            lines += ["", "### \(item.timeRange) \(MarkdownText.escape(item.title))", ""]
            lines += roles.map {
                "- **\(MarkdownText.escape($0.label))**\(labels.colon)\(MarkdownText.escape($0.detail(labels)))"
            }
            if let notes { lines.append("- **\(MarkdownText.escape(labels.notes))**\(labels.colon)\(notes)") }
        }
        return lines
    }
}
