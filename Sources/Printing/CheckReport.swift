import Foundation
import PlannerCore
import TextCells

/// The problems of an event as text for people or JSON for scripts.
public enum CheckReport {
    public static func text(_ problems: [Problem], event: Event) -> String {
        guard !problems.isEmpty else { return "No problems in '\(TextCells.sanitized(event.title))'.\n" }
        var lines = problems.map { p in
            "\(p.severity.rawValue): [\(p.code)] \(TextCells.sanitized(p.message.description))  (\(p.ids.joined(separator: ", ")))"
        }
        let count = { (s: Severity) in problems.filter { $0.severity == s }.count }
        lines.append("\(count(.error)) errors, \(count(.warning)) warnings, \(count(.note)) notes")
        return lines.joined(separator: "\n") + "\n"
    }

    struct Row: Encodable {
        let severity: String, code: String, message: String, ids: [String]
    }

    public static func json(_ problems: [Problem]) throws -> String {
        let rows = problems.map {
            Row(severity: $0.severity.rawValue, code: $0.code, message: $0.message.description, ids: $0.ids)
        }
        return try JSONOutput.render(rows)
    }
}
