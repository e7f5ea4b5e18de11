import Phrasebook
import PlannerCore
import TerminalKit

/// Keys in a pick-list: type to filter (name, pinyin, initials), move, pick.
enum PickerUpdate {
    /// Everyone in the book, participants of the current event first, each group by pinyin.
    static func people(
        _ state: AppState, title: String, purpose: Picker.Purpose, excludingParticipants: Bool = false
    ) -> Picker {
        let orgs = state.organisationsByID
        let participants = Set(state.event?.participants.map(\.person) ?? [])
        let roster = state.book.people
        let chosen = roster.indices
            .filter { !excludingParticipants || !participants.contains(roster[$0].id) }
            .map {
                (
                    position: $0, isParticipant: participants.contains(roster[$0].id),
                    order: PinyinKey.order(roster[$0].name)
                )
            }
            .sorted { a, b in a.isParticipant != b.isParticipant ? a.isParticipant : a.order < b.order }
        let people = chosen.map { roster[$0.position] }
        let options = people.map { p in
            Picker.Option(
                id: p.id, label: p.name,
                detail: [
                    p.latin, orgs[p.org]?.displayName,
                    participants.contains(p.id) || excludingParticipants ? nil : state.text(tr("not a participant")),
                ]
                .compactMap { $0 }.joined(separator: " · "),
                latin: p.latin)
        }
        // The roster's search keys, through each option's roster position: typing needs no keys of its own.
        let search = NameFilter(state.rosterSearch.search(of: roster), rows: chosen.map { Int32($0.position) })
        return Picker(title: title, options: Picker.Option.tellingApart(options), purpose: purpose, search: search)
    }

    /// The pick-list for a form field: organisations, the venue's rooms, or people.
    static func forField(_ source: PickSource, _ state: AppState, purpose: Picker.Purpose) -> Picker {
        switch source {
        case .organisation:
            return Picker(
                title: state.text(tr("Choose an organisation")),
                options: Picker.Option.tellingApart(
                    state.book.organisations.map {
                        Picker.Option(id: $0.id, label: $0.displayName, detail: $0.name, latin: nil)
                    }), purpose: purpose)
        case .room:
            return Picker(
                title: state.text(tr("Choose a room")),
                options: [Picker.Option(id: "", label: state.text(tr("(none)")))]
                    + (state.venue?.rooms ?? []).map {
                        Picker.Option(
                            id: $0.id, label: $0.name,
                            detail: $0.capacity.map { state.text(tr("capacity \($0)")) } ?? "")
                    }, purpose: purpose)
        case .person:
            return people(state, title: state.text(tr("Choose a person")), purpose: purpose)
        }
    }

    static func apply(_ action: Action, picker: Picker, to state: inout AppState) {
        var picker = picker
        let count = picker.visible.count
        switch action {
        case .cancel:
            if case .formField(let form, _, _) = picker.purpose {
                state.mode = .form(form)
            } else {
                state.mode = .normal
            }
            return
        case .moveUp: picker.selection = max(0, picker.selection - 1)
        case .moveDown: picker.selection = min(max(0, count - 1), picker.selection + 1)
        case .pageUp: picker.selection = max(0, picker.selection - 10)
        case .pageDown: picker.selection = min(max(0, count - 1), picker.selection + 10)
        case .textKey(let key):
            _ = picker.filter.handle(key)
            picker.selection = 0
        case .accept:
            let visible = picker.visible
            guard visible.indices.contains(picker.selection) else {
                Update.error(&state, tr("Nothing matches '\(picker.filter.text)'"))
                state.mode = .picker(picker)
                return
            }
            return pick(visible[picker.selection], picker, &state)
        default: break
        }
        state.mode = .picker(picker)
    }

    private static func pick(_ option: Picker.Option, _ picker: Picker, _ state: inout AppState) {
        switch picker.purpose {
        case .formField(var form, let field, let source):
            let label = state.book.person(option.id)?.fullName ?? option.label
            form.update(field) { f in
                f.value =
                    option.id.isEmpty
                    ? .pick(id: nil, label: "", source: source) : .pick(id: option.id, label: label, source: source)
            }
            if form.error?.field == field { form.error = nil }
            // The focus stays on the field just chosen, so the next Tab goes to the field after it.
            form.focus = field
            state.mode = .form(form)
        case .addParticipant:
            state.mode = .normal
            guard let event = state.eventID else { return Update.info(&state, Missing.event) }
            if Update.perform(.addParticipant(event: event, person: option.id, rsvp: .invited), &state) {
                Update.info(&state, tr("Added \(option.label) to the event (invited)"))
                if let row = state.participantRows.firstIndex(where: { $0.person.id == option.id }) {
                    state.select(row, in: .participants)
                }
            }
        case .addEveryone:
            state.mode = .normal
            ParticipantPickers.addEveryone(of: option.id, &state)
        case .setCapacity(let people):
            state.mode = .normal
            guard let capacity = Capacity(rawValue: option.id) else { return }
            ParticipantCommands.capacity(capacity, people: people, &state)
        case .switchEvent:
            switch option.id {
            case "+standard", "+blank":
                state.mode = .form(Forms.event(state, editing: nil, standard: option.id == "+standard"))
            default:
                state.mode = .normal
                state.eventID = option.id
                state.lists = [:]
                Update.info(&state, tr("Now planning: \(option.label)"))
            }
        }
    }
}
