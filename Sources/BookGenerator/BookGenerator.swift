import PlannerCore

/// Builds synthetic books of a given size for benchmarks and tests: organisations and people with Chinese (and some
/// Latin) names, mixed party statuses, venues with rooms, and events whose items cover every kind with their parts.
///
/// Everything is drawn from a `SplitMix64` seeded by `seed`, so the same options always give the same book.
/// The first event invites every organisation and everyone (an annual assembly), so its participant list is as long
/// as the roster; the others invite 3–8 organisations and about 20 people from each.
public struct BookGenerator: Sendable {
    public var organisations: Int
    public var people: Int
    public var events: Int
    public var itemsPerEvent: Int
    public var seed: UInt64

    public init(organisations: Int, people: Int, events: Int, itemsPerEvent: Int, seed: UInt64 = 1) {
        self.organisations = max(1, organisations)
        self.people = max(0, people)
        self.events = max(0, events)
        self.itemsPerEvent = max(0, min(itemsPerEvent, 60))
        self.seed = seed
    }

    /// The benchmark's shape: one organisation per 100 people, 200 events of 10 items.
    public static func standard(people: Int, seed: UInt64 = 1) -> BookGenerator {
        BookGenerator(organisations: max(1, people / 100), people: people, events: 200, itemsPerEvent: 10, seed: seed)
    }

    public func make() -> Book {
        var rng = SplitMix64(seed: seed)
        let orgs = makeOrganisations(&rng)
        let people = makePeople(&rng, orgs: orgs)
        let venues = makeVenues(&rng)
        var membersByOrg = Array(repeating: [Int](), count: orgs.count)
        for (i, p) in people.enumerated() { membersByOrg[Self.number(p.org) - 1].append(i) }
        var events: [Event] = []
        var nextItem = 1
        for e in 0..<self.events {
            events.append(
                makeEvent(
                    &rng, number: e, people: people, membersByOrg: membersByOrg, venues: venues, nextItem: &nextItem))
        }
        var book = Book(
            organisations: orgs, people: people, venues: venues, events: events,
            identity: "generated-\(seed)")
        book.noteIDsInUse()
        return book
    }

    // MARK: - Records

    func makeOrganisations(_ rng: inout SplitMix64) -> [Organisation] {
        var used = Set<String>()
        return (1...organisations).map { n in
            let core = rng.pick(Names.cores), industry = rng.pick(Names.industries)
            var name = rng.pick(Names.cities) + core + industry + rng.pick(Names.suffixes)
            if !used.insert(name).inserted {
                name += "第\(n)分公司"
                used.insert(name)
            }
            let contact = rng.chance(60) ? "020-\(rng.within(8000_0000...8999_9999))" : nil
            return Organisation(
                id: "o\(n)", name: name, short: rng.chance(80) ? core + industry : nil,
                branch: rng.chance(85) ? name + "党支部" : nil, contact: contact)
        }
    }

    func makePeople(_ rng: inout SplitMix64, orgs: [Organisation]) -> [Person] {
        guard people > 0 else { return [] }
        return (1...people).map { n in
            // Every organisation gets someone; the rest are spread at random.
            let org = n <= orgs.count ? n : rng.within(1...orgs.count)
            let name: String, latin: String?
            if rng.chance(4) {
                name = rng.pick(Names.latinFirst) + " " + rng.pick(Names.latinLast)
                latin = nil
            } else {
                let surname = rng.pick(Names.surnames)
                var given = [rng.pick(Names.given)]
                if rng.chance(80) { given.append(rng.pick(Names.given)) }
                name = surname.0 + given.map(\.0).joined()
                let pinyin = given.map(\.1).joined()
                latin = rng.chance(70) ? surname.1 + " " + pinyin.prefix(1).uppercased() + pinyin.dropFirst() : nil
            }
            let roll = rng.below(100)
            let politics: Politics =
                roll < 50
                ? .member : roll < 60 ? .probationary : roll < 75 ? .masses : roll < 85 ? .league : .unrecorded
            // Some non-members are in the membership pipeline.
            let stage: Stage? =
                roll >= 60 && roll < 85 && roll % 4 == 0 ? (roll % 8 == 0 ? .activist : .candidate) : nil
            return Person(
                id: "p\(n)", name: name, latin: latin, org: "o\(org)",
                title: rng.chance(75) ? rng.pick(Names.titles) : nil, politics: politics, stage: stage,
                phone: rng.chance(70) ? "13\(rng.within(0...9))\(rng.within(1000_0000...9999_9999))" : nil,
                email: rng.chance(40) ? "p\(n)@example.com" : nil)
        }
    }

