import PlannerCore
import TerminalKit

/// Keys in a form: editing fields, moving between them, picking, and turning the accepted form into an edit.
enum FormUpdate {
    static func apply(_ action: Action, form: Form, to state: inout AppState) -> [Effect] {
        var form = form
        switch action {
        case .cancel:
            state.mode = .normal
            Update.info(&state, "Cancelled")
            return []
        case .nextField: form.focus = (form.focus + 1) % form.fields.count
        case .previousField: form.focus = (form.focus + form.fields.count - 1) % form.fields.count
        case .choiceNext, .choicePrevious:
            if case .choice(let options, let selected) = form.fields[form.focus].value {
                let step = action == .choiceNext ? 1 : options.count - 1
                form.fields[form.focus].value = .choice(options, selected: (selected + step) % options.count)
            }
        case .textKey(let key):
            if case .pick = form.fields[form.focus].value {
                var picker = PickerUpdate.forField(
                    form.fields[form.focus].key, state, purpose: .formField(form, field: form.focus))
                _ = picker.filter.handle(key)
                state.mode = .picker(picker)
                return []
            }
            if case .text(var field) = form.fields[form.focus].value {
                _ = field.handle(key)
                form.fields[form.focus].value = .text(field)
                if form.error?.field == form.focus { form.error = nil }
            }
        case .open:
            if case .pick = form.fields[form.focus].value {
                state.mode = .picker(
                    PickerUpdate.forField(
                        form.fields[form.focus].key, state, purpose: .formField(form, field: form.focus)))
                return []
            }
        case .accept where form.purpose == .saveAs:
            guard let path = form.value("path") else {
                form.error = (0, "give a file name")
                state.mode = .form(form)
                return []
            }
            state.mode = .normal
            return [.saveAs(state.book, path: path)]
        case .accept:
            do {
                let edit = try makeEdit(form, state)
                state.mode = .normal
                if !Update.perform(edit, &state) {
                    form.error = (form.focus, state.message?.text ?? "refused")
                    state.mode = .form(form)
                } else {
                    afterAccept(form, edit, &state)
                }
            } catch let error as FieldError {
                form.error = (form.index(error.key) ?? form.focus, error.message)
                form.focus = form.index(error.key) ?? form.focus
                state.mode = .form(form)
            } catch {
                form.error = (form.focus, "\(error)")
                state.mode = .form(form)
            }
            return []
        default: break
        }
        state.mode = .form(form)
        return []
    }

    /// Puts the selection on what was just added.
    private static func afterAccept(_ form: Form, _ edit: Edit, _ state: inout AppState) {
        switch edit {
        case .addItem(_, let item):
            if let row = state.agendaRows.firstIndex(of: .item(state.event!.item(item.id)!)) {
                Update.setSelection(&state, row)
            }
        case .addEvent(let event):
            state.eventID = event.id
            Update.clampSelection(&state)
        case .addPerson(let person):
            if let row = state.personRows.firstIndex(where: { $0.id == person.id }) {
                state.pane = 1
                Update.setSelection(&state, row)
            }
        default: break
        }
    }

    // MARK: - From fields to an edit

