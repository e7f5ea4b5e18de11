import Phrasebook
import PlannerCore

/// The attendance as one printable A4 page: the counts per organisation and in total, then the names of those on
/// leave and absent.
public struct AttendanceHTML {
    public let report: AttendanceReport
    let heading: DocumentHeading
    public let event: Event
    public let labels: Labels

    public init(book: Book, event: Event, language: PrintLanguage = .en) {
        report = AttendanceReport(book: book, event: event)
        labels = Labels(language)
        heading = DocumentHeading(book: book, event: event, labels: labels, document: labels.attendance)
        self.event = event
    }

    public func render() -> String {
        var page = HTMLPage(title: heading.title, labels: labels, event: event)
        page.body = heading.htmlLines + table() + Self.names(report, labels)
        return page.render()
    }

    func table() -> [String] {
        let headings = [
            labels.organisation, labels.expected, labels.present, labels.excused, report.absentHeading(labels),
            labels.rate,
        ]
        return [
            "<table class=\"attendance\">", "<thead>" + HTMLPage.row(headings, cell: "th") + "</thead>", "<tbody>",
        ]
            + report.groups.map { HTMLPage.row([$0.name] + AttendanceText.counts($0.turnout)) }
            + ["</tbody>", "<tfoot>" + HTMLPage.row([labels.total] + AttendanceText.counts(report.total)) + "</tfoot>"]
            + ["</table>"]
    }

    /// The names of those on leave and those absent, as two lists.
    static func names(_ report: AttendanceReport, _ labels: Labels) -> [String] {
        let absentHeading = report.absentNamesHeading(labels)
        func list(_ title: String, _ rows: [ParticipantRow], _ line: (ParticipantRow) -> String) -> [String] {
            [HTMLPage.element("h2", title)]
                + (rows.isEmpty
                    ? [HTMLPage.element("p", labels.none)]
                    : ["<ul class=\"names\">"] + rows.map { HTMLPage.element("li", line($0)) } + ["</ul>"])
        }
        return list(labels.onLeave, report.excused) {
            report.name($0, labels) + labels.colon + report.leave($0, labels)
        }
            + list(absentHeading, report.absent) { report.name($0, labels) }
    }
}
