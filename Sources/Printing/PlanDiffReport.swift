import Phrasebook
import PlannerCore

/// `convene diff`: the changes between two plans under their headings in the reader's language, or as JSON for
/// scripts (each change's kind, record, ids, field, values before and after, and its sentence).
public enum PlanDiffReport {
    struct Document: Encodable {
        let formatVersion = JSONOutput.formatVersion
        let changes: [Entry]
    }

    struct Entry: Encodable {
        let kind: String, record: String, ids: [String], field: String?, before: String?, after: String?
        let section: String, event: String?, text: String
    }

    /// A heading per section and one indented line per change; one line saying so when nothing changed.
    public static func text(_ diff: PlanDiff, language: Language) -> String {
        guard !diff.isEmpty else { return tr("no changes to the plan's records").text(language) + "\n" }
        var lines: [String] = []
        for (section, changes) in diff.sections {
            if !lines.isEmpty { lines.append("") }
            lines.append(section.heading.text(language))
            for change in changes { lines.append("  " + change.phrase.text(language)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The changes as JSON, with `formatVersion`; `text` is each change's sentence in `language`.
    public static func json(_ diff: PlanDiff, language: Language) throws -> String {
        let entries = diff.changes.map { change in
            let (section, event): (String, String?) =
                switch change.section {
                case .rosters: ("rosters", nil)
                case .venues: ("venues", nil)
                case .conflicts: ("conflicts", nil)
                case .event(let id, _, _): ("event", id)
                }
            return Entry(
                kind: change.kind.rawValue, record: change.record.rawValue, ids: change.ids, field: change.field,
                before: change.before, after: change.after, section: section, event: event,
                text: change.phrase.text(language))
        }
        return try JSONOutput.render(Document(changes: entries))
    }
}
