import Phrasebook
import PlannerCore
import TextCells

/// The sign-in sheet handed round at the door: per organisation, each expected participant (everyone who has not
/// declined) with number, name, status and an empty signature column; the phone only with contacts.
public struct SignInSheet {
    public let book: Book
    public let event: Event
    public let labels: Labels
    public let withContacts: Bool
    /// Text lines are at most this many cells wide.
    public let width: Int

    public init(book: Book, event: Event, language: PrintLanguage = .en, withContacts: Bool = false, width: Int = 80) {
        self.book = book
        self.event = event
        self.labels = Labels(language)
        self.withContacts = withContacts
        self.width = max(40, width)
    }

    /// The organisations with the participants expected at the door.
    var groups: [ParticipantGroup] {
        ParticipantGroup.groups(ParticipantRow.rows(book: book, event: event).filter { $0.rsvp != .declined })
    }

    var headings: [String] {
        [labels.number, labels.name, labels.status] + (withContacts ? [labels.phone] : []) + [labels.signature]
    }

    func cells(_ row: ParticipantRow, number: Int) -> [String] {
        ["\(number)", row.person.fullName, labels.status(row.person.status)]
            + (withContacts ? [row.person.phone ?? ""] : [])
    }

    /// "党建强堡垒 促发展 联建交流活动 · 签到表" and "2023-06-16 星期五 09:00–12:00 · 冼星海故乡纪念馆".
    var title: String { "\(event.title) · \(labels.signInSheet)" }
    var subtitle: String {
        var text = "\(event.date) \(labels.weekday(event.date.weekday)) \(event.start)–\(event.end)"
        if let venue = event.venue.flatMap(book.venue) { text += " · " + venue.name }
        return text
    }

    /// For a terminal or `lp`: the signature column is a line to sign on.
    public func renderText() -> String {
        let groups = self.groups
        var lines =
            TextCells.wrapped(TextCells.sanitized(title), toCells: width)
            + TextCells.wrapped(TextCells.sanitized(subtitle), toCells: width)
        if groups.isEmpty { return (lines + ["", labels.noPeople]).joined(separator: "\n") + "\n" }
        for group in groups {
            lines +=
                [""] + TextCells.wrapped(TextCells.sanitized(group.name) + "  (\(group.rows.count))", toCells: width)
            let rows = group.rows.enumerated().map { cells($0.element, number: $0.offset + 1) }
            let line = signatureLine([Array(headings.dropLast())] + rows)
            var table = TextTable(indent: 2)
            table.add(headings)
            for row in rows { table.add(row + [line]) }
            lines += table.render(width: width)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Underscores filling what the other columns leave of the line: at least 10, at most 30 cells.
    private func signatureLine(_ rows: [[String]]) -> String {
        let used =
            2
            + (0..<(headings.count - 1)).reduce(0) { sum, i in
                sum + (rows.map { TextCells.width(of: TextCells.sanitized($0[i])) }.max() ?? 0) + 2
            }
        return String(repeating: "_", count: max(10, min(30, width - used)))
    }

    /// One page per organisation.
    public func renderHTML() -> String {
        var page = HTMLPage(title: title, labels: labels)
        let groups = self.groups
        if groups.isEmpty {
            page.body = [
                HTMLPage.element("h1", title), HTMLPage.element("p", subtitle), HTMLPage.element("p", labels.noPeople),
            ]
        }
        for group in groups {
            page.body += [
                "<section class=\"sheet\">", HTMLPage.element("h1", title), HTMLPage.element("p", subtitle),
                HTMLPage.element("h2", "\(group.name) (\(group.rows.count))"), "<table class=\"sign-in\">",
                "<thead>" + HTMLPage.row(headings, cell: "th") + "</thead>", "<tbody>",
            ]
            for (i, row) in group.rows.enumerated() {
                let data = cells(row, number: i + 1).dropFirst().map { "<td>\(HTMLText.escape($0))</td>" }.joined()
                page.body.append("<tr><td class=\"number\">\(i + 1)</td>\(data)<td class=\"signature\"></td></tr>")
            }
            page.body += ["</tbody>", "</table>", "</section>"]
        }
        return page.render()
    }
}
