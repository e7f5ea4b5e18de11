/// Gives their additions new ids where ours added a different record under the same id (copies with no tag of their
/// own, or the one-in-a-million two that drew the same): above both sides' issued numbers, in their order, with
/// every reference to the record rewritten. The same record added on both sides keeps
/// its id and becomes one record.
enum MergeRenumbering {
    static func renumber(_ theirs: Book, against ours: Book, base: Book) -> Book {
        var book = theirs
        var highest = ours.issued
        highest.raise(to: theirs.issued)
        for kind in RecordKind.allCases {
            // Against the book renumbered so far: a room of their renumbered venue (an item of their renumbered
            // event) is in another place than ours, so it is another record too.
            let clashes = clashingIDs(kind, theirs: book, ours: ours, base: base)
            guard !clashes.isEmpty else { continue }
            // Issued by the copy merging, so with its tag: another copy's ids cannot be among them.
            var allocator = Book.IDAllocator(
                kind, highest: [highest[kind], ours.highestInUse(kind), theirs.highestInUse(kind)].max() ?? 0,
                tag: ours.copyTag)
            var map: [String: String] = [:]
            for id in clashes { map[id] = allocator.next() }
            book.rename(kind, map)
            book.issued.raise(to: IssuedIDs([kind: allocator.highest]))
        }
        return book
    }

    /// Ids of `kind`, in their order, that both sides added with different content (or in different places).
    static func clashingIDs(_ kind: RecordKind, theirs: Book, ours: Book, base: Book) -> [String] {
        let baseIDs = Set(located(kind, base).map(\.id))
        let oursAdded = Dictionary(
            located(kind, ours).filter { !baseIDs.contains($0.id) }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }
        )
        return located(kind, theirs).filter { t in
            guard let o = oursAdded[t.id] else { return false }
            return o != t
        }.map(\.id)
    }

    /// A record of any kind with where it is held, compared as a whole (an item without its revision and time).
    struct Located: Hashable {
        var id: String
        var parent: String?
        var record: MergeRecordValue
    }

    static func located(_ kind: RecordKind, _ book: Book) -> [Located] {
        switch kind {
        case .organisation: return book.organisations.map { Located(id: $0.id, record: .organisation($0)) }
        case .person: return book.people.map { Located(id: $0.id, record: .person($0)) }
        case .venue:
            return book.venues.map {
                var bare = $0
                bare.rooms = []
                return Located(id: $0.id, record: .venue(bare))
            }
        case .room:
            return book.venues.flatMap { v in v.rooms.map { Located(id: $0.id, parent: v.id, record: .room($0)) } }
        case .event:
            return book.events.map {
                var bare = $0
                (bare.orgs, bare.participants, bare.items) = ([], [], [])
                return Located(id: $0.id, record: .event(bare))
            }
        case .item:
            return book.events.flatMap { e in
                e.items.map {
                    var bare = $0
                    (bare.revision, bare.modified) = (0, nil)
                    return Located(id: $0.id, parent: e.id, record: .item(bare))
                }
            }
        }
    }
}

extension Book {
    /// Every record of `kind` whose id is a key of `map` takes the new id, and so does every reference to it.
    mutating func rename(_ kind: RecordKind, _ map: [String: String]) {
        func new(_ id: String) -> String { map[id] ?? id }
        func new(_ id: String?) -> String? { id.map(new) }
        switch kind {
        case .organisation:
            for i in organisations.indices { organisations[i].id = new(organisations[i].id) }
            for i in people.indices { people[i].org = new(people[i].org) }
            for e in events.indices {
                for j in events[e].orgs.indices { events[e].orgs[j].org = new(events[e].orgs[j].org) }
            }
        case .person:
            for i in people.indices { people[i].id = new(people[i].id) }
            for e in events.indices {
                for j in events[e].participants.indices {
                    events[e].participants[j].person = new(events[e].participants[j].person)
                    let approver = events[e].participants[j].leave?.approvedBy
                    events[e].participants[j].leave?.approvedBy = new(approver)
                }
                for j in events[e].items.indices {
                    for k in events[e].items[j].roles.indices {
                        events[e].items[j].roles[k].person = new(events[e].items[j].roles[k].person)
                    }
                }
            }
        case .venue:
            for i in venues.indices { venues[i].id = new(venues[i].id) }
            for e in events.indices { events[e].venue = new(events[e].venue) }
        case .room:
            for i in venues.indices {
                for k in venues[i].rooms.indices { venues[i].rooms[k].id = new(venues[i].rooms[k].id) }
            }
            for e in events.indices {
                for j in events[e].items.indices { events[e].items[j].room = new(events[e].items[j].room) }
            }
        case .event:
            for i in events.indices { events[i].id = new(events[i].id) }
        case .item:
            for e in events.indices {
                for j in events[e].items.indices { events[e].items[j].id = new(events[e].items[j].id) }
            }
        }
    }
}
