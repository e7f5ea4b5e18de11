import Phrasebook
import PlannerCore
import TextCells

/// The printed agenda for a terminal or a line printer: heading, organisations, then each item with its people and
/// its notes.
///
/// No line is wider than `width` cells. Minutes ("(20 min)", "（20 分钟）"), rooms, people's and organisations' names
/// never break across lines when they fit one; one wider than a whole line wraps by the usual rules. From 80 columns
/// down to about 55 the items are a table of time, kind and title; below that the kind goes before the title and the
/// people's parts under the time, so the texts keep room.
public struct AgendaText {
    public let book: Book
    /// The people of the agenda's parts by id (pass the whole roster's table when printing many events).
    let people: PersonLookup
    public let event: Event
    public let labels: Labels
    /// Lines are at most this many cells wide (long texts wrap).
    public let width: Int

    /// Below this many cells for the texts, the agenda uses its narrow layout.
    static let narrowBelow = 24

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
        lines.append(Self.rule(under: event.title, width: width))
        let facts = EventFacts(book: book, event: event, labels: labels)
        var head = TextTable()
        for fact in facts.factSpans { head.add([fact.label], spans: fact.spans) }
        lines += head.render(width: width)

        if !event.orgs.isEmpty {
            lines.append("")
            lines.append(labels.organisations)
            var table = TextTable(indent: 2)
            for org in facts.organisations { table.add([org.part], spans: [.unbreakable(org.name)]) }
            lines += table.render(width: width)
        }

        lines.append("")
        lines.append(labels.agenda)
        if event.items.isEmpty { lines.append("  " + labels.noItems) }
        let wide = wideAgenda()
        lines += (width - wide.leadingWidth >= Self.narrowBelow ? wide : narrowAgenda()).render(width: width)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Time, kind, then title and room; the people and the notes under the title, their parts under the kind.
    private func wideAgenda() -> TextTable {
        var table = TextTable(indent: 2)
        for item in event.items {
            table.add([item.timeRange, kindShown(item) ?? ""], spans: titleSpans(item))
            for role in RoleLine.lines(of: item, people: people, labels: labels) {
                table.add(["", role.label], spans: role.detailSpans(labels))
            }
            for (i, note) in NoteLine.lines(of: item.notes ?? "").enumerated() {
                table.add(["", i == 0 ? labels.notes : ""], spans: [.text(note.text)], marker: note.marker)
            }
        }
        return table
    }

    /// Time, then kind, title and room; the people's parts and the notes' label indented under the time.
    private func narrowAgenda() -> TextTable {
        var table = TextTable(indent: 2)
        for item in event.items {
            let kind: [TextCells.Span] = kindShown(item).map { [.unbreakable($0), .text("  ")] } ?? []
            table.add([item.timeRange], spans: kind + titleSpans(item))
            for role in RoleLine.lines(of: item, people: people, labels: labels) {
                table.add(["  " + role.label], spans: role.detailSpans(labels))
            }
            for (i, note) in NoteLine.lines(of: item.notes ?? "").enumerated() {
                table.add([i == 0 ? "  " + labels.notes : ""], spans: [.text(note.text)], marker: note.marker)
            }
        }
        return table
    }

    /// The "═" line under a printout's title: as many cells as the title (20 to the width), so half as many
    /// characters where "═" counts two.
    static func rule(under title: String, width: Int) -> String {
        let cells = min(width, max(TextCells.width(of: title), 20))
        return String(repeating: "═", count: cells / TextCells.width(of: "═" as Character))
    }

    /// The item's kind, or nil when its title says the same ("互动交流", never "互动交流  互动交流").
    private func kindShown(_ item: AgendaItem) -> String? {
        let kind = labels.kind(item.kind)
        return TextCells.sanitized(item.title) == kind ? nil : kind
    }

    /// The title, then the room in brackets, each kept whole.
    private func titleSpans(_ item: AgendaItem) -> [TextCells.Span] {
        [.unbreakable(item.title)]
            + (book.roomName(of: item, in: event).map { [.text("  "), .unbreakable("[\($0)]")] } ?? [])
    }
}
