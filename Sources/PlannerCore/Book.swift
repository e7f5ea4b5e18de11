/// Everything a plan file holds: organisations with their people, venues and events, the plan's identity and the
/// ids issued so far.
public struct Book: Hashable, Sendable {
    public var organisations: [Organisation]
    public var people: [Person]
    public var venues: [Venue]
    public var events: [Event]
    /// Made once when the plan is created (`PlanIdentity`) and kept by every copy of the file: what tells two plans'
    /// calendar entries apart. Nil only for a plan read from a file older than identities, until it is given one.
    public var identity: String?
    /// The highest id number handed out per kind, so ids are never reused (`newID`).
    public var issued: IssuedIDs
    /// What a three-way merge (`PlanMerge`) could not combine, until each is resolved; empty in most plans.
    public var conflicts: [MergeConflict]
    /// Set in a copy shared with one organisation (`sharing(event:org:at:)`): what was shared, for the merge of the
    /// copy that comes back; nil in a plan of one's own.
    public var share: PlanShare?
    /// Where this copy is, for the ids it issues: not part of what the book holds, so not compared or kept.
    private var whereKept = Unheld<CopyTag>()

    public init(
        organisations: [Organisation] = [], people: [Person] = [], venues: [Venue] = [], events: [Event] = [],
        identity: String? = nil, issued: IssuedIDs = IssuedIDs(), conflicts: [MergeConflict] = [],
        share: PlanShare? = nil
    ) {
        self.organisations = organisations
        self.people = people
        self.venues = venues
        self.events = events
        self.identity = identity
        self.issued = issued
        self.conflicts = conflicts
        self.share = share
    }

    /// The tag this copy puts in the ids it issues (`newID`): a shared copy's own (`PlanShare.copyTag`), else the one
    /// the place it is kept gives it (a git clone's, set by whoever loads the file), else nil for short ids. Not kept
    /// in the file, and books that differ only in it are equal: it says where the book is, not what it holds.
    public var copyTag: CopyTag? {
        get { share?.copyTag ?? whereKept.value }
        set { whereKept.value = newValue }
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

    /// A fresh id for a new record of `kind`: prefix + one more than the highest number ever issued or in use, so a
    /// deleted record's id is not handed out again, + this copy's tag when it has one (`p20_k7mq`).
    public func newID(_ kind: RecordKind) -> String {
        var allocator = idAllocator(kind)
        return allocator.next()
    }

    /// Ids for many new records of `kind`, the same sequence as `newID` after each addition, from one scan of the
    /// ids in use (`newID` per row made an import of n rows cost n scans of the roster).
    public func idAllocator(_ kind: RecordKind) -> IDAllocator {
        IDAllocator(kind, highest: Swift.max(issued[kind], highestInUse(kind)), tag: copyTag)
    }

    /// The highest number among the ids of `kind` in the book (0 when there is none).
    public func highestInUse(_ kind: RecordKind) -> Int {
        var highest = 0
        func consider(_ id: String) {
            if let n = kind.number(of: id), n > highest { highest = n }
        }
        switch kind {
        case .organisation: for o in organisations { consider(o.id) }
        case .person: for p in people { consider(p.id) }
        case .venue: for v in venues { consider(v.id) }
        case .room: for v in venues { for r in v.rooms { consider(r.id) } }
        case .event: for e in events { consider(e.id) }
        case .item: for e in events { for i in e.items { consider(i.id) } }
        }
        return highest
    }

    /// `issued` raised to every id in use: what a plan read from a file that kept no numbers (or lower ones) starts
    /// from.
    public mutating func noteIDsInUse() {
        var inUse: [RecordKind: Int] = [:]
        for kind in RecordKind.allCases { inUse[kind] = highestInUse(kind) }
        issued.raise(to: IssuedIDs(inUse))
    }

    /// Hands out ids of one kind numbered after the highest issued or in use, one at a time, with a copy's tag.
    public struct IDAllocator: Sendable {
        public let kind: RecordKind
        /// The highest number issued or in use, including those handed out.
        public private(set) var highest: Int
        /// The tag the ids end in, or nil for short ids.
        public let tag: CopyTag?

        public init(_ kind: RecordKind, highest: Int, tag: CopyTag?) {
            self.kind = kind
            self.highest = highest
            self.tag = tag
        }

        public mutating func next() -> String {
            highest += 1
            return kind.id(number: highest, tag: tag)
        }
    }

    /// The name of the room `item` is in (its venue's room of that id), or nil when it has none.
    public func roomName(of item: AgendaItem, in event: Event) -> String? {
        guard let id = item.room else { return nil }
        return event.venue.flatMap(venue)?.room(id)?.name ?? id
    }

    /// The event that holds an item.
    public func eventIndex(holdingItem item: String) -> Int? {
        events.firstIndex { $0.items.contains { $0.id == item } }
    }
}
