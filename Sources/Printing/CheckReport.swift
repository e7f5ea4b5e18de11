import Foundation
import Phrasebook
import PlannerCore
import TextCells

/// The problems of an event as text for people or JSON for scripts.
public enum CheckReport {
    /// "1 error, 2 warnings, 1 note" (each count in its plural form); 错误 1 项，警告 2 项，提示 1 项, as the planner's
    /// overview counts them.
    static func summary(errors: Int, warnings: Int, notes: Int) -> Phrase {
        tr("\(tr("\(count: errors) errors")), \(tr("\(count: warnings) warnings")), \(tr("\(count: notes) notes"))")
    }

    /// One line per problem ("error: [overlap] …  (i1, i2)", "错误：[overlap] …（i1、i2）") and a summary line, in
    /// `language`; the codes and ids stay as they are, for scripts and the README.
    public static func text(_ problems: [Problem], event: Event, language: Language = .en) -> String {
        guard !problems.isEmpty else {
            return tr("No problems in '\(TextCells.sanitized(event.title))'.").text(language) + "\n"
        }
        var lines = problems.map { p in
            let message = TextCells.sanitized(p.message.text(language))
            let ids = Phrase.series(p.ids)
            return tr("\(p.severity.phrase): [\(p.code)] \(message)  (\(ids))").text(language)
        }
        let count = { (s: Severity) in problems.filter { $0.severity == s }.count }
        lines.append(
            summary(errors: count(.error), warnings: count(.warning), notes: count(.note)).text(language))
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every event's report under a heading, in the order given, with the plan-wide problems (`Checks.planProblems`)
    /// left out of each and reported once at the end.
    public static func text(
        _ reports: [(event: Event, problems: [Problem])], plan: [Problem], language: Language = .en
    ) -> String {
        var parts = reports.map { report in
            let heading = tr(
                "Event \(report.event.id) '\(TextCells.sanitized(report.event.title))' on \(report.event.date.description):"
            )
            return heading.text(language) + "\n" + text(report.problems, event: report.event, language: language)
        }
        if !plan.isEmpty {
            let lines = plan.map { p in
                tr(
                    "\(p.severity.phrase): [\(p.code)] \(TextCells.sanitized(p.message.text(language)))  (\(Phrase.series(p.ids)))"
                )
                .text(language)
            }
            parts.append(([tr("The whole plan:").text(language)] + lines).joined(separator: "\n") + "\n")
        }
        return parts.joined(separator: "\n")
    }

    struct Row: Encodable {
        let severity: String, code: String, message: String, ids: [String]
        /// The event's id, in a report of several events; left out for the plan-wide problems and for one event.
        var event: String? = nil
    }

    /// One event's problems: `{"formatVersion", "event", "problems"}`.
    struct EventDocument: Encodable {
        let formatVersion = JSONOutput.formatVersion
        let event: JSONEventRef
        let problems: [Row]
    }

    /// Several events' problems in one list: `{"formatVersion", "problems"}`, each row with its event's id.
    struct PlanDocument: Encodable {
        let formatVersion = JSONOutput.formatVersion
        let problems: [Row]
    }

    public static func json(_ problems: [Problem], event: Event) throws -> String {
        try JSONOutput.render(EventDocument(event: JSONEventRef(event), problems: problems.map(row)))
    }

    /// Every event's problems, each row with its event's id, then the plan-wide ones without one.
    public static func json(_ reports: [(event: Event, problems: [Problem])], plan: [Problem]) throws -> String {
        let rows = reports.flatMap { report in
            report.problems.map { p in
                var row = row(p)
                row.event = report.event.id
                return row
            }
        }
        return try JSONOutput.render(PlanDocument(problems: rows + plan.map(row)))
    }

    private static func row(_ p: Problem) -> Row {
        Row(severity: p.severity.rawValue, code: p.code, message: p.message.description, ids: p.ids)
    }
}

extension Severity {
    /// The severity as a report names it: error 错误, warning 警告, note 提示.
    public var phrase: Phrase {
        switch self {
        case .error: return tr("error")
        case .warning: return tr("warning")
        case .note: return tr("note")
        }
    }
}
