import Foundation
import PlannerCore

/// The schema, the general way: each record's fields in any order and spacing, absent ones as `null` or left out,
/// mapped onto the core's records. A field the format does not know, a repeated or missing one gives up.
extension PlanFastReader {
    mutating func organisation() throws -> Organisation {
        var id: String?, name: String?, short: String??, branch: String??, contact: String??
        try object { key, r in
            switch key {
            case "id": id = try Self.once(id, r.string())
            case "name": name = try Self.once(name, r.string())
            case "short": short = try Self.once(short, r.optional { try $0.string() })
            case "branch": branch = try Self.once(branch, r.optional { try $0.string() })
            case "contact": contact = try Self.once(contact, r.optional { try $0.string() })
            default: throw PlanScanner.GiveUp()
            }
        }
        guard let id, let name else { throw PlanScanner.GiveUp() }
        return Organisation(id: id, name: name, short: short ?? nil, branch: branch ?? nil, contact: contact ?? nil)
    }

    /// A person: in the written layout through `quickPerson` when that shortcut is on, else the general way.
    mutating func person() throws -> Person {
        if shortcuts.contains(.quickPeople), let quick = quickPerson() {
            stats.quickPeople += 1
            return quick
        }
        stats.generalPeople += 1
        var id: String?, name: String?, latin: String??, org: String?, title: String??
        var politics: Politics??, stage: Stage??, phone: String??, email: String??
        try object { key, r in
            switch key {
            case "id": id = try Self.once(id, r.string())
            case "name": name = try Self.once(name, r.string())
            case "latin": latin = try Self.once(latin, r.optional { try $0.string() })
            case "org": org = try Self.once(org, r.string())
            case "title": title = try Self.once(title, r.optional { try $0.string() })
            case "politics": politics = try Self.once(politics, r.optional { try $0.enumeration(Self.politics) })
            case "stage": stage = try Self.once(stage, r.optional { try $0.enumeration(Self.stages) })
            case "phone": phone = try Self.once(phone, r.optional { try $0.string() })
            case "email": email = try Self.once(email, r.optional { try $0.string() })
            default: throw PlanScanner.GiveUp()
            }
        }
        guard let id, let name, let org else { throw PlanScanner.GiveUp() }
        return Person(
            id: id, name: name, latin: latin ?? nil, org: org, title: title ?? nil,
            politics: (politics ?? nil) ?? .unrecorded, stage: stage ?? nil, phone: phone ?? nil, email: email ?? nil)
    }

    mutating func venue() throws -> Venue {
        var id: String?, name: String?, address: String??, capacity: Int??, rooms: [Room]??, notes: String??
        try object { key, r in
            switch key {
            case "id": id = try Self.once(id, r.string())
            case "name": name = try Self.once(name, r.string())
            case "address": address = try Self.once(address, r.optional { try $0.string() })
            case "capacity": capacity = try Self.once(capacity, r.optional { try $0.int() })
            case "rooms": rooms = try Self.once(rooms, r.optional { try $0.array { try $0.room() } })
            case "notes": notes = try Self.once(notes, r.optional { try $0.string() })
            default: throw PlanScanner.GiveUp()
            }
        }
        guard let id, let name else { throw PlanScanner.GiveUp() }
        return Venue(
            id: id, name: name, address: address ?? nil, capacity: capacity ?? nil,
            rooms: (rooms ?? nil) ?? [], notes: notes ?? nil)
    }

    /// The highest id numbers issued, by kind (`"person" : 30`).
    mutating func issued() throws -> IssuedIDs {
        var numbers: [RecordKind: Int] = [:]
        try object { key, r in
            guard let kind = RecordKind(rawValue: String(decoding: key.bytes, as: UTF8.self)) else {
                throw PlanScanner.GiveUp()
            }
            numbers[kind] = try Self.once(numbers[kind], r.int())
        }
        return IssuedIDs(numbers)
    }

    mutating func room() throws -> Room {
        var id: String?, name: String?, capacity: Int??
        try object { key, r in
            switch key {
            case "id": id = try Self.once(id, r.string())
            case "name": name = try Self.once(name, r.string())
            case "capacity": capacity = try Self.once(capacity, r.optional { try $0.int() })
            default: throw PlanScanner.GiveUp()
            }
        }
        guard let name else { throw PlanScanner.GiveUp() }
        // A file written before rooms had ids has none: `PlanRoomLinks` gives them theirs.
        return Room(id: id ?? "", name: name, capacity: capacity ?? nil)
    }

    mutating func event() throws -> Event {
        var id: String?, title: String?, theme: String??, date: CivilDate?, start: ClockTime?, end: ClockTime?
        var tz: String??, venue: String??, orgs: [EventOrganisation]??, participants: [Participant]??,
            items: [AgendaItem]??
        try object { key, r in
            switch key {
            case "id": id = try Self.once(id, r.string())
            case "title": title = try Self.once(title, r.string())
            case "theme": theme = try Self.once(theme, r.optional { try $0.string() })
            case "date": date = try Self.once(date, r.date())
            case "start": start = try Self.once(start, r.time())
            case "end": end = try Self.once(end, r.time())
            case "tz": tz = try Self.once(tz, r.optional { try $0.string() })
            case "venue": venue = try Self.once(venue, r.optional { try $0.string() })
            case "orgs": orgs = try Self.once(orgs, r.optional { try $0.array { try $0.eventOrganisation() } })
            case "participants":
                participants = try Self.once(participants, r.optional { try $0.array { try $0.participant() } })
            case "items": items = try Self.once(items, r.optional { try $0.array { try $0.item() } })
            default: throw PlanScanner.GiveUp()
            }
        }
        guard let id, let title, let date, let start, let end else { throw PlanScanner.GiveUp() }
        return Event(
            id: id, title: title, theme: theme ?? nil, date: date, start: start, end: end,
            tz: (tz ?? nil) ?? Event.defaultTimeZone, venue: venue ?? nil, orgs: (orgs ?? nil) ?? [],
            participants: (participants ?? nil) ?? [], items: (items ?? nil) ?? [])
    }

