import PlannerCore

/// A plan as the merge sees it: every record by its path (kind, holding record, id), whole.
typealias FlatBook = [MergeRecordPath: MergeRecordValue]

/// A conflict as the properties compare them: which record, which field (nil: deleted on one side, changed on the
/// other).
struct ConflictKey: Hashable, CustomStringConvertible {
    var record: MergeRecordPath
    var field: String?

    var description: String {
        "\(record.kind.rawValue) \(record.parent.map { $0 + "/" } ?? "")\(record.id).\(field ?? "*")"
    }
}

/// What a three-way merge must give, worked out from the three books by the rules of issue 15 and not by
/// `PlanMerge`'s code:
/// - a record both sides hold is merged field by field (`MergeFields`): a field only one side changed takes that
///   side's value; one both changed (or both added) differently is a conflict and keeps ours; but when the fields
///   taken from theirs cannot go together with ours (`holds`), the record is ours whole and each taken field is a
///   conflict;
/// - a record one side deleted is gone when the other left it as it was, else it is kept with a conflict;
/// - a record one side added is kept; the records a one-sided event or venue holds come with it;
/// - theirs' additions whose ids ours used for something else are renumbered first (`renumbered`);
/// - a person (or participant) kept by such a conflict stays whole: their participant rows and parts that the
///   deleting side removed with them come back from the side that kept them (`keepWhole`).
struct MergeOracle {
    /// The records whose fields the result must have, by path.
    var records: FlatBook = [:]
    /// The records the result must not hold (unless the merge brings one back because the result refers to it).
    var absent: Set<MergeRecordPath> = []
    var conflicts: Set<ConflictKey> = []

    init(base: Book, ours: Book, theirs: Book) {
        let b = MergeOracle.flat(base), o = MergeOracle.flat(ours), t = MergeOracle.flat(theirs)
        var decided: [MergeRecordPath: Decision] = [:]
        let paths = Set(o.keys).union(t.keys).union(b.keys).sorted { MergeOracle.depth($0) < MergeOracle.depth($1) }
        for path in paths {
            let decision: Decision
            switch MergeOracle.parent(of: path).map({ decided[$0] ?? .absent }) {
            case .absent?: decision = .absent
            case .ours?: decision = o[path] == nil ? .absent : .ours
            case .theirs?: decision = t[path] == nil ? .absent : .theirs
            case .merged?, nil: decision = decide(path, b[path], o[path], t[path])
            }
            decided[path] = decision
            switch decision {
            case .absent: absent.insert(path)
            case .ours: records[path] = o[path]
            case .theirs: records[path] = t[path]
            case .merged: break
            }
        }
        keepWhole(o, t)
    }

    /// The rows and parts of a person kept by a deleted-versus-changed conflict, from the side that kept them.
    private mutating func keepWhole(_ o: FlatBook, _ t: FlatBook) {
        for conflict in conflicts where conflict.field == nil {
            let path = conflict.record
            guard path.kind == .person || path.kind == .participant, records[path] != nil else { continue }
            let keeper = o[path] != nil ? o : t
            let person = path.id
            for (p, value) in keeper {
                if path.kind == .participant && p.parent != path.parent { continue }
                if path.kind == .person, p.kind == .participant, p.id == person, absent.contains(p),
                    records[MergeRecordPath(.event, id: p.parent ?? "")] != nil
                {
                    absent.remove(p)
                    records[p] = value
                }
                guard p.kind == .item, case .item(let kept) = value, case .item(var item)? = records[p],
                    kept.roles.contains(where: { $0.person == person }),
                    !item.roles.contains(where: { $0.person == person }),
                    item.roles == kept.roles.filter({ $0.person != person })
                else { continue }
                item.roles = kept.roles
                records[p] = .item(item)
            }
        }
    }

    /// Where a record of the result comes from.
    enum Decision { case absent, ours, theirs, merged }

    private mutating func decide(
        _ path: MergeRecordPath, _ b: MergeRecordValue?, _ o: MergeRecordValue?, _ t: MergeRecordValue?
    ) -> Decision {
        switch (o, t) {
        case (let o?, let t?):
            var merged = o
            var taken: [String] = []
            for field in MergeFields.names(path.kind) where !Self.same(field, o, t) {
                if let b, Self.same(field, b, o) {
                    merged = Self.taking(field, into: merged, from: t)
                    taken.append(field)
                } else if b.map({ !Self.same(field, $0, t) }) ?? true {
                    conflicts.insert(ConflictKey(record: path, field: field))
                }
            }
            if !taken.isEmpty && !Self.holds(merged) {
                merged = o
                for field in taken { conflicts.insert(ConflictKey(record: path, field: field)) }
            }
            records[path] = merged
            return .merged
        case (let o?, nil):
            guard let b else { return .ours }
            if o == b { return .absent }
            conflicts.insert(ConflictKey(record: path, field: nil))
            return .ours
        case (nil, let t?):
            guard let b else { return .theirs }
            if t == b { return .absent }
            conflicts.insert(ConflictKey(record: path, field: nil))
            return .theirs
        case (nil, nil):
            return .absent
        }
    }