    static func makeEdit(_ form: Form, _ state: AppState) throws -> Edit {
        let book = state.book
        func text(_ key: String) -> String? { form.value(key) }
        func required(_ key: String, _ what: String) throws -> String {
            guard let value = text(key) else { throw FieldError(key: key, message: "\(what) must not be empty") }
            return value
        }
        func time(_ key: String) throws -> ClockTime {
            let raw = text(key) ?? ""
            guard let t = ClockTime(raw) else {
                throw FieldError(key: key, message: "'\(raw)' is not a time; use HH:MM between 00:00 and 24:00")
            }
            return t
        }
        func number(_ key: String, _ what: String, min: Int) throws -> Int? {
            guard let raw = text(key) else { return nil }
            guard let n = Int(raw), n >= min else {
                throw FieldError(key: key, message: "\(what) must be a whole number, at least \(min) (got '\(raw)')")
            }
            return n
        }
        switch form.purpose {
        case .addItem, .editItem:
            let event = state.event!
            let title = try required("title", "the title")
            let start = try time("start")
            guard let minutes = try number("minutes", "minutes", min: 1) else {
                throw FieldError(key: "minutes", message: "give the duration in minutes")
            }
            try form.require(start.minutes + minutes <= 1440, "minutes", "the item would end after midnight")
            let kind = ItemKind(rawValue: text("kind") ?? "other") ?? .other
            if case .editItem(let id) = form.purpose, var item = event.item(id) {
                let oldStart = item.start
                item.title = title
                item.kind = kind
                item.minutes = minutes
                item.room = text("room")
                item.notes = text("notes")
                var edits: [Edit] = [.updateItem(event: event.id, item: item)]
                if start != oldStart {
                    edits.append(
                        .moveItem(event: event.id, item: id, to: start, shiftFollowing: text("shift") == "yes"))
                }
                return edits.count == 1 ? edits[0] : .batch(edits, label: "edit item \(title)")
            }
            return .addItem(
                event: event.id,
                item: AgendaItem(
                    id: book.newID(.item), kind: kind, title: title, start: start,
                    minutes: minutes, room: text("room"), notes: text("notes")))
        case .addRole(let item), .editRole(let item, _):
            guard let person = text("person") else {
                throw FieldError(key: "person", message: "choose a person (Enter opens the pick-list)")
            }
            let part = RolePart(rawValue: text("part") ?? "host") ?? .host
            let minutes = try number("minutes", "minutes", min: 1)
            let role = Role(
                person: person, part: part, topic: part == .speaker ? text("topic") : nil,
                minutes: part == .speaker ? minutes : nil)
            let eventID = state.eventID!
            if case .editRole(_, let index) = form.purpose {
                var updated = state.event!.item(item)!
                updated.roles[index] = role
                return .updateItem(event: eventID, item: updated)
            }
            return .assign(event: eventID, item: item, role: role)
        case .addPerson, .editPerson:
            let name = try required("name", "the name")
            guard let org = text("org") else { throw FieldError(key: "org", message: "add an organisation first") }
            let status = MembershipStatus(rawValue: text("status") ?? "member") ?? .member
            if let email = text("email") {
                try form.require(
                    email.unicodeScalars.contains("@"), "email", "'\(email)' is not an email address (no @)")
            }
            if case .editPerson(let id) = form.purpose {
                return .updatePerson(
                    Person(
                        id: id, name: name, latin: text("latin"), org: org, title: text("title"), status: status,
                        phone: text("phone"), email: text("email")))
            }
            return .addPerson(
                Person(
                    id: book.newID(.person), name: name, latin: text("latin"), org: org, title: text("title"),
                    status: status, phone: text("phone"), email: text("email")))
        case .addOrganisation, .editOrganisation:
            let name = try required("name", "the name")
            if case .editOrganisation(let id) = form.purpose {
                return .updateOrganisation(
                    Organisation(
                        id: id, name: name, short: text("short"), branch: text("branch"), contact: text("contact")))
            }
            let org = Organisation(
                id: book.newID(.organisation), name: name, short: text("short"), branch: text("branch"),
                contact: text("contact"))
            if let event = state.event {
                return .batch(
                    [.addOrganisation(org), .invite(event: event.id, org: org.id, part: .participant)],
                    label: "add organisation \(name)")
            }
            return .addOrganisation(org)
        case .addVenue, .editVenue:
            let name = try required("name", "the name")
            let capacity = try number("capacity", "the capacity", min: 0)
            if case .editVenue(let id) = form.purpose, var venue = book.venue(id) {
                venue.name = name
                venue.address = text("address")
                venue.capacity = capacity
                venue.notes = text("notes")
                return .updateVenue(venue)
            }
            let venue = Venue(
                id: book.newID(.venue), name: name, address: text("address"), capacity: capacity, notes: text("notes"))
            let event = state.event!
            var details = EventDetails(of: event)
            details.venue = venue.id
            return .batch([.addVenue(venue), .updateEvent(id: event.id, details: details)], label: "add venue \(name)")
        case .addRoom, .editRoom:
            guard var venue = state.venue else { throw FieldError(key: "name", message: "the event has no venue yet") }
            let room = Room(
                name: try required("name", "the name"), capacity: try number("capacity", "the capacity", min: 0))
            if case .editRoom(let index) = form.purpose { venue.rooms[index] = room } else { venue.rooms.append(room) }
            return .updateVenue(venue)
        case .addEvent, .editEvent:
            let title = try required("title", "the title")
            let rawDate = text("date") ?? ""
            guard let date = CivilDate(rawDate) else {
                throw FieldError(key: "date", message: "'\(rawDate)' is not a date; use YYYY-MM-DD")
            }
            let start = try time("start"), end = try time("end")
            try form.require(end > start, "end", "the end (\(end)) must be after the start (\(start))")
            let details = EventDetails(
                title: title, theme: text("theme"), date: date, start: start, end: end,
                tz: text("tz") ?? Event.defaultTimeZone, venue: text("venue"))
            if case .editEvent(let id) = form.purpose { return .updateEvent(id: id, details: details) }
            let items = text("template") == "standard" ? EventTemplate.standardItems(startingAt: start, book: book) : []
            return .addEvent(
                Event(
                    id: book.newID(.event), title: title, theme: details.theme, date: date, start: start, end: end,
                    tz: details.tz, venue: details.venue, items: items))
        case .saveAs:
            throw FieldError(key: "path", message: "save-as makes no edit")
        }
    }
}
