import Foundation

extension Book {
    /// The book with `edit` applied, or a `PlanError` saying why it cannot be; `self` is never half-changed.
    public func applying(_ edit: Edit) throws -> Book {
        var copy = self
        try copy.apply(edit)
        return copy
    }

    mutating func apply(_ edit: Edit) throws {
        switch edit {
        case .addOrganisation(let org):
            try requireNewID(org.id, in: organisations.map(\.id), kind: "organisation")
            try validate(org)
            organisations.append(org)
        case .updateOrganisation(let org):
            let i = try index(of: org.id, in: organisations.map(\.id), kind: "organisation")
            try validate(org)
            organisations[i] = org
        case .removeOrganisation(let id):
            let i = try index(of: id, in: organisations.map(\.id), kind: "organisation")
            let count = people.lazy.filter { $0.org == id }.count
            guard count == 0 else {
                throw PlanError.refused(
                    "\(organisations[i].name) still has \(count) \(count == 1 ? "person" : "people") on its roster; move or remove them first"
                )
            }
            organisations.remove(at: i)
            for e in events.indices { events[e].orgs.removeAll { $0.org == id } }
        case .addPerson(let person):
            try requireNewID(person.id, in: people.map(\.id), kind: "person")
            try validate(person)
            people.append(person)
        case .updatePerson(let person):
            let i = try index(of: person.id, in: people.map(\.id), kind: "person")
            try validate(person)
            people[i] = person
        case .removePerson(let id):
            let i = try index(of: id, in: people.map(\.id), kind: "person")
            people.remove(at: i)
            for e in events.indices {
                events[e].participants.removeAll { $0.person == id }
                for j in events[e].items.indices { events[e].items[j].roles.removeAll { $0.person == id } }
            }
        case .addVenue(let venue):
            try requireNewID(venue.id, in: venues.map(\.id), kind: "venue")
            try validate(venue)
            venues.append(venue)
        case .updateVenue(let venue):
            let i = try index(of: venue.id, in: venues.map(\.id), kind: "venue")
            try validate(venue)
            venues[i] = venue
        case .removeVenue(let id):
            let i = try index(of: id, in: venues.map(\.id), kind: "venue")
            if let user = events.first(where: { $0.venue == id }) {
                throw PlanError.refused(
                    "\(venues[i].name) is the venue of '\(user.title)'; choose another venue for it first")
            }
            venues.remove(at: i)
        case .addEvent(let event):
            try requireNewID(event.id, in: events.map(\.id), kind: "event")
            try validate(EventDetails(of: event))
            var e = event
            e.sortItems()
            events.append(e)
            // Validate the contents through the ordinary edits so a template cannot smuggle in bad data.
            try validateContents(ofEvent: events.count - 1)
        case .updateEvent(let id, let details):
            let i = try index(of: id, in: events.map(\.id), kind: "event")
            try validate(details)
            events[i].title = details.title.trimmed
            events[i].theme = details.theme?.trimmedOrNil
            events[i].date = details.date
            events[i].start = details.start
            events[i].end = details.end
            events[i].tz = details.tz
            events[i].venue = details.venue
        case .removeEvent(let id):
            let i = try index(of: id, in: events.map(\.id), kind: "event")
            events.remove(at: i)
        case .invite(let event, let org, let part):
            let e = try index(of: event, in: events.map(\.id), kind: "event")
            _ = try index(of: org, in: organisations.map(\.id), kind: "organisation")
            if let j = events[e].orgs.firstIndex(where: { $0.org == org }) {
                events[e].orgs[j].part = part
            } else {
                events[e].orgs.append(EventOrganisation(org: org, part: part))
            }
        case .uninvite(let event, let org):
            let e = try index(of: event, in: events.map(\.id), kind: "event")
            guard let j = events[e].orgs.firstIndex(where: { $0.org == org }) else {
                throw PlanError.refused("\(organisation(org)?.name ?? org) is not invited to '\(events[e].title)'")
            }
            events[e].orgs.remove(at: j)
        case .addParticipant(let event, let person, let rsvp):
            let e = try index(of: event, in: events.map(\.id), kind: "event")
            _ = try index(of: person, in: people.map(\.id), kind: "person")
            guard events[e].participant(person) == nil else {
                throw PlanError.refused(
                    "\(self.person(person)?.name ?? person) already takes part in '\(events[e].title)'")
            }
            events[e].participants.append(Participant(person: person, rsvp: rsvp))
        case .setRSVP(let event, let person, let rsvp):
            let e = try index(of: event, in: events.map(\.id), kind: "event")
            let j = try participantIndex(person, in: e)
            events[e].participants[j].rsvp = rsvp
        case .removeParticipant(let event, let person):
            let e = try index(of: event, in: events.map(\.id), kind: "event")
            let j = try participantIndex(person, in: e)
            events[e].participants.remove(at: j)
            // Someone who no longer takes part holds no part either (`consequences(of:)` says so first).
            for k in events[e].items.indices { events[e].items[k].roles.removeAll { $0.person == person } }
        case .addItem(let event, let item):
            let e = try index(of: event, in: events.map(\.id), kind: "event")
            try requireNewID(item.id, in: events.flatMap { $0.items.map(\.id) }, kind: "item")
            try validate(item, in: events[e])
            events[e].items.append(item)
            events[e].sortItems()
        case .updateItem(let event, let item):
            let e = try index(of: event, in: events.map(\.id), kind: "event")
            let j = try index(of: item.id, in: events[e].items.map(\.id), kind: "item")
            try validate(item, in: events[e])
            events[e].items[j] = item
            events[e].sortItems()
        case .moveItem(let event, let item, let to, let shiftFollowing):
            let e = try index(of: event, in: events.map(\.id), kind: "event")
            let j = try index(of: item, in: events[e].items.map(\.id), kind: "item")
            let delta = to.minutes - events[e].items[j].start.minutes
            let moving = shiftFollowing ? Array(j..<events[e].items.count) : [j]
            for k in moving {
                let item = events[e].items[k]
                let newStart = item.start.minutes + delta
                guard let start = ClockTime(minutes: newStart), newStart + item.minutes <= 1440 else {
                    throw PlanError.invalid(
                        field: "start",
                        message:
                            "moving '\(item.title)' to \(ClockTime(minutes: max(0, min(1440, newStart)))?.description ?? "?") would take it outside the day (00:00–24:00)"
                    )
                }
                events[e].items[k].start = start
            }
            events[e].sortItems()
        case .removeItem(let event, let item):
            let e = try index(of: event, in: events.map(\.id), kind: "event")
            let j = try index(of: item, in: events[e].items.map(\.id), kind: "item")
            events[e].items.remove(at: j)
        case .assign(let event, let item, let role):
            let e = try index(of: event, in: events.map(\.id), kind: "event")
            let j = try index(of: item, in: events[e].items.map(\.id), kind: "item")
            try validate(role)
            var roles = events[e].items[j].roles
            roles.append(role)
            try requireNoRepeatedPart(roles, in: events[e].items[j])
            events[e].items[j].roles = roles
        case .updateRole(let event, let item, let roleIndex, let role):
            let e = try index(of: event, in: events.map(\.id), kind: "event")
            let j = try index(of: item, in: events[e].items.map(\.id), kind: "item")
            guard events[e].items[j].roles.indices.contains(roleIndex) else {
                throw PlanError.invalid(
                    field: "part", message: "'\(events[e].items[j].title)' has no part number \(roleIndex + 1)")
            }
            try validate(role)
            var roles = events[e].items[j].roles
            roles[roleIndex] = role
            try requireNoRepeatedPart(roles, in: events[e].items[j])
            events[e].items[j].roles = roles
        case .unassign(let event, let item, let roleIndex):
            let e = try index(of: event, in: events.map(\.id), kind: "event")
            let j = try index(of: item, in: events[e].items.map(\.id), kind: "item")
            guard events[e].items[j].roles.indices.contains(roleIndex) else {
                throw PlanError.invalid(
                    field: "part", message: "'\(events[e].items[j].title)' has no part number \(roleIndex + 1)")
            }
            events[e].items[j].roles.remove(at: roleIndex)
        case .batch(let edits, _):
            for edit in edits { try apply(edit) }
        }
    }

