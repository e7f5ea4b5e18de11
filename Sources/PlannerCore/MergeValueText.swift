/// How a field's value reads in a merge conflict: the plan file's own words, so that a conflict reads like the file
/// ("confirmed", "10:30", "host p3 · speaker p5 (讲话)"), nil as "".
enum MergeValueText {
    static func text(_ value: Any) -> String {
        switch value {
        case let text as String: return text
        case let number as Int: return String(number)
        case let word as any RawRepresentable<String>: return word.rawValue
        case let roles as [Role]: return roles.map(text).joined(separator: " · ")
        case let role as Role: return text(role)
        case let leave as Leave: return text(leave)
        case let attendance as Attendance: return text(attendance)
        case let shown as CustomStringConvertible: return shown.description
        default: return optional(value) ?? String(describing: value)
        }
    }

    /// The value inside an optional ("" for nil), or nil when `value` is not an optional.
    private static func optional(_ value: Any) -> String? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return nil }
        return mirror.children.first.map { text($0.value) } ?? ""
    }

    private static func text(_ role: Role) -> String {
        var parts = ["\(role.part.rawValue) \(role.person)"]
        if let topic = role.topic { parts.append("(\(topic))") }
        if let minutes = role.minutes { parts.append("\(minutes) min") }
        return parts.joined(separator: " ")
    }

    private static func text(_ leave: Leave) -> String {
        [leave.reason.rawValue, leave.note, leave.approvedBy.map { "approved by \($0)" }].compactMap { $0 }.joined(
            separator: ", ")
    }

    private static func text(_ attendance: Attendance) -> String {
        switch attendance {
        case .notYet: return "not yet"
        case .signedIn(let time): return "signed in" + (time.map { " \($0)" } ?? "")
        case .absent: return "absent"
        }
    }
}