    // MARK: - Records as values

    /// What must hold within one record for a plan to load (`Book.consistencyProblems`): a participant who declined
    /// has not signed in, an event ends after it starts, an item lasts at least a minute and ends by midnight.
    static func holds(_ record: MergeRecordValue) -> Bool {
        switch record {
        case .participant(let p): return !(p.rsvp == .declined && p.attendance.isSignedIn)
        case .event(let e): return e.end > e.start
        case .item(let i): return i.minutes >= 1 && i.start.minutes + i.minutes <= 24 * 60
        default: return true
        }
    }

    static func same(_ field: String, _ a: MergeRecordValue, _ b: MergeRecordValue) -> Bool {
        func same<R>(_ table: [MergeField<R>], _ x: R, _ y: R) -> Bool {
            table.first { $0.name == field }.map { $0.same(x, y) } ?? true
        }
        switch (a, b) {
        case (.organisation(let x), .organisation(let y)): return same(MergeFields.organisation, x, y)
        case (.person(let x), .person(let y)): return same(MergeFields.person, x, y)
        case (.venue(let x), .venue(let y)): return same(MergeFields.venue, x, y)
        case (.room(let x), .room(let y)): return same(MergeFields.room, x, y)
        case (.event(let x), .event(let y)): return same(MergeFields.event, x, y)
        case (.eventOrganisation(let x), .eventOrganisation(let y)): return same(MergeFields.eventOrganisation, x, y)
        case (.participant(let x), .participant(let y)): return same(MergeFields.participant, x, y)
        case (.item(let x), .item(let y)): return same(MergeFields.item, x, y)
        default: return false
        }
    }

    static func show(_ field: String, _ a: MergeRecordValue) -> String {
        func show<R>(_ table: [MergeField<R>], _ x: R) -> String { table.first { $0.name == field }?.show(x) ?? "?" }
        switch a {
        case .organisation(let x): return show(MergeFields.organisation, x)
        case .person(let x): return show(MergeFields.person, x)
        case .venue(let x): return show(MergeFields.venue, x)
        case .room(let x): return show(MergeFields.room, x)
        case .event(let x): return show(MergeFields.event, x)
        case .eventOrganisation(let x): return show(MergeFields.eventOrganisation, x)
        case .participant(let x): return show(MergeFields.participant, x)
        case .item(let x): return show(MergeFields.item, x)
        }
    }

    static func taking(_ field: String, into a: MergeRecordValue, from b: MergeRecordValue) -> MergeRecordValue {
        func take<R>(_ table: [MergeField<R>], _ x: R, _ y: R) -> R {
            var x = x
            table.first { $0.name == field }?.take(&x, y)
            return x
        }
        switch (a, b) {
        case (.organisation(let x), .organisation(let y)): return .organisation(take(MergeFields.organisation, x, y))
        case (.person(let x), .person(let y)): return .person(take(MergeFields.person, x, y))
        case (.venue(let x), .venue(let y)): return .venue(take(MergeFields.venue, x, y))
        case (.room(let x), .room(let y)): return .room(take(MergeFields.room, x, y))
        case (.event(let x), .event(let y)): return .event(take(MergeFields.event, x, y))
        case (.eventOrganisation(let x), .eventOrganisation(let y)):
            return .eventOrganisation(take(MergeFields.eventOrganisation, x, y))
        case (.participant(let x), .participant(let y)): return .participant(take(MergeFields.participant, x, y))
        case (.item(let x), .item(let y)): return .item(take(MergeFields.item, x, y))
        default: return a
        }
    }

    /// The records of `book` by path, whole (a venue with its rooms, an event with what it holds).
    static func flat(_ book: Book) -> FlatBook {
        var flat: FlatBook = [:]
        for o in book.organisations { flat[MergeRecordPath(.organisation, id: o.id)] = .organisation(o) }
        for p in book.people { flat[MergeRecordPath(.person, id: p.id)] = .person(p) }
        for v in book.venues {
            flat[MergeRecordPath(.venue, id: v.id)] = .venue(v)
            for r in v.rooms { flat[MergeRecordPath(.room, parent: v.id, id: r.id)] = .room(r) }
        }
        for e in book.events {
            flat[MergeRecordPath(.event, id: e.id)] = .event(e)
            for o in e.orgs {
                flat[MergeRecordPath(.eventOrganisation, parent: e.id, id: o.org)] = .eventOrganisation(o)
            }
            for p in e.participants {
                flat[MergeRecordPath(.participant, parent: e.id, id: p.person)] = .participant(p)
            }
            for i in e.items { flat[MergeRecordPath(.item, parent: e.id, id: i.id)] = .item(i) }
        }
        return flat
    }

