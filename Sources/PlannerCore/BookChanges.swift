import Phrasebook

/// What changed between two versions of a book, counted by kind of record, for a sentence an organiser reads
/// ("another writer changed: 2 people added (王芳, 李四), 1 agenda item changed (党建座谈会)").
public struct BookChanges: Equatable, Sendable {
    /// One kind of record with what was added, removed and changed, by name.
    public struct Kind: Equatable, Sendable {
        /// "3 people", "1 participant": the kind counted, in the reader's language.
        public let counted: @Sendable (Int) -> Phrase
        public var added: [String] = []
        public var removed: [String] = []
        public var changed: [String] = []

        var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

        init(_ counted: @escaping @Sendable (Int) -> Phrase) { self.counted = counted }

        public static func == (a: Kind, b: Kind) -> Bool {
            a.counted(2) == b.counted(2) && a.added == b.added && a.removed == b.removed && a.changed == b.changed
        }
    }

    public private(set) var kinds: [Kind]

    /// The changes from `old` to `new`, by id.
    public init(from old: Book, to new: Book) {
        var people = Kind(RecordKind.person.counted)
        compare(old.people, new.people, id: \.id, name: \.name, into: &people)
        var organisations = Kind(RecordKind.organisation.counted)
        compare(old.organisations, new.organisations, id: \.id, name: \.name, into: &organisations)
        var venues = Kind(RecordKind.venue.counted)
        compare(old.venues, new.venues, id: \.id, name: \.name, into: &venues)
        var events = Kind(RecordKind.event.counted)
        var items = Kind { tr("\(count: $0) agenda items") }
        var participants = Kind { tr("\(count: $0) participants") }
        let oldEvents = Dictionary(old.events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for event in new.events {
            guard let before = oldEvents[event.id] else { continue }
            if EventDetails(of: before) != EventDetails(of: event) || before.orgs != event.orgs {
                events.changed.append(event.title)
            }
            compare(before.items, event.items, id: \.id, name: \.title, into: &items)
            let names = Dictionary(new.people.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
                .merging(old.people.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            compare(
                before.participants, event.participants, id: \.person, name: { names[$0.person] ?? $0.person },
                into: &participants)
        }
        let newIDs = Set(new.events.map(\.id))
        events.added = new.events.filter { oldEvents[$0.id] == nil }.map(\.title)
        events.removed = old.events.filter { !newIDs.contains($0.id) }.map(\.title)
        kinds = [organisations, people, venues, events, items, participants].filter { !$0.isEmpty }
    }

    public var isEmpty: Bool { kinds.isEmpty }

    /// "2 people added (王芳, 李四); 1 agenda item changed (党建座谈会)", at most `names` names each.
    public func summary(names: Int = 3) -> Phrase {
        guard !isEmpty else { return tr("no changes to the plan's records") }
        var parts: [Phrase] = []
        for kind in kinds {
            for (list, verb) in [(kind.added, 0), (kind.removed, 1), (kind.changed, 2)] where !list.isEmpty {
                var shown = list.prefix(names).map(Phrase.verbatim)
                if list.count > names { shown.append(.verbatim("…")) }
                let counted = kind.counted(list.count), names = Phrase.series(shown)
                switch verb {
                case 0: parts.append(tr("\(counted) added (\(names))"))
                case 1: parts.append(tr("\(counted) removed (\(names))"))
                default: parts.append(tr("\(counted) changed (\(names))"))
                }
            }
        }
        return .clauses(parts)
    }
}

private func compare<T: Equatable>(
    _ old: [T], _ new: [T], id: (T) -> String, name: (T) -> String, into kind: inout BookChanges.Kind
) {
    var before: [String: T] = [:]
    for record in old { before[id(record)] = before[id(record)] ?? record }
    var seen = Set<String>()
    for record in new {
        let key = id(record)
        seen.insert(key)
        if let was = before[key] {
            if was != record { kind.changed.append(name(record)) }
        } else {
            kind.added.append(name(record))
        }
    }
    for record in old where !seen.contains(id(record)) { kind.removed.append(name(record)) }
}
