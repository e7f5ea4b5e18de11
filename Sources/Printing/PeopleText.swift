import Phrasebook
import PlannerCore
import TextCells

/// The participant list for a terminal or printer: name, organisation, status, RSVP and parts, CJK-aligned.
public struct PeopleText {
    public let rows: [ParticipantRow]
    public let labels: Labels
    public let byOrganisation: Bool
    public let withContacts: Bool
    public let width: Int

    public init(
        book: Book, event: Event, language: PrintLanguage = .en, byOrganisation: Bool = false,
        withContacts: Bool = false, width: Int = 80
    ) {
        self.rows = ParticipantRow.rows(book: book, event: event)
        self.labels = Labels(language)
        self.byOrganisation = byOrganisation
        self.withContacts = withContacts
        self.width = max(40, width)
    }

    public func render() -> String {
        guard !rows.isEmpty else { return labels.noPeople + "\n" }
        var lines: [String] = []
        if byOrganisation {
            var groups: [(String, [ParticipantRow])] = []
            for row in rows {
                let name = row.organisation?.name ?? row.person.org
                if groups.last?.0 == name {
                    groups[groups.count - 1].1.append(row)
                } else {
                    groups.append((name, [row]))
                }
            }
            for (i, group) in groups.enumerated() {
                if i > 0 { lines.append("") }
                let confirmed = group.1.filter { $0.rsvp == .confirmed || $0.rsvp == .attended }.count
                lines.append(
                    TextCells.sanitized(group.0) + "  (\(group.1.count), \(labels.rsvp(.confirmed)) \(confirmed))")
                lines += table(group.1, showOrganisation: false).render(width: width)
            }
        } else {
            lines += table(rows, showOrganisation: true).render(width: width)
        }
        lines.append("")
        lines.append("\(labels.total): \(rows.count)")
        return lines.joined(separator: "\n") + "\n"
    }

    private func table(_ rows: [ParticipantRow], showOrganisation: Bool) -> TextTable {
        var table = TextTable(indent: byOrganisation ? 2 : 0)
        var header = [labels.name]
        if showOrganisation { header.append(labels.organisation) }
        header += [labels.status, labels.rsvp]
        if withContacts { header += [labels.phone, labels.email] }
        header.append(labels.parts)
        table.add(header)
        for row in rows {
            var cells = [row.person.name]
            if showOrganisation { cells.append(row.organisation?.displayName ?? row.person.org) }
            cells += [labels.status(row.person.status), labels.rsvp(row.rsvp)]
            if withContacts { cells += [row.person.phone ?? "", row.person.email ?? ""] }
            cells.append(row.partsText(labels))
            table.add(cells)
        }
        return table
    }
}
