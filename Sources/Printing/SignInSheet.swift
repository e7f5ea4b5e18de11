import Phrasebook
import PlannerCore
import TextCells

/// The sign-in sheet handed round at the door: per organisation, each expected participant (everyone who has not
/// declined) with number, name, organisation, title, 政治面貌 and an empty signature column (the phone only with
/// contacts), then `blankRows` numbered empty rows for those who come unannounced.
public struct SignInSheet {
    /// Empty rows under each organisation, for walk-ins, unless asked otherwise.
    public static let defaultBlankRows = 3

    public let book: Book
    public let event: Event
    public let labels: Labels
    public let withContacts: Bool
    /// Empty rows at the end of each organisation's list.
    public let blankRows: Int
    /// Text lines are at most this many cells wide.
    public let width: Int

    public init(
        book: Book, event: Event, language: PrintLanguage = .en, withContacts: Bool = false,
        blankRows: Int = SignInSheet.defaultBlankRows, width: Int = 80
    ) {
        self.book = book
        self.event = event
        self.labels = Labels(language)
        self.withContacts = withContacts
        self.blankRows = max(0, blankRows)
        self.width = max(40, width)
    }

    /// The organisations with the participants expected at the door.
    var groups: [ParticipantGroup] {
        ParticipantGroup.groups(ParticipantRow.rows(book: book, event: event).filter(\.participant.isExpected))
    }

    var headings: [String] {
        [labels.number, labels.name, labels.organisation, labels.title, labels.politics]
            + (withContacts ? [labels.phone] : []) + [labels.signature]
    }

    func cells(_ row: ParticipantRow, number: Int) -> [String] {
        [
            "\(number)", row.person.fullName, row.organisation?.displayName ?? row.person.org, row.person.title ?? "",
            row.person.politics == .unrecorded && row.person.stage == nil ? "" : labels.politics(row.person),
        ]
            + (withContacts ? [row.person.phone ?? ""] : [])
    }

    var heading: DocumentHeading {
        DocumentHeading(book: book, event: event, labels: labels, document: labels.signInSheet)
    }

    /// "广州市科学技术协会（2）", "… (2)".
    func groupHeading(_ group: ParticipantGroup) -> String {
        group.name + labels.beforeParenthesis + labels.parenthesised("\(group.rows.count)")
    }

    /// For a terminal or `lp`: the signature column is a line to sign on. When the other columns leave it fewer than
    /// `signatureAtLeast` cells, each person's line to sign on goes under their name instead, as long as the line
    /// allows (at most 30 cells).
    public func renderText() -> String {
        let groups = self.groups
        var lines = heading.textLines(width: width)
        if groups.isEmpty { return (lines + ["", labels.noPeople]).joined(separator: "\n") + "\n" }
        for group in groups {
            lines += [""] + TextCells.wrapped([.unbreakable(TextCells.sanitized(groupHeading(group)))], toCells: width)
            let rows = group.rows.enumerated().map { cells($0.element, number: $0.offset + 1) }
            let columns = [Array(headings.dropLast())] + rows
            let widths = (0..<(headings.count - 1)).map { i in
                columns.map { TextCells.width(of: TextCells.sanitized($0[i])) }.max() ?? 0
            }
            // A walk-in writes on ruled cells: every column's beside the line to sign on, the name's above it.
            func blank(_ columns: Int) -> [[String]] {
                (0..<blankRows).map { n in
                    ["\(group.rows.count + n + 1)"] + widths[1..<columns].map { String(repeating: "_", count: $0) }
                }
            }
            var table = TextTable(indent: 2)
            let room = width - widths.reduce(table.indent) { $0 + $1 + table.gap }
            if room >= Self.signatureAtLeast {
                let line = String(repeating: "_", count: min(30, room))
                table.add(headings)
                for row in rows + blank(widths.count) { table.add(row + [line]) }
            } else {
                // The status folds under the name rather than break inside ("party member").
                table.minimumLastWidth = max(table.minimumLastWidth, widths[widths.count - 1])
                table.add(Array(headings.dropLast()))
                table.add(spanning: [.text(labels.signature)], fromColumn: 1)
                let start = table.indent + widths[0] + table.gap
                let line = String(repeating: "_", count: min(30, width - start))
                for row in rows + blank(2) {
                    table.add(row)
                    table.add(spanning: [.unbreakable(line)], fromColumn: 1)
                }
            }
            lines += table.render(width: width)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The signature column is at least this wide, or goes under the names.
    static let signatureAtLeast = 10

    /// One page per organisation.
    public func renderHTML() -> String {
        let heading = self.heading
        var page = HTMLPage(title: heading.title, labels: labels, event: event)
        let groups = self.groups
        if groups.isEmpty { page.body = heading.htmlLines + [HTMLPage.element("p", labels.noPeople)] }
        for group in groups {
            page.body +=
                ["<section class=\"sheet\">"] + heading.htmlLines + [
                    HTMLPage.element("h2", groupHeading(group)), "<table class=\"sign-in\">",
                    "<thead>" + HTMLPage.row(headings, cell: "th") + "</thead>", "<tbody>",
                ]
            for (i, row) in group.rows.enumerated() {
                let data = cells(row, number: i + 1).dropFirst().map { "<td>\(HTMLText.escape($0))</td>" }.joined()
                page.body.append("<tr><td class=\"number\">\(i + 1)</td>\(data)<td class=\"signature\"></td></tr>")
            }
            let empty = String(repeating: "<td></td>", count: headings.count - 2)
            for n in 0..<blankRows {
                let number = group.rows.count + n + 1
                page.body.append(
                    "<tr class=\"blank\"><td class=\"number\">\(number)</td>\(empty)<td class=\"signature\"></td></tr>")
            }
            page.body += ["</tbody>", "</table>", "</section>"]
        }
        return page.render()
    }
}
