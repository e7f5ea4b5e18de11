/// What changed between two versions of a book, counted by kind of record, for a sentence an organiser reads
/// ("another writer changed: 2 people added (王芳, 李四), 1 agenda item changed (党建座谈会)").
public struct BookChanges: Equatable, Sendable {
    /// One kind of record with what was added, removed and changed, by name.
    public struct Kind: Equatable, Sendable {
        public let singular: String
        public let plural: String
        public var added: [String] = []
        public var removed: [String] = []
        public var changed: [String] = []

        var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
    }

    public private(set) var kinds: [Kind]

    /// The changes from `old` to `new`, by id.
    public init(from old: Book, to new: Book) {
        var people = Kind(singular: "person", plural: "people")
        compare(old.people, new.people, id: \.id, name: \.name, into: &people)
        var organisations = Kind(singular: "organisation", plural: "organisations")
        compare(old.organisations, new.organisations, id: \.id, name: \.name, into: &organisations)
        var venues = Kind(singular: "venue", plural: "venues")
        compare(old.venues, new.venues, id: \.id, name: \.name, into: &venues)
        var events = Kind(singular: "event", plural: "events")
        var items = Kind(singular: "agenda item", plural: "agenda items")
        var participants = Kind(singular: "participant", plural: "participants")
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
    public func summary(names: Int = 3) -> String {
        guard !isEmpty else { return "no changes to the plan's records" }
        var parts: [String] = []
        for kind in kinds {
            for (list, verb) in [(kind.added, "added"), (kind.removed, "removed"), (kind.changed, "changed")]
            where !list.isEmpty {
                let shown = list.prefix(names).joined(separator: ", ") + (list.count > names ? ", …" : "")
                parts.append("\(list.count) \(list.count == 1 ? kind.singular : kind.plural) \(verb) (\(shown))")
            }
        }
        return parts.joined(separator: "; ")
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
