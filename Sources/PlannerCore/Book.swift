/// Everything a plan file holds: organisations with their people, venues and events.
public struct Book: Hashable, Sendable {
    public var organisations: [Organisation]
    public var people: [Person]
    public var venues: [Venue]
    public var events: [Event]

    public init(organisations: [Organisation] = [], people: [Person] = [], venues: [Venue] = [], events: [Event] = []) {
        self.organisations = organisations
        self.people = people
        self.venues = venues
        self.events = events
    }

    public func organisation(_ id: String) -> Organisation? { organisations.first { $0.id == id } }
    public func person(_ id: String) -> Person? { people.first { $0.id == id } }
    public func venue(_ id: String) -> Venue? { venues.first { $0.id == id } }
    public func event(_ id: String) -> Event? { events.first { $0.id == id } }

    /// People of one organisation, in roster order.
    public func members(of org: String) -> [Person] { people.filter { $0.org == org } }

    /// Lookup table from person id to person, for work over many participants.
    public var peopleByID: PersonLookup { PersonLookup(people) }

    /// Lookup table for just the people whose ids are in `ids`: what an event's work needs, at a fraction of
    /// `peopleByID`'s cost on a big roster.
    public func people(withIDs ids: Set<String>) -> PersonLookup { PersonLookup(people, only: ids) }

    /// Lookup table from organisation id to organisation.
    public var organisationsByID: [String: Organisation] {
        Dictionary(organisations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// A fresh short id for a new record of `kind` (prefix + one more than the highest number in use).
    public func newID(_ kind: RecordKind) -> String {
        var allocator = idAllocator(kind)
        return allocator.next()
    }

    /// Ids for many new records of `kind`, the same sequence as `newID` after each addition, from one scan of the
    /// ids in use (`newID` per row made an import of n rows cost n scans of the roster).
    public func idAllocator(_ kind: RecordKind) -> IDAllocator {
        let prefix = kind.idPrefix
        var highest = 0
        func consider(_ id: String) {
            if id.hasPrefix(prefix), let n = Int(id.dropFirst(prefix.count)), n > highest { highest = n }
        }
        switch kind {
        case .organisation: for o in organisations { consider(o.id) }
        case .person: for p in people { consider(p.id) }
        case .venue: for v in venues { consider(v.id) }
        case .event: for e in events { consider(e.id) }
        case .item: for e in events { for i in e.items { consider(i.id) } }
        }
        return IDAllocator(prefix: prefix, highest: highest)
    }

    /// Hands out `prefix` + the numbers after the highest in use, one at a time.
    public struct IDAllocator: Sendable {
        public let prefix: String
        /// The highest number in use, including those handed out.
        public private(set) var highest: Int

        public init(prefix: String, highest: Int) {
            self.prefix = prefix
            self.highest = highest
        }

        public mutating func next() -> String {
            highest += 1
            return prefix + String(highest)
        }
    }

    /// The event that holds an item.
    public func eventIndex(holdingItem item: String) -> Int? {
        events.firstIndex { $0.items.contains { $0.id == item } }
    }
}
