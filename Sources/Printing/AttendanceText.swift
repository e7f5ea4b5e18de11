import Phrasebook
import PlannerCore
import TextCells

/// The attendance for a terminal or printer: a table of 应到 / 实到 / 请假 / 缺席 / rate per organisation and in total,
/// then the names of those on leave (with the reason, note and approver) and of those absent (before the event: not
/// signed in yet). No line is wider than `width` cells.
public struct AttendanceText {
    public let report: AttendanceReport
    let heading: DocumentHeading
    public let labels: Labels
    public let width: Int

    public init(book: Book, event: Event, language: PrintLanguage = .en, width: Int = 80) {
        report = AttendanceReport(book: book, event: event)
        labels = Labels(language)
        heading = DocumentHeading(book: book, event: event, labels: labels, document: labels.attendance)
        self.width = max(40, width)
    }

    public func render() -> String {
        var lines = heading.textLines(width: width) + [""] + table()
        lines +=
            [""]
            + names(labels.onLeave, report.excused) {
                report.name($0, labels) + labels.colon + report.leave($0, labels)
            }
        let absentHeading = report.absentNamesHeading(labels)
        lines += [""] + names(absentHeading, report.absent) { report.name($0, labels) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The counts, numbers right-aligned under their headings, the organisation's short name first; where they do
    /// not fit beside the names, each organisation with its counts on the next line ("  应到 2  实到 2 …").
    func table() -> [String] {
        let headings = [
            labels.organisation, labels.expected, labels.present, labels.excused, report.absentHeading(labels),
            labels.rate,
        ]
        let rows =
            report.groups.map { [$0.short] + Self.counts($0.turnout) } + [[labels.total] + Self.counts(report.total)]
        let widths = (1..<headings.count).map { i in
            ([headings] + rows).map { TextCells.width(of: $0[i]) }.max() ?? 0
        }
        func aligned(_ row: [String]) -> [String] {
            [row[0]]
                + zip(row.dropFirst(), widths).map { String(repeating: " ", count: $1 - TextCells.width(of: $0)) + $0 }
        }
        var table = TextTable(indent: 2)
        table.minimumLastWidth = widths[widths.count - 1]
        table.add(aligned(headings))
        for row in rows { table.add(aligned(row)) }
        if width - table.leadingWidth >= widths[widths.count - 1] { return table.render(width: width) }
        var narrow = TextTable(indent: 2)
        for row in rows {
            narrow.add([], spans: [.unbreakable(row[0])])
            let pairs = zip(headings.dropFirst(), row.dropFirst()).enumerated().flatMap { i, pair -> [TextCells.Span] in
                (i == 0 ? [] : [.text("  ")]) + [.unbreakable("\(pair.0) \(pair.1)")]
            }
            narrow.add([], spans: pairs, marker: "  ")
        }
        return narrow.render(width: width)
    }

    /// 应到, 实到, 请假, 缺席 and the rate as printed.
    static func counts(_ t: Turnout) -> [String] {
        [t.expected, t.present, t.excused, t.absent].map(String.init) + [t.rateText]
    }

    /// A heading and a line a name (wrapped under itself), or "(none)".
    private func names(_ title: String, _ rows: [ParticipantRow], _ line: (ParticipantRow) -> String) -> [String] {
        var table = TextTable(indent: 2)
        for row in rows { table.add([], spans: [.text(line(row))], marker: "- ") }
        if rows.isEmpty { table.add([labels.none]) }
        return TextCells.wrapped(TextCells.sanitized(title), toCells: width) + table.render(width: width)
    }
}
