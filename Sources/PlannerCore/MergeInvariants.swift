/// What must hold within one record for a plan to load (`Book.consistencyProblems`) and that two sides' changes to
/// different fields can break together. The merge keeps ours whole, with conflicts, where they would.
enum MergeInvariants {
    static func holds<Record>(_ record: Record) -> Bool {
        switch record {
        case let p as Participant:
            if case .signedIn = p.attendance, p.rsvp == .declined { return false }
            return true
        case let e as Event:
            return e.end > e.start
        case let item as AgendaItem:
            return item.minutes >= 1 && item.endMinutes <= 24 * 60
        default:
            return true
        }
    }
}
