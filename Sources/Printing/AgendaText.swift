import Phrasebook
import PlannerCore
import TextCells

/// The printed agenda for a terminal or a line printer: heading, organisations, then each item with its people.
public struct AgendaText {
    public let book: Book
    /// The people of the agenda's parts by id (pass the whole roster's table when printing many events).
    let people: PersonLookup
    public let event: Event
    public let labels: Labels
    /// Lines are at most this many cells wide (long texts wrap).
    public let width: Int

    public init(
        book: Book, event: Event, language: PrintLanguage = .en, width: Int = 80,
        people: PersonLookup? = nil
    ) {
        self.people = people ?? book.rolePeople(of: event)
        self.book = book
        self.event = event
        self.labels = Labels(language)
        self.width = max(40, width)
    }

    public func render() -> String {
        var lines: [String] = []
        lines += TextCells.wrapped(TextCells.sanitized(event.title), toCells: width)
        if let theme = event.theme { lines += TextCells.wrapped(TextCells.sanitized(theme), toCells: width) }
        // As many cells as the title (20 to the width): half as many rule characters where "═" counts two.
        let rule = min(width, max(TextCells.width(of: event.title), 20))
        lines.append(String(repeating: "═", count: rule / TextCells.width(of: "═" as Character)))
        let facts = EventFacts(book: book, event: event, labels: labels)
        var head = TextTable()
        for fact in facts.facts { head.add([fact.label, fact.value]) }
        lines += head.render(width: width)

        if !event.orgs.isEmpty {
            lines.append("")
            lines.append(labels.organisations)
            var table = TextTable(indent: 2)
            for org in facts.organisations { table.add([org.part, org.name]) }
            lines += table.render(width: width)
        }

        lines.append("")
        lines.append(labels.agenda)
        if event.items.isEmpty { lines.append("  " + labels.noItems) }
        var table = TextTable(indent: 2)
        for item in event.items {
            table.add([item.timeRange, labels.kind(item.kind), item.title + (item.room.map { "  [\($0)]" } ?? "")])
            for role in RoleLine.lines(of: item, people: people, labels: labels) {
                table.add(["", role.label, role.detail(labels)])
            }
        }
        lines += table.render(width: width)
        return lines.joined(separator: "\n") + "\n"
    }
}
