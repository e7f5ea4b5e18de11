import Foundation
import Phrasebook

extension Book {
    /// The book with `edit` applied, or a `PlanError` saying why it cannot be; `self` is never half-changed.
    /// `now` is when the edit happens: the `modified` time of the agenda items it changes.
    public func applying(_ edit: Edit, at now: Date = Date()) throws -> Book {
        var copy = self
        try copy.apply(edit, at: now)
        return copy
    }

    mutating func apply(_ edit: Edit, at now: Date = Date()) throws {
        var index = EditIndex(batched: false)
        try apply(edit, index: &index, at: now)
    }

    /// `applying`, and how many lookup tables it built from the whole book (one per kind a batch looks up).
    func applyingCountingTables(_ edit: Edit) throws -> (book: Book, tables: Int) {
        var copy = self
        var index = EditIndex(batched: false)
        try copy.apply(edit, index: &index, at: Date())
        return (copy, index.builds)
    }

    /// Applies `edit` (`applyUnshared`); in a shared copy, refuses it and leaves the book as it was when it changes
    /// anything the copy's reply could not bring in (`shareRefusal(after:)`). A plan of one's own is not looked at.
    mutating func apply(_ edit: Edit, index: inout EditIndex, at now: Date) throws {
        guard share != nil else { return try applyUnshared(edit, index: &index, at: now) }
        let before = self
        try applyUnshared(edit, index: &index, at: now)
        if let refusal = before.shareRefusal(after: self) {
            self = before
            index.forget()
            throw PlanError.refused(refusal)
        }
    }

    /// Applies `edit`, then advances the revision of every agenda item it changed (`revisingItems`).
    private mutating func applyUnshared(_ edit: Edit, index: inout EditIndex, at now: Date) throws {
        if case .batch(let edits, _) = edit {
            index.startBatch()
            for edit in edits { try applyUnshared(edit, index: &index, at: now) }
            return
        }
        if case .settleConflict(let conflict) = edit {
            guard let k = conflicts.firstIndex(of: conflict) else {
                throw PlanError.refused(tr("this merge conflict is already resolved"))
            }
            conflicts.remove(at: k)
            return
        }
        try revisingItems(of: edit, index: &index, at: now) { try $0.applyContent(edit, index: &$1) }
    }

