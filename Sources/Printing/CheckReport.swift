import Foundation
import Phrasebook
import PlannerCore
import TextCells

/// The problems of an event as text for people or JSON for scripts.
public enum CheckReport {
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
            tr("\(count(.error)) errors, \(count(.warning)) warnings, \(count(.note)) notes").text(language))
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
