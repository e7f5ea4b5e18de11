import Foundation

/// What kind of part of the programme an agenda item is.
public enum ItemKind: String, CaseIterable, Hashable, Sendable {
    /// Party members review the oath of admission together, led by an oath leader.
    case oath
    /// A guided visit (e.g. of a memorial hall) with a narrator.
    case visit
    /// A symposium with a host and ordered speeches.
    case symposium
    /// An interactive session: discussion and exchange, led by a host (主持人).
    case discussion
    /// 支部党员大会, a general meeting of the branch's members: a host and a recorder, and a quorum of more than half
    /// the full members expected (the `quorum` check).
    case meeting
    case other

    /// The parts an item of this kind cannot do without, in the order they are usually filled: the checks warn
    /// when one is empty (`unfilled-part`), and the part form offers the first one still empty.
    public var neededParts: [RolePart] {
        switch self {
        case .oath: return [.leader]
        case .visit: return [.narrator]
        case .symposium: return [.host, .speaker]
        case .discussion: return [.host]
        case .meeting: return [.host, .recorder]
        case .other: return []
        }
    }
}

/// The part a person plays in an agenda item.
public enum RolePart: String, CaseIterable, Hashable, Sendable {
    /// Leads the oath review.
    case leader
    /// Guides a visit.
    case narrator
    /// Hosts a symposium or a branch meeting, or leads a discussion (主持人).
    case host
    /// Gives a speech (topic and minutes optional).
    case speaker
    /// Keeps the record.
    case recorder
}

/// One person in one part of an agenda item; a symposium's speeches are its speaker roles, in order.
public struct Role: Hashable, Sendable {
    public var person: String
    public var part: RolePart
    public var topic: String?
    public var minutes: Int?

    public init(person: String, part: RolePart, topic: String? = nil, minutes: Int? = nil) {
        self.person = person
        self.part = part
        self.topic = topic
        self.minutes = minutes
    }
}

/// One part of an event's programme.
public struct AgendaItem: Hashable, Sendable, Identifiable {
    public var id: String
    public var kind: ItemKind
    public var title: String
    public var start: ClockTime
    /// Duration in minutes (at least 1).
    public var minutes: Int
    public var room: String?
    public var notes: String?
    public var roles: [Role]
    /// How many times the item has changed since it was added (a calendar's SEQUENCE): the core's edits advance it
    /// (`Book.revisingItems`), never a caller.
    public var revision: Int
    /// When the item was added or last changed (a calendar's LAST-MODIFIED); nil in plans written before items kept it.
    public var modified: Date?
    /// The UID of the calendar entry the item was imported from (`import ics`), so importing it again updates the
    /// item; nil for items made in Convene, whose own entries are known by their ids.
    public var calendarUID: String?

    public init(
        id: String, kind: ItemKind, title: String, start: ClockTime, minutes: Int,
        room: String? = nil, notes: String? = nil, roles: [Role] = [], revision: Int = 0, modified: Date? = nil,
        calendarUID: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.start = start
        self.minutes = minutes
        self.room = room
        self.notes = notes
        self.roles = roles
        self.revision = revision
        self.modified = modified
        self.calendarUID = calendarUID
    }

    /// Minutes after midnight at which the item ends (may pass 1440 only if the plan is invalid; a duration
    /// too big to add, from a hand-edited file or a typed `--minutes`, gives Int.max rather than a crash).
    public var endMinutes: Int {
        let (end, overflow) = start.minutes.addingReportingOverflow(minutes)
        return overflow ? Int.max : end
    }

    /// The roles of one part, in order.
    public func roles(_ part: RolePart) -> [Role] { roles.filter { $0.part == part } }
}
