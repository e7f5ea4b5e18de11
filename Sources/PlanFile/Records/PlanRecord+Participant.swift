import PlannerCore

extension PlanRecord {
    /// A participant of an event: `person` and `rsvp` are always there; `capacity` left out is `attendee`, `leave`
    /// left out is none, `attendance` left out is not signed in yet, and `at` (the sign-in time) is there only with
    /// `attendance: "signed-in"`, when the time is known.
    struct Participant: Codable {
        var at: ClockTime?
        var attendance: CaseName<AttendanceName>?
        var capacity: CaseName<Capacity>?
        var leave: Leave?
        var person: String
        var rsvp: CaseName<RSVP>

        init(_ p: PlannerCore.Participant) {
            person = p.person
            rsvp = CaseName(p.rsvp)
            capacity = p.capacity == .attendee ? nil : CaseName(p.capacity)
            leave = p.leave.map(Leave.init)
            switch p.attendance {
            case .notYet: break
            case .signedIn(let time):
                attendance = CaseName(.signedIn)
                at = time.map(ClockTime.init)
            case .absent: attendance = CaseName(.absent)
            }
        }

        var core: PlannerCore.Participant {
            let state: Attendance
            switch attendance?.value {
            case nil: state = .notYet
            case .signedIn: state = .signedIn(at: at?.value)
            case .absent: state = .absent
            }
            return PlannerCore.Participant(
                person: person, rsvp: rsvp.value, capacity: capacity?.value ?? .attendee, leave: leave?.core,
                attendance: state)
        }
    }

    /// The names `attendance` takes on disk.
    enum AttendanceName: String, CaseIterable, Sendable {
        case signedIn = "signed-in"
        case absent
    }

    /// Leave asked for: `reason` is always there; `note` and `approvedBy` (a person's id) may be left out.
    struct Leave: Codable {
        var approvedBy: String?
        var note: String?
        var reason: CaseName<LeaveReason>

        init(_ l: PlannerCore.Leave) {
            approvedBy = l.approvedBy
            note = l.note
            reason = CaseName(l.reason)
        }

        var core: PlannerCore.Leave { PlannerCore.Leave(reason: reason.value, note: note, approvedBy: approvedBy) }
    }
}