    mutating func eventOrganisation() throws -> EventOrganisation {
        var org: String?, part: OrganisationPart?, quota: Int??
        try object { key, r in
            switch key {
            case "org": org = try Self.once(org, r.string())
            case "part": part = try Self.once(part, r.enumeration(Self.organisationParts))
            case "quota": quota = try Self.once(quota, r.optional { try $0.int() })
            default: throw PlanScanner.GiveUp()
            }
        }
        guard let org, let part else { throw PlanScanner.GiveUp() }
        return EventOrganisation(org: org, part: part, quota: quota ?? nil)
    }

    /// A participant: in the written layout through `quickParticipant` when that shortcut is on, else the general way.
    mutating func participant() throws -> Participant {
        if shortcuts.contains(.quickParticipants), let quick = quickParticipant() {
            stats.quickParticipants += 1
            return quick
        }
        stats.generalParticipants += 1
        var person: String?, rsvp: RSVP?, at: ClockTime??, attendance: PlanRecord.AttendanceName??
        var capacity: Capacity??, leave: Leave??
        try object { key, r in
            switch key {
            case "person": person = try Self.once(person, r.string())
            case "rsvp": rsvp = try Self.once(rsvp, r.enumeration(Self.rsvps))
            case "at": at = try Self.once(at, r.optional { try $0.time() })
            case "attendance":
                attendance = try Self.once(attendance, r.optional { try $0.enumeration(Self.attendances) })
            case "capacity": capacity = try Self.once(capacity, r.optional { try $0.enumeration(Self.capacities) })
            case "leave": leave = try Self.once(leave, r.optional { try $0.leave() })
            default: throw PlanScanner.GiveUp()
            }
        }
        guard let person, let rsvp else { throw PlanScanner.GiveUp() }
        let time = at ?? nil
        let state: Attendance
        switch attendance ?? nil {
        case nil: state = .notYet
        case .signedIn: state = .signedIn(at: time)
        case .absent: state = .absent
        }
        // A time without a sign-in means nothing; JSONDecoder's path reads it the same way (and drops it).
        return Participant(
            person: person, rsvp: rsvp, capacity: (capacity ?? nil) ?? .attendee, leave: leave ?? nil,
            attendance: state)
    }

    mutating func leave() throws -> Leave {
        var reason: LeaveReason?, note: String??, approvedBy: String??
        try object { key, r in
            switch key {
            case "reason": reason = try Self.once(reason, r.enumeration(Self.leaveReasons))
            case "note": note = try Self.once(note, r.optional { try $0.string() })
            case "approvedBy": approvedBy = try Self.once(approvedBy, r.optional { try $0.string() })
            default: throw PlanScanner.GiveUp()
            }
        }
        guard let reason else { throw PlanScanner.GiveUp() }
        return Leave(reason: reason, note: note ?? nil, approvedBy: approvedBy ?? nil)
    }

    mutating func item() throws -> AgendaItem {
        var id: String?, kind: ItemKind?, title: String?, start: ClockTime?, minutes: Int?
        var room: String??, notes: String??, roles: [Role]??, revision: Int??, modified: Date??
        var calendarUID: String??
        try object { key, r in
            switch key {
            case "calendarUID": calendarUID = try Self.once(calendarUID, r.optional { try $0.string() })
            case "id": id = try Self.once(id, r.string())
            case "kind": kind = try Self.once(kind, r.enumeration(Self.kinds))
            case "title": title = try Self.once(title, r.string())
            case "start": start = try Self.once(start, r.time())
            case "minutes": minutes = try Self.once(minutes, r.int())
            case "room": room = try Self.once(room, r.optional { try $0.string() })
            case "notes": notes = try Self.once(notes, r.optional { try $0.string() })
            case "roles": roles = try Self.once(roles, r.optional { try $0.array { try $0.role() } })
            case "revision": revision = try Self.once(revision, r.optional { try $0.int() })
            case "modified": modified = try Self.once(modified, r.optional { try $0.timestamp() })
            default: throw PlanScanner.GiveUp()
            }
        }
        guard let id, let kind, let title, let start, let minutes else { throw PlanScanner.GiveUp() }
        return AgendaItem(
            id: id, kind: kind, title: title, start: start, minutes: minutes, room: room ?? nil,
            notes: notes ?? nil, roles: (roles ?? nil) ?? [], revision: (revision ?? nil) ?? 0,
            modified: modified ?? nil, calendarUID: calendarUID ?? nil)
    }

    /// A `PlanRecord.Timestamp`; any other text is left to the careful reader, which names it.
    mutating func timestamp() throws -> Date {
        guard let date = PlanRecord.Timestamp.date(try string()) else { throw PlanScanner.GiveUp() }
        return date
    }

    mutating func role() throws -> Role {
        var person: String?, part: RolePart?, topic: String??, minutes: Int??
        try object { key, r in
            switch key {
            case "person": person = try Self.once(person, r.string())
            case "part": part = try Self.once(part, r.enumeration(Self.parts))
            case "topic": topic = try Self.once(topic, r.optional { try $0.string() })
            case "minutes": minutes = try Self.once(minutes, r.optional { try $0.int() })
            default: throw PlanScanner.GiveUp()
            }
        }
        guard let person, let part else { throw PlanScanner.GiveUp() }
        return Role(person: person, part: part, topic: topic ?? nil, minutes: minutes ?? nil)
    }
}
