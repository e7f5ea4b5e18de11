import Foundation
import PlannerCore

/// A journal line's JSON: one history step, with the edit's case name and its values. The records inside an edit
/// (a person, an item, ...) are the plan file's own records (`PlanRecord`).
struct JournalLine: Codable {
    var at: String
    var step: HistoryStep

    private enum Keys: String, CodingKey {
        case at, op, edit
    }

    init(at: String, step: HistoryStep) {
        self.at = at
        self.step = step
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        at = try c.decodeIfPresent(String.self, forKey: .at) ?? ""
        switch try c.decode(String.self, forKey: .op) {
        case "apply": step = .apply(try c.decode(EditCoding.self, forKey: .edit).edit)
        case "undo": step = .undo
        case "redo": step = .redo
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .op, in: c, debugDescription: "unknown step '\(other)'")
        }
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(at, forKey: .at)
        switch step {
        case .apply(let edit):
            try c.encode("apply", forKey: .op)
            try c.encode(EditCoding(edit), forKey: .edit)
        case .undo: try c.encode("undo", forKey: .op)
        case .redo: try c.encode("redo", forKey: .op)
        }
    }
}

/// An `Edit` as JSON: `{"case": "addPerson", "person": {...}}`.
struct EditCoding: Codable {
    let edit: Edit

    init(_ edit: Edit) { self.edit = edit }

    private enum Keys: String, CodingKey {
        case `case`, organisation, person, venue, event, id, details, org, part, rsvp, item, to, shiftFollowing, role,
            index, edits, label, phrase, capacity, leave, attendance, at, quota, conflict
    }

