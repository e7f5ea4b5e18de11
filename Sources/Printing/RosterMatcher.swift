import PlannerCore

/// Tells, row by row, whether an imported person is already present: same name (`RosterName.comparable`: `王　芳` is
/// `王芳`) in the same organisation, on the
/// book's roster or earlier in the file. `RosterImport.match` uses it on a whole file; an import that applies rows
/// as it reads them asks it one row at a time.
public struct RosterMatcher {
    /// How many people the book had at the start: people added since come from the file and are matched by `seen`.
    private let people: Int
    /// The organisations whose people are keyed in `existing`; nil when they are keyed as rows first name them.
    private var keyed: Set<String>
    private let keysAsNeeded: Bool
    private var existing: [String: (id: String, name: String)] = [:]
    private var seen: [String: Int] = [:]

    /// A matcher for rows of `orgs`, keyed now; with `orgs` nil, each organisation's people are keyed the first time
    /// a row names it (one pass over the roster per organisation of the file). Only the rosters the file adds to are
    /// keyed: importing 1,000 rows into a 100,000-person plan keys one organisation's people, not everyone's.
    public init(book: Book, orgs: Set<String>? = nil) {
        people = book.people.count
        keyed = []
        keysAsNeeded = orgs == nil
        if let orgs { key(orgs, of: book) }
        // An import that reserved room on the roster for its rows has as many to remember.
        seen.reserveCapacity(book.people.capacity - book.people.count)
    }

    /// The match for `row`, or nil when it is someone new (then a later row with the same name matches it). `book`
    /// is the book the matcher was made for, perhaps with people added since at the end of its roster.
    public mutating func match(_ row: ImportedPerson, in book: Book) -> RosterPlan.Match? {
        if keysAsNeeded, !keyed.contains(row.org) { key([row.org], of: book) }
        let k = Self.key(row.name, row.org)
        if let (id, name) = existing[k] {
            return .init(row: row, existing: id, earlierLine: nil, existingName: name == row.name ? nil : name)
        }
        if let line = seen[k] { return .init(row: row, existing: nil, earlierLine: line) }
        seen[k] = row.line
        return nil
    }

    private mutating func key(_ orgs: Set<String>, of book: Book) {
        keyed.formUnion(orgs)
        for p in book.people[..<min(people, book.people.count)] where orgs.contains(p.org) {
            let k = Self.key(p.name, p.org)
            if existing[k] == nil { existing[k] = (p.id, p.name) }
        }
    }

    static func key(_ name: String, _ org: String) -> String { org + "\u{0}" + RosterName.comparable(name.trimmed) }
}