    private mutating func applyContent(_ edit: Edit, index: inout EditIndex) throws {
        defer { if !Self.keepsIndex(edit) { index.forget() } }
        switch edit {
        case .addOrganisation(let org):
            try requireNewID(org.id, taken: index.organisationExists(org.id, in: self), kind: .organisation)
            try validate(org)
            organisations.append(org)
            issued.note(org.id, .organisation)
            index.added(organisation: org.id)
        case .updateOrganisation(let org):
            let i = try found(organisations.firstIndex { $0.id == org.id }, org.id, kind: .organisation)
            try validate(org)
            organisations[i] = org
        case .removeOrganisation(let id):
            let i = try found(organisations.firstIndex { $0.id == id }, id, kind: .organisation)
            let count = people.lazy.filter { $0.org == id }.count
            guard count == 0 else {
                throw PlanError.refused(
                    tr(
                        "\(organisations[i].name) still has \(RecordKind.person.counted(count)) on its roster; move or remove them first"
                    )
                )
            }
            organisations.remove(at: i)
            for e in events.indices { events[e].orgs.removeAll { $0.org == id } }
        case .addPerson(let person):
            try requireNewID(person.id, taken: index.personIndex(person.id, in: self) != nil, kind: .person)
            try validate(person, index: &index)
            people.append(person)
            issued.note(person.id, .person)
            index.added(person: person.id, at: people.count - 1)
        case .updatePerson(let person):
            let i = try found(index.personIndex(person.id, in: self), person.id, kind: .person)
            try validate(person, index: &index)
            people[i] = person
        case .removePerson(let id):
            let i = try found(index.personIndex(id, in: self), id, kind: .person)
            people.remove(at: i)
            for e in events.indices {
                events[e].participants.removeAll { $0.person == id }
                // An approval by someone no longer on the roster stays as leave, without the approver (undo restores it).
                for j in events[e].participants.indices where events[e].participants[j].leave?.approvedBy == id {
                    events[e].participants[j].leave?.approvedBy = nil
                }
                for j in events[e].items.indices { events[e].items[j].roles.removeAll { $0.person == id } }
            }
        case .addVenue(let venue):
            try requireNewID(venue.id, taken: venues.contains { $0.id == venue.id }, kind: .venue)
            try validate(venue)
            venues.append(venue)
            noteIssued(venue)
        case .updateVenue(let venue):
            let i = try found(venues.firstIndex { $0.id == venue.id }, venue.id, kind: .venue)
            try validate(venue)
            try requireRoomsUnused(removedFrom: venues[i], by: venue)
            venues[i] = venue
            noteIssued(venue)
        case .removeVenue(let id):
            let i = try found(venues.firstIndex { $0.id == id }, id, kind: .venue)
            if let user = events.first(where: { $0.venue == id }) {
                throw PlanError.refused(
                    tr("\(venues[i].name) is the venue of '\(user.title)'; choose another venue for it first"))
            }
            venues.remove(at: i)
        case .addEvent(let event):
            try requireNewID(event.id, taken: index.eventIndex(event.id, in: self) != nil, kind: .event)
            try validate(EventDetails(of: event))
            var e = event
            e.sortItems()
            events.append(e)
            issued.note(e.id, .event)
            for item in e.items { issued.note(item.id, .item) }
            // Validate the contents through the ordinary edits so a template cannot smuggle in bad data.
            try validateContents(ofEvent: events.count - 1, index: &index)
        case .updateEvent(let id, let details):
            let i = try found(index.eventIndex(id, in: self), id, kind: .event)
            try validate(details)
            events[i].title = details.title.trimmed
            events[i].theme = details.theme?.trimmedOrNil
            events[i].date = details.date
            events[i].start = details.start
            events[i].end = details.end
            events[i].tz = details.tz
            if events[i].venue != details.venue {
                // Rooms belong to a venue: an item keeps its room only where the new venue has it.
                let rooms = Set(details.venue.flatMap(venue)?.rooms.map(\.id) ?? [])
                for j in events[i].items.indices where events[i].items[j].room.map(rooms.contains) == false {
                    events[i].items[j].room = nil
                }
            }
            events[i].venue = details.venue
        case .removeEvent(let id):
            let i = try found(index.eventIndex(id, in: self), id, kind: .event)
            events.remove(at: i)
        case .invite(let event, let org, let part):
            let e = try found(index.eventIndex(event, in: self), event, kind: .event)
            guard index.organisationExists(org, in: self) else {
                throw PlanError.notFound(kind: .organisation, reference: org, suggestions: [])
            }
            if let j = events[e].orgs.firstIndex(where: { $0.org == org }) {
                events[e].orgs[j].part = part
            } else {
                events[e].orgs.append(EventOrganisation(org: org, part: part))
            }
        case .uninvite(let event, let org):
            let e = try found(index.eventIndex(event, in: self), event, kind: .event)
            guard let j = events[e].orgs.firstIndex(where: { $0.org == org }) else {
                throw PlanError.refused(tr("\(organisation(org)?.name ?? org) is not invited to '\(events[e].title)'"))
            }
            events[e].orgs.remove(at: j)
        case .setQuota(let event, let org, let quota):
            let e = try found(index.eventIndex(event, in: self), event, kind: .event)
            guard let j = events[e].orgs.firstIndex(where: { $0.org == org }) else {
                throw PlanError.refused(
                    tr("\(organisation(org)?.name ?? org) is not invited to '\(events[e].title)'; invite it first"))
            }
            if let quota, quota < 1 {
                throw PlanError.invalid(
                    field: tr("quota"),
                    message: tr("a quota is at least 1 person (got \(quota)); leave it empty for none"))
            }
            events[e].orgs[j].quota = quota
        case .addParticipant(let event, let person, let rsvp, let capacity):
            let e = try found(index.eventIndex(event, in: self), event, kind: .event)
            _ = try found(index.personIndex(person, in: self), person, kind: .person)
            guard !index.takesPart(person, inEvent: e, of: self) else {
                throw PlanError.refused(
                    tr("\(self.person(person)?.name ?? person) already takes part in '\(events[e].title)'"))
            }
            events[e].participants.append(Participant(person: person, rsvp: rsvp, capacity: capacity))
            index.added(participant: person, toEvent: e)
        case .setRSVP(let event, let person, let rsvp):
            let e = try found(index.eventIndex(event, in: self), event, kind: .event)
            let j = try participantIndex(person, in: e)
            if rsvp == .declined, events[e].participants[j].attendance.isSignedIn {
                throw PlanError.refused(
                    tr(
                        "\(self.person(person)?.name ?? person) has signed in to '\(events[e].title)': clear the sign-in before recording a decline"
                    ))
            }
            events[e].participants[j].rsvp = rsvp
        case .setCapacity(let event, let person, let capacity):
            let e = try found(index.eventIndex(event, in: self), event, kind: .event)
            let j = try participantIndex(person, in: e)
            events[e].participants[j].capacity = capacity
        case .setLeave(let event, let person, let leave):
            let e = try found(index.eventIndex(event, in: self), event, kind: .event)
            let j = try participantIndex(person, in: e)
            if let approver = leave?.approvedBy {
                guard index.personIndex(approver, in: self) != nil else {
                    throw PlanError.notFound(kind: .person, reference: approver, suggestions: [])
                }
            }
            try TextLimits.check(leave?.note, tr("note"))
            events[e].participants[j].leave = leave
        case .setAttendance(let event, let person, let attendance):
            let e = try found(index.eventIndex(event, in: self), event, kind: .event)
            let j = try participantIndex(person, in: e)
            if attendance.isSignedIn, events[e].participants[j].rsvp == .declined {
                throw PlanError.refused(
                    tr(
                        "\(self.person(person)?.name ?? person) declined '\(events[e].title)': set the reply to confirmed before signing them in"
                    ))
            }
            events[e].participants[j].attendance = attendance
        case .removeParticipant(let event, let person):
            let e = try found(index.eventIndex(event, in: self), event, kind: .event)
            let j = try participantIndex(person, in: e)
            events[e].participants.remove(at: j)
            // Someone who no longer takes part holds no part either (`consequences(of:)` says so first).
            for k in events[e].items.indices { events[e].items[k].roles.removeAll { $0.person == person } }
        case .addItem(let event, let item):
            let e = try found(index.eventIndex(event, in: self), event, kind: .event)
            try requireNewID(item.id, taken: index.itemExists(item.id, in: self), kind: .item)
            try validate(item, in: events[e], index: &index)
            events[e].items.append(item)
            issued.note(item.id, .item)
            index.added(item: item.id)
            events[e].sortItems()
        case .updateItem(let event, let item):
            let e = try found(index.eventIndex(event, in: self), event, kind: .event)
            let j = try found(events[e].items.firstIndex { $0.id == item.id }, item.id, kind: .item)
            try validate(item, in: events[e], index: &index)
            events[e].items[j] = item
            events[e].sortItems()
        case .moveItem(let event, let item, let to, let shiftFollowing):
            let e = try found(index.eventIndex(event, in: self), event, kind: .event)
            let j = try found(events[e].items.firstIndex { $0.id == item }, item, kind: .item)
            let delta = to.minutes - events[e].items[j].start.minutes
            let moving = shiftFollowing ? Array(j..<events[e].items.count) : [j]
            for k in moving {
                let item = events[e].items[k]
                let newStart = item.start.minutes + delta
                guard let start = ClockTime(minutes: newStart), newStart + item.minutes <= 1440 else {
                    throw PlanError.invalid(
                        field: tr("start"),
                        message:
                            tr(
                                "moving '\(item.title)' to \(ClockTime(minutes: max(0, min(1440, newStart)))?.description ?? "?") would take it outside the day (00:00–24:00)"
                            )
                    )
                }
                events[e].items[k].start = start
            }
            events[e].sortItems()
        case .removeItem(let event, let item):
            let e = try found(index.eventIndex(event, in: self), event, kind: .event)
            let j = try found(events[e].items.firstIndex { $0.id == item }, item, kind: .item)
            events[e].items.remove(at: j)
        case .assign(let event, let item, let role):
            let e = try found(index.eventIndex(event, in: self), event, kind: .event)
            let j = try found(events[e].items.firstIndex { $0.id == item }, item, kind: .item)
            try validate(role, index: &index)
            var roles = events[e].items[j].roles
            roles.append(role)
            try requireNoRepeatedPart(roles, in: events[e].items[j])
            events[e].items[j].roles = roles
        case .updateRole(let event, let item, let roleIndex, let role):
            let e = try found(index.eventIndex(event, in: self), event, kind: .event)
            let j = try found(events[e].items.firstIndex { $0.id == item }, item, kind: .item)
            guard events[e].items[j].roles.indices.contains(roleIndex) else {
                throw PlanError.invalid(
                    field: tr("part"), message: tr("'\(events[e].items[j].title)' has no part number \(roleIndex + 1)"))
            }
            try validate(role, index: &index)
            var roles = events[e].items[j].roles
            roles[roleIndex] = role
            try requireNoRepeatedPart(roles, in: events[e].items[j])
            events[e].items[j].roles = roles
        case .unassign(let event, let item, let roleIndex):
            let e = try found(index.eventIndex(event, in: self), event, kind: .event)
            let j = try found(events[e].items.firstIndex { $0.id == item }, item, kind: .item)
            guard events[e].items[j].roles.indices.contains(roleIndex) else {
                throw PlanError.invalid(
                    field: tr("part"), message: tr("'\(events[e].items[j].title)' has no part number \(roleIndex + 1)"))
            }
            events[e].items[j].roles.remove(at: roleIndex)
        case .batch, .settleConflict:
            preconditionFailure("apply(_:index:at:) applies a batch's edits one by one, and settles conflicts itself")
        }
    }

