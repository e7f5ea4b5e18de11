import PlannerCore

/// One participant with everything the participant list prints, already looked up.
public struct ParticipantRow: Sendable {
    public let person: Person
    public let organisation: Organisation?
    public let rsvp: RSVP
    /// The participant record itself: capacity, leave, attendance.
    public let participant: Participant
    /// The parts the person plays, e.g. [(.speaker, "党建座谈会")].
    public let parts: [(part: RolePart, item: String)]
}

extension ParticipantRow {
    /// The participants of an event, in the order of the invited organisations and then by pinyin name.
    public static func rows(book: Book, event: Event) -> [ParticipantRow] {
        let people = book.peopleByID, orgs = book.organisationsByID
        var parts: [String: [(RolePart, String)]] = [:]
        for item in event.items {
            for role in item.roles { parts[role.person, default: []].append((role.part, item.title)) }
        }
        var orgRank: [String: Int] = [:]
        for (i, o) in event.orgs.enumerated() { orgRank[o.org] = i }
        let rows = event.participants.compactMap { p -> ParticipantRow? in
            guard let person = people[p.person] else { return nil }
            return ParticipantRow(
                person: person, organisation: orgs[person.org], rsvp: p.rsvp, participant: p,
                parts: (parts[person.id] ?? []).map { (part: $0.0, item: $0.1) })
        }
        // Each name's pinyin once, compared by position (no lookups per comparison).
        let keys = rows.map { PinyinKey($0.person.name).syllables }
        let ranks = rows.map { orgRank[$0.person.org] ?? Int.max }
        return rows.indices.sorted { i, j in
            let a = rows[i].person, b = rows[j].person
            if ranks[i] != ranks[j] { return ranks[i] < ranks[j] }
            if a.org != b.org { return a.org < b.org }
            if keys[i] != keys[j] { return keys[i].lexicographicallyPrecedes(keys[j]) }
            return a.id < b.id
        }.map { rows[$0] }
    }

    /// "Speaker·党建座谈会, Host·互动交流"; in Chinese "发言人·党建座谈会，主持人·互动交流".
    func partsText(_ labels: Labels) -> String { partTexts(labels).joined(separator: labels.comma) }

    /// Each part with its item ("Speaker·党建座谈会"), one a string.
    func partTexts(_ labels: Labels) -> [String] { parts.map { "\(labels.part($0.part))·\($0.item)" } }
}
