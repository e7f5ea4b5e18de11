import Phrasebook

/// `part-holder-away`: someone with a part who will not be there — declined, on leave, or marked absent — leaves the
/// part empty on the day.
extension Checks {
    /// The error for a part held by `p`, or nil when they are (or may still be) coming.
    static func partHolderAway(_ p: Participant, name: String, role: Role, item: AgendaItem) -> Problem? {
        let message: Phrase
        if p.rsvp == .declined {
            message = tr("\(name) is \(role.part.phrase) of '\(item.title)' but has declined; assign someone else")
        } else if p.attendance == .absent {
            message = tr("\(name) is \(role.part.phrase) of '\(item.title)' but is marked absent; assign someone else")
        } else if p.isExcused, let leave = p.leave {
            message = tr(
                "\(name) is \(role.part.phrase) of '\(item.title)' but is on leave (\(leave.reason.phrase)); assign someone else or cancel the leave"
            )
        } else {
            return nil
        }
        return Problem(severity: .error, code: "part-holder-away", message: message, ids: [role.person, item.id])
    }
}