    /// Whether `index` is still true after `edit`: the edits that move or remove records are not kept up with.
    private static func keepsIndex(_ edit: Edit) -> Bool {
        switch edit {
        case .removeOrganisation, .removePerson, .removeVenue, .addEvent, .removeEvent, .removeParticipant,
            .removeItem:
            return false
        case .addOrganisation, .updateOrganisation, .addPerson, .updatePerson, .addVenue, .updateVenue, .updateEvent,
            .invite, .uninvite, .setQuota, .addParticipant, .setRSVP, .setCapacity, .setLeave, .setAttendance, .addItem,
            .updateItem, .moveItem, .assign, .updateRole,
            .unassign, .settleConflict, .batch:
            return true
        }
    }

    // MARK: - Checks shared by the edits

    private func found(_ position: Int?, _ id: String, kind: RecordKind) throws -> Int {
        guard let position else { throw PlanError.notFound(kind: kind, reference: id, suggestions: []) }
        return position
    }

    private func requireNewID(_ id: String, taken: @autoclosure () -> Bool, kind: RecordKind) throws {
        guard !id.isEmpty else {
            throw PlanError.invalid(field: tr("id"), message: tr("\(kind.one) needs an id"))
        }
        guard !taken() else {
            throw PlanError.refused(tr("there is already \(kind.one) with id \(id)"))
        }
    }

