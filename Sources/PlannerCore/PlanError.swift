/// Why an edit or a reference was refused. Messages say what, where, and how to fix it.
public enum PlanError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A field's value is not acceptable.
    case invalid(field: String, message: String)
    /// A reference matched nothing.
    case notFound(kind: String, reference: String, suggestions: [String])
    /// A reference matched several things.
    case ambiguous(kind: String, reference: String, candidates: [String])
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
                text += "; list them with 'convene \(kind == "person" ? "people" : kind + "s")'"
            }
            return text
        case let .ambiguous(kind, reference, candidates):
            return "'\(reference)' matches \(candidates.count) \(kind == "person" ? "people" : kind + "s"); use one of these ids:\n  "
                + candidates.joined(separator: "\n  ")
        case let .refused(message):
            return message
        }
    }
}
