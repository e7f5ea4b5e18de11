import Phrasebook

/// One way a book read from a file does not hold together, with where it is.
public struct ConsistencyProblem: Hashable, Sendable, CustomStringConvertible {
    /// Where in the file, e.g. `events[0].items[2].roles[1].person`.
    public let path: String
    public let message: Phrase

    public var description: String { text(.en) }

    /// The problem in `language`: where, then what.
    public func text(_ language: Language) -> String { "\(path): " + message.text(language) }
}

extension Book {
    /// Dangling references, duplicate ids and impossible values; empty when the book holds together.
    public func consistencyProblems() -> [ConsistencyProblem] {
        var problems: [ConsistencyProblem] = []
        func report(_ path: String, _ message: Phrase) { problems.append(.init(path: path, message: message)) }
        /// The set of `ids`, reporting empty and repeated ones.
        func uniqueIDs<Records: Collection>(
            _ records: Records, _ id: (Records.Element) -> String, _ path: String, _ kind: RecordKind
        ) -> Set<String> {
            var seen = Set<String>(minimumCapacity: records.count)
            for (i, record) in records.enumerated() {
                let id = id(record)
                if id.isEmpty { report("\(path)[\(i)].id", tr("\(kind.one) needs an id")) }
                if !seen.insert(id).inserted { report("\(path)[\(i)].id", tr("the id '\(id)' is used twice")) }
            }
            return seen
        }
        let orgIDs = uniqueIDs(organisations, \.id, "organisations", .organisation)
        // Each person's place in the roster, so an event's list is checked for repeats by position, with one hash per
        // participant rather than two (participants are most of a big plan). The roster's own ids are gone through
        // one by one only when the lookup shows a repeat or an id is empty.
        let personIndex = PersonLookup(people)
        if personIndex.count < people.count || people.contains(where: { $0.id.isEmpty }) {
            _ = uniqueIDs(people, \.id, "people", .person)
        }
        var listedIn = [Int32](repeating: -1, count: people.count)
        let venueIDs = uniqueIDs(venues, \.id, "venues", .venue)
        _ = uniqueIDs(events, \.id, "events", .event)
        // Sized up front: growing a set of 10,000 ids rehashes it a dozen times.
        var itemIDs = Set<String>(minimumCapacity: events.reduce(0) { $0 + $1.items.count })
        // Whether each distinct zone is known, asked of Foundation once: most plans have one zone for all events.
        var knownZones: [String: Bool] = [:]
        for (i, p) in people.enumerated() where !orgIDs.contains(p.org) {
            report("people[\(i)].org", tr("'\(p.org)' is not an organisation in this file"))
        }
        var roomIDs = Set<String>()
        for (i, v) in venues.enumerated() {
            if let c = v.capacity, c < 0 { report("venues[\(i)].capacity", tr("must be 0 or more")) }
            for (k, room) in v.rooms.enumerated() {
                if room.id.isEmpty { report("venues[\(i)].rooms[\(k)].id", tr("\(RecordKind.room.one) needs an id")) }
                if !roomIDs.insert(room.id).inserted {
                    report("venues[\(i)].rooms[\(k)].id", tr("the id '\(room.id)' is used twice"))
                }
            }
        }
        for (e, event) in events.enumerated() {
            let at = "events[\(e)]"
            if event.end <= event.start { report("\(at).end", tr("the event ends before it starts")) }
            let known = knownZones[event.tz] ?? Event.isKnownTimeZone(event.tz)
            knownZones[event.tz] = known
            if !known {
                report(
                    "\(at).tz",
                    tr(
                        "event \(event.id) '\(event.title)' is in the time zone '\(event.tz)', which Convene does not know; use an IANA zone such as Asia/Shanghai"
                    )
                )
            }
            if let v = event.venue, !venueIDs.contains(v) {
                report("\(at).venue", tr("'\(v)' is not a venue in this file"))
            }
            for (j, o) in event.orgs.enumerated() {
                if !orgIDs.contains(o.org) {
                    report("\(at).orgs[\(j)].org", tr("'\(o.org)' is not an organisation in this file"))
                }
                if let quota = o.quota, quota < 1 { report("\(at).orgs[\(j)].quota", tr("must be 1 or more")) }
            }
            var strangers = Set<String>()
            for (j, p) in event.participants.enumerated() {
                let twice: Bool
                if let i = personIndex.index(of: p.person) {
                    twice = listedIn[i] == Int32(truncatingIfNeeded: e)
                    listedIn[i] = Int32(truncatingIfNeeded: e)
                } else {
                    report("\(at).participants[\(j)].person", tr("'\(p.person)' is not a person in this file"))
                    twice = !strangers.insert(p.person).inserted
                }
                if twice { report("\(at).participants[\(j)].person", tr("'\(p.person)' is listed twice")) }
                if let approver = p.leave?.approvedBy, !personIndex.contains(approver) {
                    report(
                        "\(at).participants[\(j)].leave.approvedBy", tr("'\(approver)' is not a person in this file"))
                }
                if p.rsvp == .declined, p.attendance.isSignedIn {
                    report("\(at).participants[\(j)].attendance", tr("'\(p.person)' declined but is signed in"))
                }
            }
            let rooms = Set(event.venue.flatMap(venue)?.rooms.map(\.id) ?? [])
            for (j, item) in event.items.enumerated() {
                let itemAt = "\(at).items[\(j)]"
                if let room = item.room, !rooms.contains(room) {
                    report("\(itemAt).room", tr("'\(room)' is not a room of the event's venue"))
                }
                if !itemIDs.insert(item.id).inserted { report("\(itemAt).id", tr("the id '\(item.id)' is used twice")) }
                if item.minutes < 1 || item.endMinutes > 1440 {
                    report("\(itemAt).minutes", tr("must be at least 1 and end by 24:00"))
                }
                if item.revision < 0 {
                    report(
                        "\(itemAt).revision", tr("a revision is a whole number of at least 0 (got \(item.revision))"))
                }
                for (k, role) in item.roles.enumerated() {
                    if !personIndex.contains(role.person) {
                        report("\(itemAt).roles[\(k)].person", tr("'\(role.person)' is not a person in this file"))
                    }
                    if let minutes = role.minutes, !(1...1440).contains(minutes) {
                        report("\(itemAt).roles[\(k)].minutes", tr("a speech lasts 1 to 1440 minutes (got \(minutes))"))
                    }
                }
            }
        }
        return problems
    }
}
