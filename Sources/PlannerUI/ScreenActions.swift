import PlannerCore
import TerminalKit

/// What add, edit, delete and friends mean on each screen.
enum ScreenActions {
    static func apply(_ action: Action, _ state: inout AppState) {
        guard state.event != nil || state.screen == .organisations || action == .add else {
            Update.info(&state, "There is no event yet: press E to create one")
            return
        }
        switch state.screen {
        case .overview: overview(action, &state)
        case .agenda: agenda(action, &state)
        case .participants: participants(action, &state)
        case .organisations: organisations(action, &state)
        case .venue: venue(action, &state)
        case .checks: checks(action, &state)
        }
    }

    static func overview(_ action: Action, _ state: inout AppState) {
        switch action {
        case .add: state.mode = .form(Forms.event(state, editing: nil))
        case .edit, .open: if let event = state.event { state.mode = .form(Forms.event(state, editing: event)) }
        case .delete:
            if let event = state.event {
                state.mode = .confirm(
                    Confirmation(
                        question: "Delete the event '\(event.title)' with its agenda?  y/n",
                        purpose: .apply(.removeEvent(id: event.id))))
            }
        default: break
        }
    }

    static func agenda(_ action: Action, _ state: inout AppState) {
        let rows = state.agendaRows
        let row = rows.indices.contains(state.selected(.agenda)) ? rows[state.selected(.agenda)] : nil
        let eventID = state.eventID!
        switch action {
        case .add: state.mode = .form(Forms.item(state, editing: nil))
        case .edit, .open:
            switch row {
            case .item(let item)?: state.mode = .form(Forms.item(state, editing: item))
            case .role(let item, let index, _)?: state.mode = .form(Forms.role(state, item: item, index: index))
            case nil: state.mode = .form(Forms.item(state, editing: nil))
            }
        case .addPart:
            guard let item = row?.item else {
                Update.info(&state, "Add an agenda item first (a)")
                return
            }
            state.mode = .form(Forms.role(state, item: item, index: nil))
        case .delete:
            switch row {
            case .item(let item)?:
                state.mode = .confirm(
                    Confirmation(
                        question: "Delete the item '\(item.title)'?  y/n",
                        purpose: .apply(.removeItem(event: eventID, item: item.id))))
            case .role(let item, let index, let role)?:
                let name = state.book.person(role.person)?.name ?? role.person
                state.mode = .confirm(
                    Confirmation(
                        question: "Remove \(name) as \(role.part.rawValue) of '\(item.title)'?  y/n",
                        purpose: .apply(.unassign(event: eventID, item: item.id, index: index))))
            case nil: break
            }
        case .moveItemEarlier, .moveItemLater:
            guard let item = row?.item, let event = state.event, let i = event.itemIndex(item.id) else { return }
            let j = action == .moveItemEarlier ? i - 1 : i + 1
            guard event.items.indices.contains(j) else {
                Update.info(&state, "Already the \(j < 0 ? "first" : "last") item")
                return
            }
            // Swap the two items' places in the timeline: the earlier one's start goes to the one moving up.
            let (first, second) = j < i ? (event.items[j], event.items[i]) : (event.items[i], event.items[j])
            let newFirstStart = ClockTime(minutes: first.start.minutes)!
            let newSecondStart = ClockTime(minutes: min(1440 - first.minutes, first.start.minutes + second.minutes))!
            let edit = Edit.batch(
                [
                    .moveItem(event: eventID, item: second.id, to: newFirstStart, shiftFollowing: false),
                    .moveItem(event: eventID, item: first.id, to: newSecondStart, shiftFollowing: false),
                ],
                label: "move '\(item.title)' \(action == .moveItemEarlier ? "earlier" : "later")")
            if Update.perform(edit, &state),
                let r = state.agendaRows.firstIndex(where: {
                    if case .item(let x) = $0 { return x.id == item.id }
                    return false
                })
            {
                Update.setSelection(&state, r)
            }
        default: break
        }
    }

    static func participants(_ action: Action, _ state: inout AppState) {
        let rows = state.participantRows
        let row = rows.indices.contains(state.selected(.participants)) ? rows[state.selected(.participants)] : nil
        let eventID = state.eventID!
        switch action {
        case .add:
            state.mode = .picker(
                PickerUpdate.people(
                    state, title: "Add a participant", purpose: .addParticipant, excludingParticipants: true))
        case .toggle, .open:
            guard let row else { return }
            let next: RSVP
            switch row.rsvp {
            case .invited: next = .confirmed
            case .confirmed: next = .attended
            case .attended: next = .declined
            case .declined: next = .invited
            }
            Update.perform(.setRSVP(event: eventID, person: row.person.id, rsvp: next), &state)
            Update.info(&state, "\(row.person.name): \(next.rawValue)")
        case .delete:
            guard let row else { return }
            state.mode = .confirm(
                Confirmation(
                    question: "Remove \(row.person.name) from this event (and from their parts)?  y/n",
                    purpose: .apply(removeParticipantEdit(state, row.person.id))))
        case .edit:
            guard let row else { return }
            state.mode = .form(Forms.person(state, editing: row.person, org: nil))
        default: break
        }
    }