    private func participantIndex(_ person: String, in e: Int) throws -> Int {
        guard let j = events[e].participants.firstIndex(where: { $0.person == person }) else {
            throw PlanError.refused(
                tr("\(self.person(person)?.name ?? person) does not take part in '\(events[e].title)'; add them first"))
        }
        return j
    }

    private func validate(_ org: Organisation) throws {
        try requireName(org.name, field: tr("name"))
        try TextLimits.check(org)
    }

    private func validate(_ person: Person, index: inout EditIndex) throws {
        try requireName(person.name, field: tr("name"))
        try TextLimits.check(person)
        guard index.organisationExists(person.org, in: self) else {
            throw PlanError.notFound(kind: .organisation, reference: person.org, suggestions: [])
        }
        if person.stage != nil, person.politics.isPartyMember {
            throw PlanError.invalid(
                field: tr("stage"),
                message: tr(
                    "\(person.name) is a party member already: a stage (applicant, activist, candidate) is for non-members"
                ))
        }
        if let email = person.email?.trimmedOrNil, !email.unicodeScalars.contains("@") {
            throw PlanError.invalid(field: tr("email"), message: tr("'\(email)' is not an email address (it has no @)"))
        }
    }

    private func validate(_ venue: Venue) throws {
        try requireName(venue.name, field: tr("name"))
        try TextLimits.check(venue)
        try requireCapacity(venue.capacity, field: tr("capacity"))
        var seen = Set<String>()
        var seenIDs = Set<String>()
        let elsewhere = Set(venues.lazy.filter { $0.id != venue.id }.flatMap { $0.rooms.map(\.id) })
        for room in venue.rooms {
            try requireName(room.name, field: tr("room name"))
            try requireCapacity(room.capacity, field: tr("capacity of room \(room.name)"))
            guard seen.insert(room.name).inserted else {
                throw PlanError.invalid(field: tr("rooms"), message: tr("the room '\(room.name)' is listed twice"))
            }
            try requireNewID(
                room.id, taken: !seenIDs.insert(room.id).inserted || elsewhere.contains(room.id), kind: .room)
        }
    }

