import Phrasebook

/// Why an edit or a reference was refused. Messages say what, where, and how to fix it, in either language.
public enum PlanError: PhrasedError, Equatable, Sendable, CustomStringConvertible {
    /// A field's value is not acceptable; `field.key` is the English name forms match (`FormField.concerns`).
    case invalid(field: Phrase, message: Phrase)
    /// A reference matched nothing.
    case notFound(kind: RecordKind, reference: String, suggestions: [String])
    /// A reference matched several things.
    case ambiguous(kind: RecordKind, reference: String, candidates: [String])
    /// No `--event` was given and the plan has several events.
    case eventNeeded(candidates: [String])
    /// A removal was given something other than an exact id or whole name (nil: no reference at all); the
    /// candidates are the records it may have meant, with their ids.
    case inexact(kind: RecordKind, reference: String?, candidates: [String])
    /// The edit would break the plan (e.g. removing an organisation that still has members).
    case refused(Phrase)

    /// The message in English.
    public var description: String { phrase.text(.en) }

    /// The message in `language`.
    public func text(_ language: Language) -> String { phrase.text(language) }

    /// The whole message as one phrase.
    public var phrase: Phrase {
        switch self {
        case let .invalid(field, message):
            return tr("\(field): \(message)")
        case let .notFound(kind, reference, suggestions):
            if suggestions.isEmpty {
                return tr("no \(kind.noun) matches '\(reference)'; list them with 'convene \(kind.listCommand)'")
            }
            return tr("no \(kind.noun) matches '\(reference)'; did you mean: \(PlanError.joined(suggestions))")
        case let .ambiguous(kind, reference, candidates):
            return tr(
                "'\(reference)' matches \(kind.counted(candidates.count)); use one of these ids:\n  \(PlanError.listed(candidates, kind: kind))"
            )
        case let .eventNeeded(candidates):
            return tr(
                "the plan has \(count: candidates.count) events; choose one with --event (its id or part of its title):\n  \(PlanError.listed(candidates, kind: .event))"
            )
        case let .inexact(kind, nil, candidates):
            return tr(
                "removing \(kind.one) needs --\(kind.rawValue) with its exact id or \(kind.exactName):\n  \(PlanError.listed(candidates, kind: kind))"
            )
        case let .inexact(kind, reference?, candidates):
            return tr(
                "'\(reference)' is not the exact id or \(kind.exactName) of \(kind.one); removing takes one of these, by id or by \(kind.exactName):\n  \(PlanError.listed(candidates, kind: kind))"
            )
        case let .refused(message):
            return message
        }
    }

    /// "a, b, c" in English, "a、b、c" in Chinese.
    static func joined(_ items: [String]) -> Phrase { .series(items) }

    /// The first candidates, one a line; a long list ends with how many more and the command that lists them all.
    static func listed(_ candidates: [String], kind: RecordKind, limit: Int = 10) -> Phrase {
        guard candidates.count > limit + 1 else { return .verbatim(candidates.joined(separator: "\n  ")) }
        let first = candidates.prefix(limit).joined(separator: "\n  ")
        return tr(
            "\(first)\n  … and \(count: candidates.count - limit) more; list them all with 'convene \(kind.listCommand)'"
        )
    }
}
