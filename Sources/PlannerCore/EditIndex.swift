/// Where records stand while edits are applied, so that a batch of n edits costs one pass over the book and
/// then O(1) per edit, not a pass per edit (an import of 20,000 rows made 20,000 arrays of every person's id).
/// Outside a batch each question is one scan of the book, the least one edit can cost; inside a batch the first
/// question builds a table, the adding edits keep it up to date, and any other edit drops it (`forget`).
/// The first record with an id wins, as everywhere else in the planner.
struct EditIndex {
    private(set) var batched: Bool
    private var people: [String: Int]?
    private var organisations: Set<String>?
    private var events: [String: Int]?
    private var items: Set<String>?
    /// Who takes part, by event position; built per event on first use.
    private var participants: [Int: Set<String>] = [:]
    /// How many tables were built from the whole book: what a test reads to see that a batch was one pass.
    private(set) var builds = 0

    init(batched: Bool) { self.batched = batched }

    /// Turns table building on for the edits of a batch.
    mutating func startBatch() { batched = true }

    /// Drops every table, after an edit that moves or removes records.
    mutating func forget() {
        people = nil
        organisations = nil
        events = nil
        items = nil
        participants = [:]
    }

    mutating func personIndex(_ id: String, in book: Book) -> Int? {
        guard batched else { return book.people.firstIndex { $0.id == id } }
        if people == nil {
            // Room for the roster's capacity: an import that reserved its rows fills the table without regrowing it.
            var table = [String: Int](minimumCapacity: book.people.capacity)
            for (i, person) in book.people.enumerated() where table[person.id] == nil { table[person.id] = i }
            people = table
            builds += 1
        }
        return people?[id]
    }

    mutating func organisationExists(_ id: String, in book: Book) -> Bool {
        guard batched else { return book.organisations.contains { $0.id == id } }
        if organisations == nil {
            organisations = Set(book.organisations.map(\.id))
            builds += 1
        }
        return organisations?.contains(id) ?? false
    }

    mutating func eventIndex(_ id: String, in book: Book) -> Int? {
        guard batched else { return book.events.firstIndex { $0.id == id } }
        if events == nil {
            var table = [String: Int](minimumCapacity: book.events.count)
            for (i, event) in book.events.enumerated() where table[event.id] == nil { table[event.id] = i }
            events = table
            builds += 1
        }
        return events?[id]
    }

    mutating func itemExists(_ id: String, in book: Book) -> Bool {
        guard batched else { return book.events.contains { $0.items.contains { $0.id == id } } }
        if items == nil {
            items = Set(book.events.lazy.flatMap { $0.items.map(\.id) })
            builds += 1
        }
        return items?.contains(id) ?? false
    }

    mutating func takesPart(_ person: String, inEvent e: Int, of book: Book) -> Bool {
        guard batched else { return book.events[e].participant(person) != nil }
        if participants[e] == nil {
            participants[e] = Set(book.events[e].participants.map(\.person))
            builds += 1
        }
        return participants[e]?.contains(person) ?? false
    }

    // MARK: - Keeping the tables up to date

    mutating func added(person id: String, at i: Int) {
        if people != nil, people?[id] == nil { people?[id] = i }
    }

    mutating func added(organisation id: String) { organisations?.insert(id) }

    mutating func added(item id: String) { items?.insert(id) }

    mutating func added(participant person: String, toEvent e: Int) { participants[e]?.insert(person) }
}
