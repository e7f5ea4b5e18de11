import PlannerCore

/// What the views derive from the book, kept per book version in the cache: a keystroke that does not change the plan
/// does not re-sort or re-count 10,000 people.
extension AppState {
    /// The event's participants with their people, by invited organisation then pinyin, filtered by `/` (names,
    /// organisations and the words of `ParticipantQuery`) and, at the sign-in desk, by the name typed there. The list
    /// is sorted once per book version; a keystroke searches the roster's search keys (`RosterSearch`, kept while the
    /// roster is the same) through the rows' roster positions, narrowing the last answer when the query grows.
    public var participantRows: FilteredRows<ParticipantListRow> {
        guard let event else { return FilteredRows([]) }
        let sorted = sortedParticipantList(event)
        let filter = filters[.participants] ?? "", desk = signInText
        guard !filter.isEmpty || !desk.isEmpty else { return FilteredRows(sorted.rows) }
        let search = cache.value("participants-filter|\(event.id)", version: history.version) {
            ParticipantFilter(
                NameFilter(rosterSearch.search(of: book.people), rows: sorted.positions), facets: sorted.facets,
                orgOfRow: sorted.orgOfRow, organisations: book.organisations)
        }
        return FilteredRows(sorted.rows, picks: search.rows(filter: filter, desk: desk))
    }

    /// The event's participants in list order, unfiltered (the marked ones are looked up in it).
    var allParticipantRows: [ParticipantListRow] {
        guard let event else { return [] }
        return sortedParticipantList(event).rows
    }

    /// What is typed at the sign-in desk ("" elsewhere).
    var signInText: String {
        if case .signIn(let field) = mode { return field.text }
        return ""
    }

    private func sortedParticipantList(_ event: Event) -> SortedParticipants {
        cache.value("participants|\(event.id)", version: history.version) { sortedParticipants(event) }
    }

    /// How many people each organisation has on its roster, once per book version.
    var rosterSizes: [String: Int] {
        cache.value("rosterSizes", version: history.version) {
            var sizes: [String: Int] = [:]
            for p in book.people { sizes[p.org, default: 0] += 1 }
            return sizes
        }
    }

    /// Each invited organisation's part in the current event (the first entry wins, as in `Event.part(of:)`).
    var partByOrganisation: [String: OrganisationPart] {
        guard let event else { return [:] }
        return cache.value("parts|\(event.id)", version: history.version) {
            Dictionary(event.orgs.map { ($0.org, $0.part) }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// The current event's RSVP per person, once per book version and event.
    var rsvpByPerson: [String: RSVP] {
        guard let event else { return [:] }
        return cache.value("rsvp|\(event.id)", version: history.version) {
            Dictionary(event.participants.map { ($0.person, $0.rsvp) }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// How many of the current event's participants gave each answer, once per book version and event
    /// (not once per frame: a keystroke on a 100,000-person list redraws the header).
    var rsvpCounts: [RSVP: Int] {
        guard let event else { return [:] }
        return cache.value("rsvpCounts|\(event.id)", version: history.version) {
            var counts: [RSVP: Int] = [:]
            for p in event.participants { counts[p.rsvp, default: 0] += 1 }
            return counts
        }
    }

    /// The current event's turnout in total, once per book version and event.
    var totalTurnout: Turnout {
        guard let event else { return Turnout() }
        return cache.value("totalTurnout|\(event.id)", version: history.version) {
            event.turnout(people: peopleByID)
        }
    }

    /// The current event's turnout per organisation, once per book version and event.
    var turnout: [String: Turnout] {
        guard let event else { return [:] }
        return cache.value("turnout|\(event.id)", version: history.version) {
            event.turnoutByOrganisation(people: peopleByID)
        }
    }

    /// Organisation by id, built once per book version (the Participants screen names each shown row's; a frame of
    /// a 100,000-person plan built it for 1,000 organisations on every keystroke).
    var organisationsByID: [String: Organisation] {
        cache.value("organisationsByID", version: history.version) { book.organisationsByID }
    }

    /// Person by id, built once per book version.
    var peopleByID: PersonLookup {
        cache.value("peopleByID", version: history.version) { book.peopleByID }
    }

    /// The event's participants in list order, with each one's position in the roster, facets and organisation. The
    /// order is sorted again only when the roster, the organisations or who takes part changed (`ParticipantOrder`).
    private func sortedParticipants(_ event: Event) -> SortedParticipants {
        let order = participantOrder.order(of: event, people: book.people) { sortOrder(event) }
        let people = book.people
        let rows = zip(order.participants, order.positions).map { p, i in
            ParticipantListRow(person: people[Int(i)], participant: event.participants[p])
        }
        var orgIndex: [String: Int32] = [:]
        for (i, o) in book.organisations.enumerated() where orgIndex[o.id] == nil { orgIndex[o.id] = Int32(i) }
        return SortedParticipants(
            rows: rows, positions: order.positions, facets: rows.map { ParticipantFacets($0.participant, $0.person) },
            orgOfRow: rows.map { orgIndex[$0.person.org] ?? -1 })
    }

    /// By invited organisation, then the others by id, then by pinyin: each row's participant index in the event and
    /// roster position (participants not on the roster are left out).
    private func sortOrder(_ event: Event) -> (participants: [Int], positions: [Int32]) {
        let people = peopleByID
        var orgRank: [String: Int] = [:]
        for (i, o) in event.orgs.enumerated() { orgRank[o.org] = i }
        var found: [(participant: Int, position: Int32)] = []
        found.reserveCapacity(event.participants.count)
        for (k, p) in event.participants.enumerated() {
            guard let i = people.index(of: p.person) else { continue }
            found.append((k, Int32(i)))
        }
        let roster = people.people
        // Each name's place once, not once per comparison.
        let orders = found.map { PinyinKey.order(roster[Int($0.position)].name) }
        let order = found.indices.sorted { i, j in
            let a = roster[Int(found[i].position)], b = roster[Int(found[j].position)]
            let ra = orgRank[a.org] ?? Int.max, rb = orgRank[b.org] ?? Int.max
            if ra != rb { return ra < rb }
            if a.org != b.org { return a.org < b.org }
            return orders[i] < orders[j]
        }
        return (order.map { found[$0].participant }, order.map { found[$0].position })
    }
}

/// The Participants list in its order, with what its filter reads of each row.
struct SortedParticipants {
    var rows: [ParticipantListRow]
    /// Each row's position in the roster.
    var positions: [Int32]
    var facets: [ParticipantFacets]
    /// The position of each row's organisation in the book's organisations (-1 when it has none).
    var orgOfRow: [Int32]
}

/// One row of the Participants screen: the person and their participant record in the current event.
public struct ParticipantListRow: Sendable {
    public let person: Person
    public let participant: Participant

    public var rsvp: RSVP { participant.rsvp }
}