    /// Taking someone off the list also takes them out of the event's parts.
    static func removeParticipantEdit(_ state: AppState, _ person: String) -> Edit {
        let event = state.event!
        var edits: [Edit] = []
        for item in event.items {
            for index in item.roles.indices.reversed() where item.roles[index].person == person {
                edits.append(.unassign(event: event.id, item: item.id, index: index))
            }
        }
        edits.append(.removeParticipant(event: event.id, person: person))
        return .batch(edits, label: "remove participant")
    }

    static func organisations(_ action: Action, _ state: inout AppState) {
        let org = state.selectedOrganisation
        if state.pane == 0 {
            switch action {
            case .add: state.mode = .form(Forms.organisation(editing: nil))
            case .edit, .open:
                if action == .open {
                    state.pane = 1
                    Update.clampSelection(&state)
                    return
                }
                if let org { state.mode = .form(Forms.organisation(editing: org)) }
            case .delete:
                guard let org else { return }
                state.mode = .confirm(
                    Confirmation(
                        question: "Delete the organisation \(org.name)?  y/n",
                        purpose: .apply(.removeOrganisation(id: org.id))))
            case .toggle:
                // Cycles: not invited → participant → host → guiding body → not invited.
                guard let org, let event = state.event else { return }
                switch event.part(of: org.id) {
                case nil: Update.perform(.invite(event: event.id, org: org.id, part: .participant), &state)
                case .participant?: Update.perform(.invite(event: event.id, org: org.id, part: .host), &state)
                case .host?: Update.perform(.invite(event: event.id, org: org.id, part: .guiding), &state)
                case .guiding?: Update.perform(.uninvite(event: event.id, org: org.id), &state)
                }
            default: break
            }
            return
        }
        let people = state.personRows
        let person = people.indices.contains(state.personSelection) ? people[state.personSelection] : nil
        switch action {
        case .add:
            guard org != nil else {
                Update.info(&state, "Add an organisation first")
                return
            }
            state.mode = .form(Forms.person(state, editing: nil, org: org?.id))
        case .edit, .open: if let person { state.mode = .form(Forms.person(state, editing: person, org: nil)) }
        case .delete:
            guard let person else { return }
            state.mode = .confirm(
                Confirmation(
                    question: "Delete \(person.name) from the roster (and from every event)?  y/n",
                    purpose: .apply(.removePerson(id: person.id))))
        case .toggle:
            guard let person, let event = state.event else { return }
            if event.participant(person.id) != nil {
                Update.perform(removeParticipantEdit(state, person.id), &state)
            } else {
                Update.perform(.addParticipant(event: event.id, person: person.id, rsvp: .invited), &state)
            }
        default: break
        }
    }

    static func venue(_ action: Action, _ state: inout AppState) {
        guard let venue = state.venue else {
            if action == .add || action == .edit {
                state.mode = .form(Forms.venue(editing: nil))
            } else {
                Update.info(&state, "No venue yet: press a to add one")
            }
            return
        }
        let index = state.selected(.venue)
        let room = venue.rooms.indices.contains(index) ? venue.rooms[index] : nil
        switch action {
        case .add: state.mode = .form(Forms.room(editing: nil, index: nil))
        case .edit: state.mode = .form(Forms.venue(editing: venue))
        case .open: if let room { state.mode = .form(Forms.room(editing: room, index: index)) }
        case .delete:
            guard let room else { return }
            var updated = venue
            updated.rooms.remove(at: index)
            state.mode = .confirm(
                Confirmation(question: "Delete the room \(room.name)?  y/n", purpose: .apply(.updateVenue(updated))))
        default: break
        }
    }

    /// Enter on a problem goes to the thing to fix.
    static func checks(_ action: Action, _ state: inout AppState) {
        guard action == .open else { return }
        let problems = state.problems
        guard problems.indices.contains(state.selected(.checks)) else { return }
        let problem = problems[state.selected(.checks)]
        for id in problem.ids {
            if let row = state.agendaRows.firstIndex(where: {
                if case .item(let i) = $0 { return i.id == id }
                return false
            }) {
                state.screen = .agenda
                Update.setSelection(&state, row)
                return
            }
            if let row = state.participantRows.firstIndex(where: { $0.person.id == id }) {
                state.screen = .participants
                Update.setSelection(&state, row)
                return
            }
            if let row = state.organisationRows.firstIndex(where: { $0.id == id }) {
                state.screen = .organisations
                state.pane = 0
                Update.setSelection(&state, row)
                return
            }
            if state.book.venue(id) != nil {
                state.screen = .venue
                return
            }
        }
    }
}
