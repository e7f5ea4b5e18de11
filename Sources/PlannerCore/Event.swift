/// The part an organisation plays in an event.
public enum OrganisationPart: String, CaseIterable, Hashable, Sendable, Codable {
    /// Guides the event (e.g. the science and technology association's party committee).
    case guiding
    /// Organises the event.
    case host
    case participant
}

/// An organisation invited to an event, with its part.
public struct EventOrganisation: Hashable, Sendable, Codable {
    public var org: String
    public var part: OrganisationPart

    public init(org: String, part: OrganisationPart) {
        self.org = org
        self.part = part
    }
}

/// Where a participant's invitation stands.
public enum RSVP: String, CaseIterable, Hashable, Sendable, Codable {
    case invited, confirmed, declined, attended
}

/// A person taking part in an event.
public struct Participant: Hashable, Sendable, Codable {
    public var person: String
    public var rsvp: RSVP

    public init(person: String, rsvp: RSVP = .invited) {
        self.person = person
        self.rsvp = rsvp
    }
}

/// A joint activity: when, where, which organisations, who, and its agenda.
public struct Event: Hashable, Sendable, Codable, Identifiable {
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

    enum CodingKeys: String, CodingKey { case id, title, theme, date, start, end, tz, venue, orgs, participants, items }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        theme = try c.decodeIfPresent(String.self, forKey: .theme)
        date = try c.decode(CivilDate.self, forKey: .date)
        start = try c.decode(ClockTime.self, forKey: .start)
        end = try c.decode(ClockTime.self, forKey: .end)
        tz = try c.decodeIfPresent(String.self, forKey: .tz) ?? Event.defaultTimeZone
        venue = try c.decodeIfPresent(String.self, forKey: .venue)
        orgs = try c.decodeIfPresent([EventOrganisation].self, forKey: .orgs) ?? []
        participants = try c.decodeIfPresent([Participant].self, forKey: .participants) ?? []
        items = try c.decodeIfPresent([AgendaItem].self, forKey: .items) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encodeIfPresent(theme, forKey: .theme)
        try c.encode(date, forKey: .date)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(tz, forKey: .tz)
        try c.encodeIfPresent(venue, forKey: .venue)
        try c.encode(orgs, forKey: .orgs)
        try c.encode(participants, forKey: .participants)
        try c.encode(items, forKey: .items)
    }
}