    /// The venue holding a room, the event holding an invitation, participant or item; nil for the others.
    static func parent(of path: MergeRecordPath) -> MergeRecordPath? {
        guard let parent = path.parent else { return nil }
        return MergeRecordPath(path.kind == .room ? .venue : .event, id: parent)
    }

    static func depth(_ path: MergeRecordPath) -> Int { path.parent == nil ? 0 : 1 }

    // MARK: - Renumbering

    /// `theirs` with the ids of its additions that ours added with other content (or in another place) renumbered
    /// after the highest number either side issued or uses, in their order, and every reference rewritten. Kinds go
    /// in `RecordKind` order, each compared as renumbered so far: a room of their renumbered venue, or an item of
    /// their renumbered event, is in another place than ours.
    static func renumbered(_ theirs: Book, against ours: Book, base: Book) -> Book {
        var book = theirs
        for kind in RecordKind.allCases {
            let baseIDs = Set(located(kind, base).map(\.id))
            var oursAdded: [String: Located] = [:]
            for l in located(kind, ours) where !baseIDs.contains(l.id) { oursAdded[l.id] = l }
            let clashes = located(kind, book).filter { t in oursAdded[t.id].map { $0 != t } ?? false }.map(\.id)
            guard !clashes.isEmpty else { continue }
            var next =
                [
                    ours.issued[kind], theirs.issued[kind], ours.highestInUse(kind), theirs.highestInUse(kind),
                ].max() ?? 0
            var map: [String: String] = [:]
            for id in clashes {
                next += 1
                map[id] = kind.idPrefix + String(next)
            }
            book = rewritten(book, kind, map)
            book.issued.raise(to: IssuedIDs([kind: next]))
        }
        return book
    }

    /// A record without the records it holds (an item without its revision and time of change), with its place.
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
            return book.venues.map { v in
                Located(
                    id: v.id,
                    record: .venue(
                        Venue(
                            id: v.id, name: v.name, address: v.address, capacity: v.capacity, notes: v.notes)))
            }
        case .room:
            return book.venues.flatMap { v in v.rooms.map { Located(id: $0.id, parent: v.id, record: .room($0)) } }
        case .event:
            return book.events.map { e in
                Located(
                    id: e.id,
                    record: .event(
                        Event(
                            id: e.id, title: e.title, theme: e.theme, date: e.date, start: e.start, end: e.end,
                            tz: e.tz,
                            venue: e.venue)))
            }
        case .item:
            return book.events.flatMap { e in
                e.items.map { i in
                    var bare = i
                    bare.revision = 0
                    bare.modified = nil
                    return Located(id: i.id, parent: e.id, record: .item(bare))
                }
            }
        }
    }

    /// `book` with the ids of `kind` in `map` changed, and every reference to them.
    static func rewritten(_ book: Book, _ kind: RecordKind, _ map: [String: String]) -> Book {
        func new(_ id: String) -> String { map[id] ?? id }
        var book = book
        for i in book.organisations.indices where kind == .organisation {
            book.organisations[i].id = new(book.organisations[i].id)
        }
        for i in book.people.indices {
            if kind == .person { book.people[i].id = new(book.people[i].id) }
            if kind == .organisation { book.people[i].org = new(book.people[i].org) }
        }
        for v in book.venues.indices {
            if kind == .venue { book.venues[v].id = new(book.venues[v].id) }
            for r in book.venues[v].rooms.indices where kind == .room {
                book.venues[v].rooms[r].id = new(book.venues[v].rooms[r].id)
            }
        }
        for e in book.events.indices {
            if kind == .event { book.events[e].id = new(book.events[e].id) }
            if kind == .venue { book.events[e].venue = book.events[e].venue.map(new) }
            for j in book.events[e].orgs.indices where kind == .organisation {
                book.events[e].orgs[j].org = new(book.events[e].orgs[j].org)
            }
            for j in book.events[e].participants.indices where kind == .person {
                book.events[e].participants[j].person = new(book.events[e].participants[j].person)
                let approver = book.events[e].participants[j].leave?.approvedBy
                book.events[e].participants[j].leave?.approvedBy = approver.map(new)
            }
            for j in book.events[e].items.indices {
                if kind == .item { book.events[e].items[j].id = new(book.events[e].items[j].id) }
                if kind == .room { book.events[e].items[j].room = book.events[e].items[j].room.map(new) }
                for k in book.events[e].items[j].roles.indices where kind == .person {
                    book.events[e].items[j].roles[k].person = new(book.events[e].items[j].roles[k].person)
                }
            }
        }
        return book
    }
}
