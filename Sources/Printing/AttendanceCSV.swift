import Phrasebook
import PlannerCore

/// The attendance as a spreadsheet: a row an organisation and one for the total (应到, 实到, 请假, 缺席, the rate as
/// "88.9%", which Excel reads as a percentage, and the names), headed in the printout's language. CRLF, cells escaped
/// as `PeopleCSV` escapes them; `CSVEncoding` makes the bytes (a byte order mark by default, so Excel reads Chinese).
public struct AttendanceCSV {
    public let report: AttendanceReport
    public let labels: Labels

    public init(book: Book, event: Event, language: PrintLanguage = .en) {
        report = AttendanceReport(book: book, event: event)
        labels = Labels(language)
    }

    public func render() -> String {
        table.map { $0.map(PeopleCSV.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// The header, a row an organisation and the total, the cells as they are (`render` quotes and guards them).
    public var table: [[String]] {
        let header = [
            labels.organisation, labels.expected, labels.present, labels.excused, report.absentHeading(labels),
            labels.rate, labels.onLeave, report.absentNamesHeading(labels),
        ]
        let rows =
            report.groups.map { row($0.name, $0.turnout, $0.excused, $0.absent) }
            + [row(labels.total, report.total, report.excused, report.absent)]
        return [header] + rows
    }

    private func row(_ name: String, _ t: Turnout, _ excused: [ParticipantRow], _ absent: [ParticipantRow]) -> [String]
    {
        let separator = labels.language == .zh ? "；" : "; "
        return [name] + AttendanceText.counts(t) + [
            excused.map { "\($0.person.name)\(labels.colon)\(report.leave($0, labels))" }.joined(separator: separator),
            absent.map(\.person.name).joined(separator: labels.language == .zh ? "、" : ", "),
        ]
    }
}