    // MARK: - Checks shared by the edits

    private func index(of id: String, in ids: [String], kind: String) throws -> Int {
        guard let i = ids.firstIndex(of: id) else {
            throw PlanError.notFound(kind: kind, reference: id, suggestions: [])
        }
        return i
    }

    private func requireNewID(_ id: String, in ids: [String], kind: String) throws {
        guard !id.isEmpty else {
            throw PlanError.invalid(field: "id", message: "\(PlanError.withArticle(kind)) needs an id")
        }
        guard !ids.contains(id) else {
            throw PlanError.refused("there is already \(PlanError.withArticle(kind)) with id \(id)")
        }
    }

    private func participantIndex(_ person: String, in e: Int) throws -> Int {
        guard let j = events[e].participants.firstIndex(where: { $0.person == person }) else {
            throw PlanError.refused(
                "\(self.person(person)?.name ?? person) does not take part in '\(events[e].title)'; add them first")
        }
        return j
    }

    private func validate(_ org: Organisation) throws {
        try requireName(org.name, field: "name")
        try TextLimits.check(org)
    }

    private func validate(_ person: Person) throws {
        try requireName(person.name, field: "name")
        try TextLimits.check(person)
        guard organisation(person.org) != nil else {
            throw PlanError.notFound(kind: "organisation", reference: person.org, suggestions: [])
        }
        if let email = person.email?.trimmedOrNil, !email.unicodeScalars.contains("@") {
            throw PlanError.invalid(field: "email", message: "'\(email)' is not an email address (it has no @)")
        }
    }