    // Every case of Edit, both ways, in one place: a new case fails to compile here until it is written.
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        func name(_ n: String) throws { try c.encode(n, forKey: .case) }
        switch edit {
        case .addOrganisation(let o):
            try name("addOrganisation")
            try c.encode(PlanRecord.Organisation(o), forKey: .organisation)
        case .updateOrganisation(let o):
            try name("updateOrganisation")
            try c.encode(PlanRecord.Organisation(o), forKey: .organisation)
        case .removeOrganisation(let id):
            try name("removeOrganisation")
            try c.encode(id, forKey: .id)
        case .addPerson(let p):
            try name("addPerson")
            try c.encode(PlanRecord.Person(p), forKey: .person)
        case .updatePerson(let p):
            try name("updatePerson")
            try c.encode(PlanRecord.Person(p), forKey: .person)
        case .removePerson(let id):
            try name("removePerson")
            try c.encode(id, forKey: .id)
        case .addVenue(let v):
            try name("addVenue")
            try c.encode(PlanRecord.Venue(v), forKey: .venue)
        case .updateVenue(let v):
            try name("updateVenue")
            try c.encode(PlanRecord.Venue(v), forKey: .venue)
        case .removeVenue(let id):
            try name("removeVenue")
            try c.encode(id, forKey: .id)
        case .addEvent(let e):
            try name("addEvent")
            try c.encode(PlanRecord.Event(e), forKey: .event)
        case .updateEvent(let id, let d):
            try name("updateEvent")
            try c.encode(id, forKey: .id)
            try c.encode(DetailsCoding(d), forKey: .details)
        case .removeEvent(let id):
            try name("removeEvent")
            try c.encode(id, forKey: .id)
        case .invite(let e, let o, let part):
            try name("invite")
            try c.encode(e, forKey: .event)
            try c.encode(o, forKey: .org)
            try c.encode(PlanRecord.CaseName(part), forKey: .part)
        case .uninvite(let e, let o):
            try name("uninvite")
            try c.encode(e, forKey: .event)
            try c.encode(o, forKey: .org)
        case .setQuota(let e, let o, let quota):
            try name("setQuota")
            try c.encode(e, forKey: .event)
            try c.encode(o, forKey: .org)
            try c.encodeIfPresent(quota, forKey: .quota)
        case .addParticipant(let e, let p, let r, let capacity):
            try name("addParticipant")
            try c.encode(e, forKey: .event)
            try c.encode(p, forKey: .person)
            try c.encode(PlanRecord.CaseName(r), forKey: .rsvp)
            if capacity != .attendee { try c.encode(PlanRecord.CaseName(capacity), forKey: .capacity) }
        case .setCapacity(let e, let p, let capacity):
            try name("setCapacity")
            try c.encode(e, forKey: .event)
            try c.encode(p, forKey: .person)
            try c.encode(PlanRecord.CaseName(capacity), forKey: .capacity)
        case .setLeave(let e, let p, let leave):
            try name("setLeave")
            try c.encode(e, forKey: .event)
            try c.encode(p, forKey: .person)
            try c.encodeIfPresent(leave.map(PlanRecord.Leave.init), forKey: .leave)
        case .setAttendance(let e, let p, let attendance):
            try name("setAttendance")
            try c.encode(e, forKey: .event)
            try c.encode(p, forKey: .person)
            switch attendance {
            case .notYet: break
            case .signedIn(let time):
                try c.encode(PlanRecord.CaseName(PlanRecord.AttendanceName.signedIn), forKey: .attendance)
                try c.encodeIfPresent(time.map(PlanRecord.ClockTime.init), forKey: .at)
            case .absent: try c.encode(PlanRecord.CaseName(PlanRecord.AttendanceName.absent), forKey: .attendance)
            }
        case .setRSVP(let e, let p, let r):
            try name("setRSVP")
            try c.encode(e, forKey: .event)
            try c.encode(p, forKey: .person)
            try c.encode(PlanRecord.CaseName(r), forKey: .rsvp)
        case .removeParticipant(let e, let p):
            try name("removeParticipant")
            try c.encode(e, forKey: .event)
            try c.encode(p, forKey: .person)
        case .addItem(let e, let i):
            try name("addItem")
            try c.encode(e, forKey: .event)
            try c.encode(PlanRecord.AgendaItem(i), forKey: .item)
        case .updateItem(let e, let i):
            try name("updateItem")
            try c.encode(e, forKey: .event)
            try c.encode(PlanRecord.AgendaItem(i), forKey: .item)
        case .moveItem(let e, let i, let to, let shift):
            try name("moveItem")
            try c.encode(e, forKey: .event)
            try c.encode(i, forKey: .id)
            try c.encode(PlanRecord.ClockTime(to), forKey: .to)
            try c.encode(shift, forKey: .shiftFollowing)
        case .removeItem(let e, let i):
            try name("removeItem")
            try c.encode(e, forKey: .event)
            try c.encode(i, forKey: .id)
        case .assign(let e, let i, let r):
            try name("assign")
            try c.encode(e, forKey: .event)
            try c.encode(i, forKey: .id)
            try c.encode(PlanRecord.Role(r), forKey: .role)
        case .updateRole(let e, let i, let index, let r):
            try name("updateRole")
            try c.encode(e, forKey: .event)
            try c.encode(i, forKey: .id)
            try c.encode(index, forKey: .index)
            try c.encode(PlanRecord.Role(r), forKey: .role)
        case .unassign(let e, let i, let index):
            try name("unassign")
            try c.encode(e, forKey: .event)
            try c.encode(i, forKey: .id)
            try c.encode(index, forKey: .index)
        case .settleConflict(let conflict):
            try name("settleConflict")
            try c.encode(PlanRecord.Conflict(conflict), forKey: .conflict)
        case .batch(let edits, let label):
            try name("batch")
            try c.encode(edits.map(EditCoding.init), forKey: .edits)
            // The English text for a reader of the label alone; the phrase, to say it in the reader's language.
            try c.encode(label.description, forKey: .label)
            try c.encode(PhraseCoding(label), forKey: .phrase)
        }
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        func s(_ key: Keys) throws -> String { try c.decode(String.self, forKey: key) }
        switch try s(.case) {
        case "addOrganisation":
            edit = .addOrganisation(try c.decode(PlanRecord.Organisation.self, forKey: .organisation).core)
        case "updateOrganisation":
            edit = .updateOrganisation(try c.decode(PlanRecord.Organisation.self, forKey: .organisation).core)
        case "removeOrganisation": edit = .removeOrganisation(id: try s(.id))
        case "addPerson": edit = .addPerson(try c.decode(PlanRecord.Person.self, forKey: .person).core)
        case "updatePerson": edit = .updatePerson(try c.decode(PlanRecord.Person.self, forKey: .person).core)
        case "removePerson": edit = .removePerson(id: try s(.id))
        case "addVenue": edit = .addVenue(try c.decode(PlanRecord.Venue.self, forKey: .venue).core)
        case "updateVenue": edit = .updateVenue(try c.decode(PlanRecord.Venue.self, forKey: .venue).core)
        case "removeVenue": edit = .removeVenue(id: try s(.id))
        case "addEvent": edit = .addEvent(try c.decode(PlanRecord.Event.self, forKey: .event).core)
        case "updateEvent":
            edit = .updateEvent(id: try s(.id), details: try c.decode(DetailsCoding.self, forKey: .details).details)
        case "removeEvent": edit = .removeEvent(id: try s(.id))
        case "invite":
            edit = .invite(
                event: try s(.event), org: try s(.org),
                part: try c.decode(PlanRecord.CaseName<OrganisationPart>.self, forKey: .part).value)
        case "uninvite": edit = .uninvite(event: try s(.event), org: try s(.org))
        case "setQuota":
            edit = .setQuota(
                event: try s(.event), org: try s(.org), quota: try c.decodeIfPresent(Int.self, forKey: .quota))
        case "addParticipant":
            edit = .addParticipant(
                event: try s(.event), person: try s(.person),
                rsvp: try c.decode(PlanRecord.CaseName<RSVP>.self, forKey: .rsvp).value,
                capacity: try c.decodeIfPresent(PlanRecord.CaseName<Capacity>.self, forKey: .capacity)?.value
                    ?? .attendee)
        case "setCapacity":
            edit = .setCapacity(
                event: try s(.event), person: try s(.person),
                capacity: try c.decode(PlanRecord.CaseName<Capacity>.self, forKey: .capacity).value)
        case "setLeave":
            edit = .setLeave(
                event: try s(.event), person: try s(.person),
                leave: try c.decodeIfPresent(PlanRecord.Leave.self, forKey: .leave)?.core)
        case "setAttendance":
            let attendance: Attendance
            switch try c.decodeIfPresent(PlanRecord.CaseName<PlanRecord.AttendanceName>.self, forKey: .attendance)?
                .value
            {
            case nil: attendance = .notYet
            case .signedIn:
                attendance = .signedIn(at: try c.decodeIfPresent(PlanRecord.ClockTime.self, forKey: .at)?.value)
            case .absent: attendance = .absent
            }
            edit = .setAttendance(event: try s(.event), person: try s(.person), attendance: attendance)
        case "setRSVP":
            edit = .setRSVP(
                event: try s(.event), person: try s(.person),
                rsvp: try c.decode(PlanRecord.CaseName<RSVP>.self, forKey: .rsvp).value)
        case "removeParticipant": edit = .removeParticipant(event: try s(.event), person: try s(.person))
        case "addItem":
            edit = .addItem(event: try s(.event), item: try c.decode(PlanRecord.AgendaItem.self, forKey: .item).core)
        case "updateItem":
            edit = .updateItem(event: try s(.event), item: try c.decode(PlanRecord.AgendaItem.self, forKey: .item).core)
        case "moveItem":
            edit = .moveItem(
                event: try s(.event), item: try s(.id), to: try c.decode(PlanRecord.ClockTime.self, forKey: .to).value,
                shiftFollowing: try c.decode(Bool.self, forKey: .shiftFollowing))
        case "removeItem": edit = .removeItem(event: try s(.event), item: try s(.id))
        case "assign":
            edit = .assign(
                event: try s(.event), item: try s(.id), role: try c.decode(PlanRecord.Role.self, forKey: .role).core)
        case "updateRole":
            edit = .updateRole(
                event: try s(.event), item: try s(.id), index: try c.decode(Int.self, forKey: .index),
                role: try c.decode(PlanRecord.Role.self, forKey: .role).core)
        case "unassign":
            edit = .unassign(event: try s(.event), item: try s(.id), index: try c.decode(Int.self, forKey: .index))
        case "settleConflict":
            edit = .settleConflict(try c.decode(PlanRecord.Conflict.self, forKey: .conflict).core)
        case "batch":
            // A journal of an older Convene has the English label only.
            let label = try c.decodeIfPresent(PhraseCoding.self, forKey: .phrase)?.phrase ?? .verbatim(try s(.label))
            edit = .batch(try c.decode([EditCoding].self, forKey: .edits).map(\.edit), label: label)
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .case, in: c, debugDescription: "unknown edit '\(other)'")
        }
    }
}

/// `EventDetails` as JSON.
private struct DetailsCoding: Codable {
    var title: String
    var theme: String?
    var date: PlanRecord.CivilDate
    var start: PlanRecord.ClockTime
    var end: PlanRecord.ClockTime
    var tz: String
    var venue: String?

    init(_ d: EventDetails) {
        title = d.title
        theme = d.theme
        date = PlanRecord.CivilDate(d.date)
        start = PlanRecord.ClockTime(d.start)
        end = PlanRecord.ClockTime(d.end)
        tz = d.tz
        venue = d.venue
    }

    var details: EventDetails {
        EventDetails(
            title: title, theme: theme, date: date.value, start: start.value, end: end.value, tz: tz, venue: venue)
    }
}