    func makeVenues(_ rng: inout SplitMix64) -> [Venue] {
        let count = max(2, min(40, events / 10))
        var nextRoom = 1
        return (1...count).map { n in
            let roomCount = rng.within(1...4)
            var names = Names.roomNames
            let rooms = (0..<roomCount).map { _ -> Room in
                let name = names.remove(at: rng.below(names.count))
                defer { nextRoom += 1 }
                return Room(
                    id: "r\(nextRoom)", name: name,
                    capacity: rng.chance(80) ? rng.pick([30, 50, 80, 120, 200, 500]) : nil)
            }
            let base = Names.venueNames[(n - 1) % Names.venueNames.count]
            return Venue(
                id: "v\(n)", name: n <= Names.venueNames.count ? base : "\(base)（\(n)）",
                address: "广州市" + rng.pick(Names.districts) + "\(rng.within(1...300))号",
                capacity: rng.chance(70) ? rng.pick([100, 200, 500, 1000]) : nil, rooms: rooms,
                notes: rng.chance(30) ? "请提前30分钟到场签到" : nil)
        }
    }

    func makeEvent(
        _ rng: inout SplitMix64, number e: Int, people: [Person], membersByOrg: [[Int]], venues: [Venue],
        nextItem: inout Int
    ) -> Event {
        let orgCount = membersByOrg.count
        // Which organisations, and who from them.
        var invited: [Int]
        if e == 0 {
            invited = Array(0..<orgCount)
        } else {
            var chosen = Set<Int>()
            let want = min(orgCount, rng.within(3...8))
            invited = []
            while invited.count < want {
                let o = rng.below(orgCount)
                if chosen.insert(o).inserted { invited.append(o) }
            }
        }
        let orgs = invited.enumerated().map { i, o in
            EventOrganisation(org: "o\(o + 1)", part: i == 0 ? .guiding : i == 1 ? .host : .participant)
        }
        var participants: [Participant] = []
        for o in invited {
            // About 20 people from each organisation (everybody at the annual assembly).
            let members = membersByOrg[o]
            for p in members where e == 0 || rng.below(members.count) < 20 {
                let roll = rng.below(100)
                let rsvp: RSVP = roll < 20 ? .invited : roll < 90 ? .confirmed : .declined
                // Capacity from the person's 政治面貌 (no draws of its own, so the plan stays as it was otherwise).
                let capacity: Capacity =
                    switch people[p].politics {
                    case .unrecorded: .guest
                    case .masses: .representative
                    default: .attendee
                    }
                let attendance: Attendance =
                    roll >= 70 && roll < 90 ? .signedIn(at: ClockTime(minutes: 8 * 60 + 30 + roll % 30)) : .notYet
                let leave = roll < 20 && roll % 10 == 0 ? Leave(reason: .personal, note: "出差") : nil
                participants.append(
                    Participant(
                        person: people[p].id, rsvp: rsvp, capacity: capacity, leave: leave, attendance: attendance))
            }
        }
        // Parts go mostly to participants who come; a few to people outside the list (which Checks reports).
        let coming = participants.filter { $0.rsvp == .confirmed }.map(\.person)
        let members = coming.filter { id in people[Self.number(id) - 1].politics.isPartyMember }
        func someone(partyMember: Bool = false) -> String {
            let pool = partyMember && !members.isEmpty ? members : coming
            if pool.isEmpty || rng.chance(2) { return people.isEmpty ? "p1" : people[rng.below(people.count)].id }
            return rng.pick(pool)
        }

        let venue = venues[rng.below(venues.count)]
        // 2024-01-01 plus 0...366 days.
        guard
            let date = CivilDate(year: 2024, month: 1, day: 1)?.addingDays(e * 365 / max(1, events) + (e == 0 ? 0 : 1))
        else { preconditionFailure("2024-01-01 plus at most 366 days is a date") }
        let start = 8 * 60 + 30 + 30 * rng.below(3)
        let slot = max(5, min(40, (23 * 60 - start) / max(1, itemsPerEvent)))
        var minute = start
        var items: [AgendaItem] = []
        let shift = rng.below(ItemKind.allCases.count)
        for j in 0..<itemsPerEvent {
            let kind = ItemKind.allCases[(j + shift) % ItemKind.allCases.count]
            let minutes = rng.within(max(5, slot / 2)...slot)
            var roles: [Role] = []
            if !people.isEmpty {
                switch kind {
                case .oath: roles = [Role(person: someone(partyMember: true), part: .leader)]
                case .visit: roles = [Role(person: someone(), part: .narrator)]
                case .symposium:
                    roles = [Role(person: someone(), part: .host)]
                    let speakers = rng.within(1...3)
                    for _ in 0..<speakers {
                        roles.append(
                            Role(
                                person: someone(), part: .speaker, topic: rng.chance(80) ? rng.pick(Names.topics) : nil,
                                minutes: rng.chance(70) ? max(1, minutes / (speakers + 1)) : nil))
                    }
                    if rng.chance(60) { roles.append(Role(person: someone(), part: .recorder)) }
                case .discussion:
                    roles = [Role(person: someone(), part: .host)]
                    if rng.chance(60) { roles.append(Role(person: someone(), part: .recorder)) }
                case .meeting:
                    roles = [
                        Role(person: someone(partyMember: true), part: .host), Role(person: someone(), part: .recorder),
                    ]
                case .other:
                    if rng.chance(30) { roles = [Role(person: someone(), part: .recorder)] }
                }
            }
            let room = venue.rooms.isEmpty || rng.chance(10) ? nil : rng.pick(venue.rooms).id
            items.append(
                AgendaItem(
                    id: "i\(nextItem)", kind: kind, title: rng.pick(Names.itemTitles(kind)),
                    start: Self.time(minute), minutes: minutes, room: room,
                    notes: rng.chance(10) ? "备注：请准备材料" : nil, roles: roles))
            nextItem += 1
            // Now and then a gap, rarely an overlap: things Checks should find.
            minute += minutes + (rng.chance(15) ? 10 : 0) - (rng.chance(3) ? min(5, minutes - 1) : 0)
        }
        let end = min(1440, max(minute, start + 60))
        return Event(
            id: "e\(e + 1)", title: rng.pick(Names.eventTitles) + (e == 0 ? "（年度全体大会）" : "（第\(e + 1)期）"),
            theme: rng.pick(Names.eventThemes), date: date, start: Self.time(start),
            end: Self.time(end), venue: venue.id, orgs: orgs, participants: participants, items: items)
    }

    /// The number in an id the generator wrote ("p12" → 12, "o3" → 3).
    private static func number(_ id: String) -> Int {
        guard let n = Int(id.dropFirst()) else { preconditionFailure("the generator numbers its ids p1, o1, …: \(id)") }
        return n
    }

    /// A time of day, at most 24:00: with very many items per event the last ones would start past midnight.
    private static func time(_ minutes: Int) -> ClockTime {
        guard let time = ClockTime(minutes: min(1440, max(0, minutes))) else {
            preconditionFailure("0...1440 is a time of day")
        }
        return time
    }
}
