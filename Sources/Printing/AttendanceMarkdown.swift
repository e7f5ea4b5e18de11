import Phrasebook
import PlannerCore

/// The attendance as Markdown: the counts in a table (per organisation and in total), then the names of those on
/// leave and absent.
public struct AttendanceMarkdown {
    public let report: AttendanceReport
    let heading: DocumentHeading
    public let labels: Labels

    public init(book: Book, event: Event, language: PrintLanguage = .en) {
        report = AttendanceReport(book: book, event: event)
        labels = Labels(language)
        heading = DocumentHeading(book: book, event: event, labels: labels, document: labels.attendance)
    }

    public func render() -> String {
        (["# " + MarkdownText.escape(heading.title), "", MarkdownText.escape(heading.subtitle), ""] + table()
            + AttendanceMarkdown.names(report, labels)).joined(separator: "\n") + "\n"
    }

    func table() -> [String] {
        let headings = [
            labels.organisation, labels.expected, labels.present, labels.excused, report.absentHeading(labels),
            labels.rate,
        ]
        return MarkdownText.header(headings.map(MarkdownText.escape))
            + report.groups.map {
                MarkdownText.row(([$0.name] + AttendanceText.counts($0.turnout)).map(MarkdownText.escape))
            }
            + [MarkdownText.row(["**\(MarkdownText.escape(labels.total))**"] + AttendanceText.counts(report.total))]
    }

    /// The names of those on leave and those absent, as two lists.
    static func names(_ report: AttendanceReport, _ labels: Labels) -> [String] {
        let absentHeading = report.absentNamesHeading(labels)
        func list(_ title: String, _ rows: [ParticipantRow], _ line: (ParticipantRow) -> String) -> [String] {
            ["", "## " + MarkdownText.escape(title), ""]
                + (rows.isEmpty
                    ? [MarkdownText.escape(labels.none)] : rows.map { "- " + MarkdownText.escape(line($0)) })
        }
        return list(labels.onLeave, report.excused) {
            report.name($0, labels) + labels.colon + report.leave($0, labels)
        }
            + list(absentHeading, report.absent) { report.name($0, labels) }
    }
}
