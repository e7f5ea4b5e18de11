/// The part an organisation plays in an event.
public enum OrganisationPart: String, CaseIterable, Hashable, Sendable {
    /// Guides the event (e.g. the science and technology association's party committee).
    case guiding
    /// Organises the event.
    case host
    case participant
}

/// An organisation invited to an event, with its part.
public struct EventOrganisation: Hashable, Sendable {
    public var org: String
    public var part: OrganisationPart

    public init(org: String, part: OrganisationPart) {
        self.org = org
        self.part = part
    }
}

/// Where a participant's invitation stands.
public enum RSVP: String, CaseIterable, Hashable, Sendable {
    case invited, confirmed, declined, attended
}

/// A person taking part in an event.
public struct Participant: Hashable, Sendable {
    public var person: String
    public var rsvp: RSVP

    public init(person: String, rsvp: RSVP = .invited) {
        self.person = person
        self.rsvp = rsvp
    }
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
