import Phrasebook

/// The attendance counts of a group of participants (one organisation's, or an event's in total), with the one
/// definition used everywhere: 应到 expected = did not decline; 请假 excused = expected and on leave (and not signed in
/// after all); 实到 present = expected and signed in; 缺席 absent = expected − present − excused (before the event,
/// "not signed in yet"); rate = present / expected. Also by reply, 政治面貌 and capacity, and who came (or is expected)
/// in which standing (`Participant.standing`: the capacity, or 政治面貌 for one who takes part).
public struct Turnout: Sendable, Equatable {
    /// Every participant, declined or not.
    public private(set) var total = 0
    /// 应到.
    public private(set) var expected = 0
    /// 实到.
    public private(set) var present = 0
    /// 请假.
    public private(set) var excused = 0
    /// Expected and marked absent on the day (the rest of `absent` have not signed in yet).
    public private(set) var markedAbsent = 0
    private var rsvps = [Int](repeating: 0, count: RSVP.allCases.count)
    private var politics = [Int](repeating: 0, count: Politics.allCases.count)
    private var capacities = [Int](repeating: 0, count: Capacity.allCases.count)
    /// By standing: the capacities first (参加's own place unused), then 政治面貌 for those who take part as 参加;
    /// `[0]` present, `[1]` expected.
    private var standings = [[Int]](
        repeating: [Int](repeating: 0, count: Capacity.allCases.count + Politics.allCases.count), count: 2)

    public init() {}

    /// 缺席 (before the event: not signed in yet): expected − present − excused.
    public var absent: Int { expected - present - excused }
    /// 出席率, present / expected; nil when nobody is expected.
    public var rate: Double? { expected == 0 ? nil : Double(present) / Double(expected) }
    /// The rate as printed: "88.9%", or "—" when nobody is expected (never "NaN").
    public var rateText: String {
        guard let rate else { return "—" }
        let tenths = Int((rate * 1000).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10).\(tenths % 10)%"
    }

    public func count(_ rsvp: RSVP) -> Int { rsvps[rsvp.ordinal] }
    public func count(_ value: Politics) -> Int { politics[value.ordinal] }
    public func count(_ capacity: Capacity) -> Int { capacities[capacity.ordinal] }
    /// 实到 in a capacity (企业代表, 列席 …); those who take part (参加) by 政治面貌 with `present(attending:)`.
    public func present(_ capacity: Capacity) -> Int { count(capacity, in: standings[0]) }
    /// 实到 of those who take part (参加) with this 政治面貌.
    public func present(attending politics: Politics) -> Int { standings[0][Self.standing(politics)] }
    /// 应到 in a capacity, as `present(_:)` counts 实到.
    public func expected(_ capacity: Capacity) -> Int { count(capacity, in: standings[1]) }
    /// 应到 of those who take part (参加) with this 政治面貌.
    public func expected(attending politics: Politics) -> Int { standings[1][Self.standing(politics)] }

    private func count(_ capacity: Capacity, in standings: [Int]) -> Int {
        capacity == .attendee ? standings[Self.politicsOffset...].reduce(0, +) : standings[capacity.ordinal]
    }

    /// True once attendance is being recorded (someone signed in or marked absent): until then `absent` counts
    /// those not signed in yet, and says so.
    public var attendanceRecorded: Bool { present > 0 || markedAbsent > 0 }

    /// "缺席 2" once attendance is recorded, "未签到 18" before.
    public var absentPhrase: Phrase {
        attendanceRecorded ? tr("absent \(absent)") : tr("not signed in yet \(absent)")
    }

    /// "应到 18 · 实到 15 · 请假 1 · 缺席 2": the four counts in one line.
    public var summary: Phrase {
        tr("expected \(expected) · present \(present) · excused \(excused) · \(absentPhrase)")
    }

    /// Confirmed, whether or not they came.
    public var confirmed: Int { count(.confirmed) }

    /// Counts one participant; `person` is nil for one not on the roster (counted, but by no 政治面貌).
    public mutating func add(_ participant: Participant, _ person: Person?) {
        total += 1
        rsvps[participant.rsvp.ordinal] += 1
        capacities[participant.capacity.ordinal] += 1
        if let person { politics[person.politics.ordinal] += 1 }
        let standing =
            participant.capacity == .attendee
            ? person.map { Self.standing($0.politics) } ?? Self.standing(.unrecorded) : participant.capacity.ordinal
        if participant.isExpected {
            expected += 1
            standings[1][standing] += 1
        }
        if participant.isPresent {
            present += 1
            standings[0][standing] += 1
        }
        if participant.isExcused { excused += 1 }
        if participant.isExpected, participant.attendance == .absent { markedAbsent += 1 }
    }
}

extension Turnout {
    /// The position of a 政治面貌 among the standings, after the capacities.
    fileprivate static func standing(_ politics: Politics) -> Int { politicsOffset + politics.ordinal }
    fileprivate static let politicsOffset = Capacity.allCases.count
}

extension Event {
    /// Each organisation's turnout among this event's participants, in one pass (participants not on the roster are
    /// left out).
    public func turnoutByOrganisation(people: PersonLookup) -> [String: Turnout] {
        var byOrg: [String: Turnout] = [:]
        for p in participants {
            guard let i = people.index(of: p.person) else { continue }
            byOrg[people.people[i].org, default: Turnout()].add(p, people.people[i])
        }
        return byOrg
    }

    /// The event's turnout in total.
    public func turnout(people: PersonLookup) -> Turnout {
        var total = Turnout()
        for p in participants { total.add(p, people[p.person]) }
        return total
    }
}

// Positions in `allCases` without building `allCases` (an array) once per participant.
extension RSVP {
    fileprivate var ordinal: Int {
        switch self {
        case .invited: 0
        case .confirmed: 1
        case .declined: 2
        }
    }
}

extension Capacity {
    fileprivate var ordinal: Int {
        switch self {
        case .attendee: 0
        case .representative: 1
        case .observer: 2
        case .guest: 3
        case .staff: 4
        }
    }
}

extension Politics {
    fileprivate var ordinal: Int {
        switch self {
        case .member: 0
        case .probationary: 1
        case .league: 2
        case .rcck: 3
        case .cdl: 4
        case .cndca: 5
        case .capd: 6
        case .cpwdp: 7
        case .zhigong: 8
        case .jiusan: 9
        case .tdsl: 10
        case .nonpartisan: 11
        case .masses: 12
        case .unrecorded: 13
        }
    }
}
