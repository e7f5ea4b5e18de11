import Phrasebook

/// How serious a problem is.
public enum Severity: String, CaseIterable, Comparable, Sendable {
    case error, warning, note

    public static func < (a: Severity, b: Severity) -> Bool {
        a.rank < b.rank
    }

    /// The place in `allCases`: error first.
    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }
}

/// One thing wrong (or worth knowing) about an event's plan, with the records it concerns.
public struct Problem: Hashable, Sendable {
    public var severity: Severity
    /// Stable code, documented in the README (e.g. `overlap`).
    public var code: String
    public var message: Phrase
    /// Ids of the items, people, organisations and venue concerned, most relevant first.
    public var ids: [String]
    /// The merge conflict a `merge-conflict` problem reports, which resolving it settles.
    public var conflict: MergeConflict? = nil
}

/// The planning rules: everything `convene check` and the Checks screen report.
public enum Checks {
    /// - Parameters:
    ///   - people: the book's people by id, when the caller keeps one (the planner does); else built here.
    ///   - plan: the plan-wide problems (`planProblems(in:)`), when the caller works them out once for several events;
    ///     else worked out here, since every event's check lists them.
    public static func problems(
        in event: Event, book: Book, people lookup: PersonLookup? = nil, plan: [Problem]? = nil
    ) -> [Problem] {
        var out: [Problem] = []
        let people = lookup ?? book.peopleByID, orgs = book.organisationsByID
        func name(_ id: String) -> String { people[id]?.name ?? id }
        func orgName(_ id: String) -> String { orgs[id]?.displayName ?? id }
        let roster = people.people
        let attendingCount = event.participants.count { $0.isComing }
        // Participants as roster positions, each looked up once: no copies of 100,000 records, no hash per use.
        // `listPosition` is each roster position's first place on the list: who takes part, for the parts below.
        // `listedAt` is each listed person's place in the participants.
        var listed: [Int] = [], listedAt: [Int] = [], listedAttends: [Bool] = [], attendingPeople: [Int] = []
        listed.reserveCapacity(event.participants.count)
        listedAt.reserveCapacity(event.participants.count)
        listedAttends.reserveCapacity(event.participants.count)
        var listPosition = [Int32](repeating: -1, count: roster.count)
        var strangers: [String: Int] = [:]
        for (j, p) in event.participants.enumerated() {
            if let i = people.index(of: p.person) {
                let attends = p.isComing
                listed.append(i)
                listedAt.append(j)
                listedAttends.append(attends)
                if attends { attendingPeople.append(i) }
                if listPosition[i] < 0 { listPosition[i] = Int32(j) }
            } else if strangers[p.person] == nil {
                strangers[p.person] = j
            }
        }
        func participant(_ id: String) -> Participant? {
            let j = people.index(of: id).map { Int(listPosition[$0]) } ?? strangers[id] ?? -1
            return j >= 0 ? event.participants[j] : nil
        }

        out += missing(in: event)
        out += duplicates(among: listed, of: roster, orgName: orgName)
        out += plan ?? planProblems(in: book)

        // Organisations: one lookup of each participant's organisation among the invited ones.
        var invitedIndex: [String: Int] = [:]
        for (k, o) in event.orgs.enumerated() where invitedIndex[o.org] == nil { invitedIndex[o.org] = k }
        var uninvited: [String: [String]] = [:]
        var coming = [Int](repeating: 0, count: event.orgs.count)
        for (i, attends) in zip(listed, listedAttends) {
            if let k = invitedIndex[roster[i].org] {
                if attends { coming[k] += 1 }
            } else {
                uninvited[roster[i].org, default: []].append(roster[i].id)
            }
        }
        for (org, ids) in uninvited.sorted(by: { $0.key < $1.key }) {
            out.append(
                Problem(
                    severity: .warning, code: "uninvited-organisation",
                    message:
                        tr(
                            "\(Phrase.series(ids.map(name))) of \(orgName(org)) \(count: ids.count) take part, but \(orgName(org)) is not invited"
                        ),
                    ids: [org] + ids))
        }
        // The index is the organisation's first place in the list, which is `k` itself unless it is listed twice.
        for (k, o) in event.orgs.enumerated() where coming[invitedIndex[o.org, default: k]] == 0 {
            out.append(
                Problem(
                    severity: .warning, code: "no-confirmed-participant",
                    message: tr("\(orgName(o.org)) is invited but nobody from it has confirmed"), ids: [o.org]))
        }
        out += quotas(of: event, coming: coming, firstEntry: invitedIndex, orgName: orgName)
        out += leaveWithoutReason(in: event, name: name)

        // Capacity.
        let venue = event.venue.flatMap(book.venue)
        if let venue, let capacity = venue.capacity, attendingCount > capacity {
            out.append(
                Problem(
                    severity: .error, code: "over-capacity",
                    message:
                        tr("\(count: attendingCount) confirmed participants, but \(venue.name) holds \(capacity)"),
                    ids: [venue.id]))
        }
        for item in event.items {
            guard let id = item.room, let room = venue?.room(id), let cap = room.capacity else { continue }
            let roomName = room.name
            // Everyone coming, the oath review too: those who do not take the oath attend it as observers (列席).
            if attendingCount > cap {
                out.append(
                    Problem(
                        severity: .error, code: "room-over-capacity",
                        message: tr(
                            "'\(item.title)' expects \(attendingCount) people in \(roomName), which holds \(cap)"),
                        ids: [item.id]))
            }
        }

        // Times.
        let items = event.items
        // Each room's items, and those with no room, as positions in start order.
        var itemsInRoom: [String: [Int]] = [:], roomless: [Int] = []
        for (i, item) in items.enumerated() {
            if let room = item.room { itemsInRoom[room, default: []].append(i) } else { roomless.append(i) }
        }
        var latestEnd = Int.min
        for (i, item) in items.enumerated() {
            if item.start < event.start || item.endMinutes > event.end.minutes {
                out.append(
                    Problem(
                        severity: .warning, code: "outside-hours",
                        message:
                            tr(
                                "'\(item.title)' (\(item.start)–\(clock(item.endMinutes))) falls outside the event's hours \(event.start)–\(event.end)"
                            ),
                        ids: [item.id]))
            }
            // Items are in start order, so the ones this item overlaps follow it directly: positions i+1 ..< end.
            // Parallel sessions in different rooms are normal; the same room twice is an error, and an item with
            // no room may be anywhere in the venue, so its overlaps are a warning. One problem of each per item.
            let end = Self.firstIndex(in: items, startingAtOrAfter: item.endMinutes, from: i + 1)
            let sameRoom = item.room.map { Self.positions(in: itemsInRoom[$0] ?? [], after: i, before: end) }
            let unplaced: (first: Int?, count: Int)
            if item.room == nil {
                unplaced = (end > i + 1 ? i + 1 : nil, end - (i + 1))
            } else {
                let positions = Self.positions(in: roomless, after: i, before: end)
                unplaced = (positions.first, positions.count)
            }
            if let sameRoom, let id = item.room, let first = sameRoom.first {
                let room = venue?.room(id)?.name ?? id
                let other = items[first], more = sameRoom.count - 1
                out.append(
                    Problem(
                        severity: .error, code: "overlap",
                        message:
                            more > 0
                            ? tr(
                                "'\(item.title)' (\(item.start)–\(clock(item.endMinutes))) uses \(room) at the same time as '\(other.title)' (\(other.start)–\(clock(other.endMinutes))) and \(count: more) more items; move one or give it another room"
                            )
                            : tr(
                                "'\(item.title)' (\(item.start)–\(clock(item.endMinutes))) uses \(room) at the same time as '\(other.title)' (\(other.start)–\(clock(other.endMinutes))); move one or give it another room"
                            ),
                        ids: [item.id, other.id]))
            }
            if let first = unplaced.first {
                let other = items[first], more = unplaced.count - 1
                out.append(
                    Problem(
                        severity: .warning, code: "overlap",
                        message:
                            more > 0
                            ? tr(
                                "'\(item.title)' (\(item.start)–\(clock(item.endMinutes))) overlaps '\(other.title)' (\(other.start)–\(clock(other.endMinutes))) and \(count: more) more items, and not all have a room; give each its room if they run in parallel"
                            )
                            : tr(
                                "'\(item.title)' (\(item.start)–\(clock(item.endMinutes))) overlaps '\(other.title)' (\(other.start)–\(clock(other.endMinutes))), and not both have a room; give each its room if they run in parallel"
                            ),
                        ids: [item.id, other.id]))
            }
            latestEnd = max(latestEnd, item.endMinutes)
            if i + 1 < items.count {
                let next = items[i + 1]
                if next.start.minutes > latestEnd {
                    out.append(
                        Problem(
                            severity: .note, code: "gap",
                            message:
                                tr(
                                    "\(next.start.minutes - latestEnd) minutes with nothing planned between '\(item.title)' and '\(next.title)' (\(clock(latestEnd))–\(next.start))"
                                ),
                            ids: [item.id, next.id]))
                }
            }
        }

        out += clockChangeProblems(in: event)

        // Parts.
        for item in items {
            for part in item.kind.neededParts where item.roles(part).isEmpty {
                out.append(
                    Problem(
                        severity: .warning, code: "unfilled-part", message: part.missing(in: item.title),
                        ids: [item.id]))
            }
            let speeches = item.roles(.speaker).compactMap(\.minutes).reduce(0, +)
            if speeches > item.minutes {
                out.append(
                    Problem(
                        severity: .error, code: "speeches-overrun",
                        message:
                            tr(
                                "the speeches of '\(item.title)' take \(speeches) minutes, but the item lasts \(item.minutes)"
                            ),
                        ids: [item.id]))
            }
            for role in item.roles {
                guard let p = participant(role.person) else {
                    out.append(
                        Problem(
                            severity: .warning, code: "part-not-participant",
                            message:
                                tr(
                                    "\(name(role.person)) is \(role.part.phrase) of '\(item.title)' but is not a participant"
                                ),
                            ids: [role.person, item.id]))
                    continue
                }
                if let away = partHolderAway(p, name: name(role.person), role: role, item: item) { out.append(away) }
            }
        }
        // Per person, a sweep over their items in start order: each clash with the part that runs longest so far.
        var itemsOf: [String: [Int]] = [:]
        for (i, item) in items.enumerated() {
            for person in Set(item.roles.map(\.person)) { itemsOf[person, default: []].append(i) }
        }
        var clashes: [(first: Int, second: Int, person: String)] = []
        for (person, indices) in itemsOf {
            var longest = indices[0]
            for index in indices.dropFirst() {
                if items[index].start.minutes < items[longest].endMinutes { clashes.append((longest, index, person)) }
                if items[index].endMinutes > items[longest].endMinutes { longest = index }
            }
        }
        for clash in clashes.sorted(by: { ($0.first, $0.second, $0.person) < ($1.first, $1.second, $1.person) }) {
            let a = items[clash.first], b = items[clash.second]
            out.append(
                Problem(
                    severity: .error, code: "double-booked",
                    message: tr("\(name(clash.person)) has parts in '\(a.title)' and '\(b.title)' at the same time"),
                    ids: [clash.person, a.id, b.id]))
        }

        out += oathReview(of: items, attending: attendingPeople, roster: roster, people: people)
        out += quorum(of: items, participants: event.participants, listed: listed, listedAt: listedAt, roster: roster)
        return out.enumerated().sorted { a, b in
            a.element.severity != b.element.severity ? a.element.severity < b.element.severity : a.offset < b.offset
        }.map(\.element)
    }

    /// The first index at or after `from` whose item starts at or after `minute` (items are in start order).
    private static func firstIndex(in items: [AgendaItem], startingAtOrAfter minute: Int, from: Int) -> Int {
        var low = from, high = items.count
        while low < high {
            let mid = (low + high) / 2
            if items[mid].start.minutes < minute { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The positions in `sorted` (ascending) that lie strictly between `after` and `before`.
    private static func positions(in sorted: [Int], after: Int, before: Int) -> ArraySlice<Int> {
        func lowerBound(_ value: Int) -> Int {
            var low = 0, high = sorted.count
            while low < high {
                let mid = (low + high) / 2
                if sorted[mid] < value { low = mid + 1 } else { high = mid }
            }
            return low
        }
        let from = lowerBound(after + 1)
        return sorted[from..<max(from, lowerBound(before))]
    }

    private static func clock(_ minutes: Int) -> String { ClockTime(minutes: min(1440, minutes))?.description ?? "?" }
}
