/// The part an organisation plays in an event.
public enum OrganisationPart: String, CaseIterable, Hashable, Sendable {
    /// Guides the event (e.g. the science and technology association's party committee).
    case guiding
    /// Organises the event.
    case host
    case participant
}

/// An organisation invited to an event, with its part and the number of people it is asked to send.
public struct EventOrganisation: Hashable, Sendable {
    public var org: String
    public var part: OrganisationPart
    /// 名额: how many people the organisation is asked to send (at least 1); nil when not set. The `quota` check
    /// compares it with the organisation's confirmed participants.
    public var quota: Int?

    public init(org: String, part: OrganisationPart, quota: Int? = nil) {
        self.org = org
        self.part = part
        self.quota = quota
    }
}

/// Where a participant's invitation stands: the reply. Whether they came is `Attendance`.
public enum RSVP: String, CaseIterable, Hashable, Sendable {
    case invited, confirmed, declined
}

/// The capacity in which someone attends one activity.
public enum Capacity: String, CaseIterable, Hashable, Sendable {
    /// 参加, takes part.
    case attendee
    /// 企业代表, represents an enterprise.
    case representative
    /// 列席, attends without taking part (an observer).
    case observer
    /// 嘉宾, an invited guest.
    case guest
    /// 工作人员, staff.
    case staff
}

/// Why a participant asked for leave (请假).
public enum LeaveReason: String, CaseIterable, Hashable, Sendable {
    /// 因公, on official business.
    case official
    /// 因病, sick.
    case sick
    /// 因事, personal matters.
    case personal
    /// 其他.
    case other
}

/// Leave asked for in advance: the reason, a note, and who approved it (a person's id) once approved.
public struct Leave: Hashable, Sendable {
    public var reason: LeaveReason
    public var note: String?
    /// The id of the person who approved the leave (usually the branch secretary); nil until approved.
    public var approvedBy: String?

    public init(reason: LeaveReason, note: String? = nil, approvedBy: String? = nil) {
        self.reason = reason
        self.note = note
        self.approvedBy = approvedBy
    }
}

/// Whether a participant came, as set on the day.
public enum Attendance: Hashable, Sendable {
    /// Not signed in (yet), and not marked absent.
    case notYet
    /// Signed in (签到), at a time when it was recorded.
    case signedIn(at: ClockTime?)
    /// Marked absent (缺席).
    case absent

    /// True when signed in.
    public var isSignedIn: Bool {
        if case .signedIn = self { return true }
        return false
    }
}

/// A person taking part in an event: in which capacity, their reply, leave, and attendance.
public struct Participant: Hashable, Sendable {
    public var person: String
    public var rsvp: RSVP
    public var capacity: Capacity
    public var leave: Leave?
    public var attendance: Attendance

    public init(
        person: String, rsvp: RSVP = .invited, capacity: Capacity = .attendee, leave: Leave? = nil,
        attendance: Attendance = .notYet
    ) {
        self.person = person
        self.rsvp = rsvp
        self.capacity = capacity
        self.leave = leave
        self.attendance = attendance
    }

    /// 应到: expected to come, that is, did not decline.
    public var isExpected: Bool { rsvp != .declined }
    /// 实到: expected and signed in.
    public var isPresent: Bool { isExpected && attendance.isSignedIn }
    /// 请假: expected, on leave, and not signed in after all.
    public var isExcused: Bool { isExpected && leave != nil && !attendance.isSignedIn }
    /// 缺席 once the event is over (before it, "not signed in yet"): expected, neither present nor excused.
    public var isAbsent: Bool { isExpected && !isPresent && !isExcused }
    /// Confirmed and not on leave, or already signed in: counted as coming in head counts before the day.
    public var isComing: Bool { rsvp == .confirmed && !isExcused || isPresent }
}

/// A joint activity: when, where, which organisations, who, and its agenda.
public struct Event: Hashable, Sendable, Identifiable {
    public static let defaultTimeZone = "Asia/Shanghai"

    public var id: String
    public var title: String
    public var theme: String?
    public var date: CivilDate
    public var start: ClockTime
    public var end: ClockTime
    /// IANA time zone identifier.
    public var tz: String
    public var venue: String?
    public var orgs: [EventOrganisation]
    public var participants: [Participant]
    /// Kept in order of start time (stable for equal starts).
    public var items: [AgendaItem]

    public init(
        id: String, title: String, theme: String? = nil, date: CivilDate, start: ClockTime, end: ClockTime,
        tz: String = Event.defaultTimeZone, venue: String? = nil, orgs: [EventOrganisation] = [],
        participants: [Participant] = [], items: [AgendaItem] = []
    ) {
        self.id = id
        self.title = title
        self.theme = theme
        self.date = date
        self.start = start
        self.end = end
        self.tz = tz
        self.venue = venue
        self.orgs = orgs
        self.participants = participants
        self.items = items
    }

    public func item(_ id: String) -> AgendaItem? { items.first { $0.id == id } }
    public func itemIndex(_ id: String) -> Int? { items.firstIndex { $0.id == id } }
    public func participant(_ person: String) -> Participant? { participants.first { $0.person == person } }
    public func part(of org: String) -> OrganisationPart? { orgs.first { $0.org == org }?.part }

    /// Restores start-time order, keeping the relative order of items that start together.
    mutating func sortItems() {
        items = items.enumerated().sorted { a, b in
            a.element.start != b.element.start ? a.element.start < b.element.start : a.offset < b.offset
        }.map(\.element)
    }
}