    /// A room leaves its venue only when no item of an event there uses it; else the refusal names those items.
    private func requireRoomsUnused(removedFrom old: Venue, by new: Venue) throws {
        let kept = Set(new.rooms.map(\.id))
        for room in old.rooms where !kept.contains(room.id) {
            let users = roomUsers(room.id, venue: old.id)
            guard users.isEmpty else {
                let listed = users.map { tr("'\($0.title)' (\($0.id))") }
                throw PlanError.refused(
                    tr(
                        "the room \(room.name) is used by \(RecordKind.item.counted(users.count)): \(Phrase.series(listed)); give them another room or none first"
                    ))
            }
        }
    }

    /// The items of the events at venue `venue` that are in room `room`, in event and time order.
    public func roomUsers(_ room: String, venue: String) -> [AgendaItem] {
        events.lazy.filter { $0.venue == venue }.flatMap { $0.items.filter { $0.room == room } }
    }

    /// Raises `issued` to the venue's id and its rooms' ids.
    private mutating func noteIssued(_ venue: Venue) {
        issued.note(venue.id, .venue)
        for room in venue.rooms { issued.note(room.id, .room) }
    }

    private func validate(_ details: EventDetails) throws {
        try requireName(details.title, field: tr("title"))
        try TextLimits.check(details)
        guard details.end > details.start else {
            throw PlanError.invalid(
                field: tr("end"), message: tr("the event ends (\(details.end)) before it starts (\(details.start))"))
        }
        guard Event.isKnownTimeZone(details.tz) else {
            throw PlanError.invalid(
                field: tr("time zone"), message: tr("'\(details.tz)' is not an IANA time zone (e.g. Asia/Shanghai)"))
        }
        if let venue = details.venue, self.venue(venue) == nil {
            throw PlanError.notFound(kind: .venue, reference: venue, suggestions: [])
        }
    }

    private func validate(_ item: AgendaItem, in event: Event, index: inout EditIndex) throws {
        try requireName(item.title, field: tr("title"))
        try TextLimits.check(item)
        guard item.minutes >= 1 else {
            throw PlanError.invalid(
                field: tr("minutes"), message: tr("an item lasts at least 1 minute (got \(item.minutes))"))
        }
        guard item.endMinutes <= 1440 else {
            throw PlanError.invalid(
                field: tr("minutes"),
                message: tr("'\(item.title)' would end after midnight (\(item.start) + \(item.minutes) min)"))
        }
        if let room = item.room {
            guard let venue = event.venue.flatMap(venue) else {
                throw PlanError.invalid(
                    field: tr("room"),
                    message: tr("'\(event.title)' has no venue, so its items have no rooms; choose the venue first"))
            }
            guard venue.room(room) != nil else {
                throw PlanError.invalid(
                    field: tr("room"),
                    message: venue.rooms.isEmpty
                        ? tr("\(venue.name) has no rooms; add the room to the venue first")
                        : tr(
                            "\(venue.name) has no room '\(room)'; its rooms are: \(Phrase.series(venue.rooms.map(\.name)))"
                        ))
            }
        }
        for role in item.roles { try validate(role, index: &index) }
        try requireNoRepeatedPart(item.roles, in: item)
    }

