/// How many people of one organisation take part in an event, by RSVP and by membership status.
public struct Turnout: Sendable, Equatable {
    public private(set) var total = 0
    private var rsvps = [Int](repeating: 0, count: RSVP.allCases.count)
    private var statuses = [Int](repeating: 0, count: MembershipStatus.allCases.count)

    public init() {}

    public func count(_ rsvp: RSVP) -> Int { rsvps[rsvp.ordinal] }
    public func count(_ status: MembershipStatus) -> Int { statuses[status.ordinal] }
    /// Confirmed or already attended.
    public var confirmed: Int { count(.confirmed) + count(.attended) }

    mutating func add(_ rsvp: RSVP, _ status: MembershipStatus) {
        total += 1
        rsvps[rsvp.ordinal] += 1
        statuses[status.ordinal] += 1
    }
}

extension Event {
    /// Each organisation's turnout among this event's participants, in one pass (participants not on the roster are left out).
    public func turnoutByOrganisation(people: PersonLookup) -> [String: Turnout] {
        var byOrg: [String: Turnout] = [:]
        for p in participants {
            guard let i = people.index(of: p.person) else { continue }
            byOrg[people.people[i].org, default: Turnout()].add(p.rsvp, people.people[i].status)
        }
        return byOrg
    }
}

// Positions in `allCases` without building `allCases` (an array) once per participant.
private extension RSVP {
    var ordinal: Int {
        switch self {
        case .invited: 0
        case .confirmed: 1
        case .declined: 2
        case .attended: 3
        }
    }
}

private extension MembershipStatus {
    var ordinal: Int {
        switch self {
        case .member: 0
        case .probationary: 1
        case .representative: 2
        case .guest: 3
        }
    }
}
