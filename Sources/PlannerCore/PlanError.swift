/// Why an edit or a reference was refused. Messages say what, where, and how to fix it.
public enum PlanError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A field's value is not acceptable.
    case invalid(field: String, message: String)
    /// A reference matched nothing.
    case notFound(kind: String, reference: String, suggestions: [String])
    /// A reference matched several things.
    case ambiguous(kind: String, reference: String, candidates: [String])
    /// No `--event` was given and the plan has several events.
    case eventNeeded(candidates: [String])
    /// A removal was given something other than an exact id or whole name (nil: no reference at all); the
    /// candidates are the records it may have meant, with their ids.
    case inexact(kind: String, reference: String?, candidates: [String])
    /// The edit would break the plan (e.g. removing an organisation that still has members).
    case refused(String)

    public var description: String {
        switch self {
        case let .invalid(field, message):
            return "\(field): \(message)"
        case let .notFound(kind, reference, suggestions):
            var text = "no \(kind) matches '\(reference)'"
            if !suggestions.isEmpty {
                text += "; did you mean: " + suggestions.joined(separator: ", ")
            } else {
                text += "; list them with 'convene \(PlanError.listCommand(kind))'"
            }
            return text
        case let .ambiguous(kind, reference, candidates):
            return
                "'\(reference)' matches \(candidates.count) \(kind == "person" ? "people" : kind + "s"); use one of these ids:\n  "
                + PlanError.listed(candidates, kind: kind)
        case let .eventNeeded(candidates):
            return "the plan has \(candidates.count) events; choose one with --event (its id or part of its title):\n  "
                + PlanError.listed(candidates, kind: "event")
        case let .inexact(kind, nil, candidates):
            return
                "removing \(PlanError.withArticle(kind)) needs --\(kind) with its exact id or \(kind == "event" ? "title" : "full name"):\n  "
                + PlanError.listed(candidates, kind: kind)
        case let .inexact(kind, reference?, candidates):
            return
                "'\(reference)' is not the exact id or \(kind == "event" || kind == "item" ? "title" : "full name") of \(PlanError.withArticle(kind)); "
                + "removing takes one of these, by id or by \(kind == "event" || kind == "item" ? "title" : "full name"):\n  "
                + PlanError.listed(candidates, kind: kind)
        case let .refused(message):
            return message
        }
    }

    /// The first candidates, one a line; a long list ends with how many more and the command that lists them all.
    static func listed(_ candidates: [String], kind: String, limit: Int = 10) -> String {
        guard candidates.count > limit + 1 else { return candidates.joined(separator: "\n  ") }
        return candidates.prefix(limit).joined(separator: "\n  ")
            + "\n  … and \(candidates.count - limit) more; list them all with 'convene \(listCommand(kind))'"
    }

    /// The command that lists records of `kind` (`convene people` prints an event's participants, not the rosters).
    static func listCommand(_ kind: String) -> String {
        switch kind {
        case "organisation": return "orgs"
        case "person": return "roster"
        case "item": return "agenda"
        default: return kind + "s"
        }
    }

    /// "a person", "an organisation".
    static func withArticle(_ noun: String) -> String {
        ("aeiou".contains(noun.first ?? "x") ? "an " : "a ") + noun
    }
}
