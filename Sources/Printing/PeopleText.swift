import Phrasebook
import PlannerCore
import TextCells

/// The participant list for a terminal or printer: the event's heading (title, date, time, venue), then name,
/// organisation, status, RSVP and parts, CJK-aligned, in one table or one per organisation.
///
/// No line is wider than `width` cells, and a part ("Speaker·党建座谈会") never breaks across lines when it fits one.
/// When the columns would leave the parts fewer than `partsAtLeast` cells (or fewer than their widest part), every
/// participant is printed as a card instead: the name, then the other cells on one line and the parts on the next.
public struct PeopleText {
    public let book: Book
    public let event: Event
    public let rows: [ParticipantRow]
    public let labels: Labels
    public let byOrganisation: Bool
    public let withContacts: Bool
    public let width: Int

    public init(
        book: Book, event: Event, language: PrintLanguage = .en, byOrganisation: Bool = false,
        withContacts: Bool = false, width: Int = 80
    ) {
        self.book = book
        self.event = event
        self.rows = ParticipantRow.rows(book: book, event: event)
        self.labels = Labels(language)
        self.byOrganisation = byOrganisation
        self.withContacts = withContacts
        self.width = max(40, width)
    }

    public func render() -> String {
        var lines = heading()
        lines += ["", labels.people]
        guard !rows.isEmpty else { return (lines + ["  " + labels.noPeople]).joined(separator: "\n") + "\n" }
        // One layout for the whole list: cards when any table would cramp the parts.
        let widest = rows.lazy.flatMap { $0.partTexts(self.labels) }.map(TextCells.width(of:)).max() ?? 0
        if byOrganisation {
            let groups = ParticipantGroup.groups(rows)
            var tables = groups.map { columns($0.rows, organisation: false) }
            if !tables.allSatisfy({ fits($0, widest: widest) }) {
                tables = groups.map { cards($0.rows, organisation: false) }
            }
            for (group, table) in zip(groups, tables) {
                lines.append("")
                lines += TextCells.wrapped([.unbreakable(TextCells.sanitized(group.heading(labels)))], toCells: width)
                lines += table.render(width: width)
            }
        } else {
            let table = columns(rows, organisation: true)
            lines += (fits(table, widest: widest) ? table : cards(rows, organisation: true)).render(width: width)
        }
        lines.append("")
        lines.append("\(labels.total)\(labels.colon)\(rows.count)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The event's title, a rule, and its date, time and venue, as the agenda heads them.
    private func heading() -> [String] {
        var lines = TextCells.wrapped(TextCells.sanitized(event.title), toCells: width)
        lines.append(AgendaText.rule(under: event.title, width: width))
        var facts = TextTable()
        for fact in EventFacts(book: book, event: event, labels: labels).factSpans {
            facts.add([fact.label], spans: fact.spans)
        }
        return lines + facts.render(width: width)
    }

    /// The parts' column is never narrower than this (or its widest part, when that is less).
    static let partsAtLeast = 24

    /// Whether the parts have room beside the other columns: their widest part, or at least `partsAtLeast` cells.
    private func fits(_ table: TextTable, widest: Int) -> Bool {
        width - table.leadingWidth >= min(widest, Self.partsAtLeast)
    }

    /// A row a person: name, organisation, status, RSVP, contacts when asked, then the parts, wrapping.
    private func columns(_ rows: [ParticipantRow], organisation: Bool) -> TextTable {
        var table = TextTable(indent: 2)
        table.add(ParticipantRow.headings(labels, organisation: organisation, contacts: withContacts))
        for row in rows {
            table.add(
                Array(row.cells(labels, organisation: organisation, contacts: withContacts).dropLast()),
                spans: parts(row))
        }
        return table
    }

    /// A card a person, for narrow widths: the name, then the other cells on one wrapped line
    /// ("广州市科协，党员，已确认") and the parts on the next.
    private func cards(_ rows: [ParticipantRow], organisation: Bool) -> TextTable {
        let headings = ParticipantRow.headings(labels, organisation: organisation, contacts: withContacts)
        var table = TextTable(indent: 2)
        table.add([headings[0]], spans: fields(headings.dropFirst().dropLast()))
        table.add([""], spans: [.text(headings[headings.count - 1])])
        for row in rows {
            let cells = row.cells(labels, organisation: organisation, contacts: withContacts).dropLast()
            table.add([cells[cells.startIndex]], spans: fields(cells.dropFirst()))
            if !row.parts.isEmpty { table.add([""], spans: parts(row)) }
        }
        return table
    }

    /// The parts joined by commas, each kept whole.
    private func parts(_ row: ParticipantRow) -> [TextCells.Span] {
        row.partTexts(labels).enumerated().flatMap { i, part -> [TextCells.Span] in
            (i == 0 ? [] : [.text(labels.comma)]) + [.unbreakable(part)]
        }
    }

    /// Cells joined by commas, each kept whole, the empty ones left out.
    private func fields(_ cells: ArraySlice<String>) -> [TextCells.Span] {
        cells.filter { !$0.isEmpty }.enumerated().flatMap { i, cell -> [TextCells.Span] in
            (i == 0 ? [] : [.text(labels.comma)]) + [.unbreakable(cell)]
        }
    }
}