    /// One person holds each part of an item once (speakers excepted: one person may give two speeches).
    private func requireNoRepeatedPart(_ roles: [Role], in item: AgendaItem) throws {
        var seen = Set<String>()
        for role in roles where role.part != .speaker {
            guard seen.insert(role.person + "\u{0}" + role.part.rawValue).inserted else {
                throw PlanError.refused(
                    tr("\(person(role.person)?.name ?? role.person) is already \(role.part.phrase) of '\(item.title)'"))
            }
        }
    }

    private func validate(_ role: Role, index: inout EditIndex) throws {
        guard index.personIndex(role.person, in: self) != nil else {
            throw PlanError.notFound(kind: .person, reference: role.person, suggestions: [])
        }
        if let minutes = role.minutes, minutes < 1 {
            throw PlanError.invalid(
                field: tr("minutes"), message: tr("a speech lasts at least 1 minute (got \(minutes))"))
        }
        if let minutes = role.minutes, minutes > 1440 {
            throw PlanError.invalid(
                field: tr("minutes"), message: tr("a speech lasts at most 1440 minutes, a whole day (got \(minutes))"))
        }
    }

    private func validateContents(ofEvent e: Int, index: inout EditIndex) throws {
        // One event may list the whole roster: its checks look people up in a table, not a scan each.
        index.startBatch()
        for org in events[e].orgs where !index.organisationExists(org.org, in: self) {
            throw PlanError.notFound(kind: .organisation, reference: org.org, suggestions: [])
        }
        for p in events[e].participants where index.personIndex(p.person, in: self) == nil {
            throw PlanError.notFound(kind: .person, reference: p.person, suggestions: [])
        }
        let otherItems = Set(events.indices.filter { $0 != e }.flatMap { events[$0].items.map(\.id) })
        var seen = Set<String>()
        for item in events[e].items {
            guard !otherItems.contains(item.id), seen.insert(item.id).inserted else {
                throw PlanError.refused(tr("there is already an item with id \(item.id)"))
            }
            try validate(item, in: events[e], index: &index)
        }
    }

    private func requireName(_ name: String, field: Phrase) throws {
        guard !name.trimmed.isEmpty else { throw PlanError.invalid(field: field, message: tr("must not be empty")) }
        guard !name.contains(where: { $0.isNewline }) else {
            throw PlanError.invalid(field: field, message: tr("must be one line (it contains a line break)"))
        }
        if let control = NameText.firstControl(in: name) {
            throw PlanError.invalid(
                field: field,
                message: tr("contains the control character \(NameText.code(control)); remove it"))
        }
        guard NameText.hasVisibleCharacter(name) else {
            throw PlanError.invalid(
                field: field,
                message: tr(
                    "has no visible character (only spaces or invisible characters such as U+200B); type the name"))
        }
    }

    private func requireCapacity(_ capacity: Int?, field: Phrase) throws {
        if let capacity, capacity < 0 {
            throw PlanError.invalid(field: field, message: tr("must be 0 or more (got \(capacity))"))
        }
    }
}

extension String {
    /// Without leading and trailing white space (Unicode's White_Space, as Foundation's `.whitespacesAndNewlines`).
    /// Stdlib only: Foundation's trimming bridged every name through NSString and took a third of the checks' time.
    public var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
    /// Trimmed, or nil when nothing is left.
    public var trimmedOrNil: String? {
        let t = trimmed
        return t.isEmpty ? nil : t
    }
}