    private func validate(_ venue: Venue) throws {
        try requireName(venue.name, field: "name")
        try TextLimits.check(venue)
        try requireCapacity(venue.capacity, field: "capacity")
        var seen = Set<String>()
        for room in venue.rooms {
            try requireName(room.name, field: "room name")
            try requireCapacity(room.capacity, field: "capacity of room \(room.name)")
            guard seen.insert(room.name).inserted else {
                throw PlanError.invalid(field: "rooms", message: "the room '\(room.name)' is listed twice")
            }
        }
    }

    private func validate(_ details: EventDetails) throws {
        try requireName(details.title, field: "title")
        try TextLimits.check(details)
        guard details.end > details.start else {
            throw PlanError.invalid(
                field: "end", message: "the event ends (\(details.end)) before it starts (\(details.start))")
        }
        guard Event.isKnownTimeZone(details.tz) else {
            throw PlanError.invalid(
                field: "time zone", message: "'\(details.tz)' is not an IANA time zone (e.g. Asia/Shanghai)")
        }
        if let venue = details.venue, self.venue(venue) == nil {
            throw PlanError.notFound(kind: "venue", reference: venue, suggestions: [])
        }
    }

    private func validate(_ item: AgendaItem, in event: Event) throws {
        try requireName(item.title, field: "title")
        try TextLimits.check(item)
        guard item.minutes >= 1 else {
            throw PlanError.invalid(field: "minutes", message: "an item lasts at least 1 minute (got \(item.minutes))")
        }
        guard item.endMinutes <= 1440 else {
            throw PlanError.invalid(
                field: "minutes",
                message: "'\(item.title)' would end after midnight (\(item.start) + \(item.minutes) min)")
        }
        if let room = item.room, let venue = event.venue.flatMap(venue), !venue.rooms.isEmpty,
            !venue.rooms.contains(where: { $0.name == room })
        {
            throw PlanError.invalid(
                field: "room",
                message: "\(venue.name) has no room '\(room)'; its rooms are: "
                    + venue.rooms.map(\.name).joined(separator: ", "))
        }
        for role in item.roles { try validate(role) }
        try requireNoRepeatedPart(item.roles, in: item)
    }

    /// One person holds each part of an item once (speakers excepted: one person may give two speeches).
    private func requireNoRepeatedPart(_ roles: [Role], in item: AgendaItem) throws {
        var seen = Set<String>()
        for role in roles where role.part != .speaker {
            guard seen.insert(role.person + "\u{0}" + role.part.rawValue).inserted else {
                throw PlanError.refused(
                    "\(person(role.person)?.name ?? role.person) is already \(role.part.rawValue) of '\(item.title)'")
            }
        }
    }

    private func validate(_ role: Role) throws {
        guard person(role.person) != nil else {
            throw PlanError.notFound(kind: "person", reference: role.person, suggestions: [])
        }
        if let minutes = role.minutes, minutes < 1 {
            throw PlanError.invalid(field: "minutes", message: "a speech lasts at least 1 minute (got \(minutes))")
        }
        if let minutes = role.minutes, minutes > 1440 {
            throw PlanError.invalid(
                field: "minutes", message: "a speech lasts at most 1440 minutes, a whole day (got \(minutes))")
        }
    }

    private func validateContents(ofEvent e: Int) throws {
        for org in events[e].orgs where organisation(org.org) == nil {
            throw PlanError.notFound(kind: "organisation", reference: org.org, suggestions: [])
        }
        for p in events[e].participants where person(p.person) == nil {
            throw PlanError.notFound(kind: "person", reference: p.person, suggestions: [])
        }
        let otherItems = Set(events.indices.filter { $0 != e }.flatMap { events[$0].items.map(\.id) })
        var seen = Set<String>()
        for item in events[e].items {
            guard !otherItems.contains(item.id), seen.insert(item.id).inserted else {
                throw PlanError.refused("there is already an item with id \(item.id)")
            }
            try validate(item, in: events[e])
        }
    }

    private func requireName(_ name: String, field: String) throws {
        guard !name.trimmed.isEmpty else { throw PlanError.invalid(field: field, message: "must not be empty") }
        guard !name.contains(where: { $0.isNewline }) else {
            throw PlanError.invalid(field: field, message: "must be one line (it contains a line break)")
        }
        if let control = NameText.firstControl(in: name) {
            throw PlanError.invalid(
                field: field,
                message: "contains the control character \(NameText.code(control)); remove it")
        }
        guard NameText.hasVisibleCharacter(name) else {
            throw PlanError.invalid(
                field: field,
                message: "has no visible character (only spaces or invisible characters such as U+200B); type the name")
        }
    }

    private func requireCapacity(_ capacity: Int?, field: String) throws {
        if let capacity, capacity < 0 {
            throw PlanError.invalid(field: field, message: "must be 0 or more (got \(capacity))")
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
