import Phrasebook
import PlannerCore
import TerminalKit

/// The sign-in desk on Participants (`I`): what is typed (a name, pinyin or initials) narrows the list, `Enter` signs
/// the highlighted person in at the clock's time and clears the line for the next arrival, and the counts at the top
/// follow. `Esc` leaves.
enum SignInDesk {
    static func begin(_ state: inout AppState) {
        guard state.event != nil else { return Update.info(&state, Missing.event) }
        state.mode = .signIn(TextField())
        state.select(0, in: .participants)
        Update.info(&state, tr("Sign-in desk: type a name, pinyin or initials, then Enter; Esc leaves"))
    }

    static func apply(_ action: Action, _ field: TextField, _ state: inout AppState) {
        var field = field
        switch action {
        case .cancel:
            state.mode = .normal
            state.clampLists()
            Update.info(&state, tr("Left the sign-in desk · \(state.totalTurnout.summary)"))
        case .moveUp: state.moveSelection(by: -1)
        case .moveDown: state.moveSelection(by: 1)
        case .pageUp: state.moveSelection(by: -Update.pageSize(state))
        case .pageDown: state.moveSelection(by: Update.pageSize(state))
        case .textKey(let key):
            _ = field.handle(key)
            state.mode = .signIn(field)
            state.select(0, in: .participants)
            state.message = nil
        case .accept: signIn(field, &state)
        default: break
        }
    }

    /// Enter: signs the highlighted person in, or says why not (nothing typed, nobody matches, signed in already).
    private static func signIn(_ field: TextField, _ state: inout AppState) {
        guard let event = state.event else { return }
        let typed = field.text
        guard !typed.trimmingCharacters(in: .whitespaces).isEmpty else {
            return Update.info(&state, tr("Type a name, pinyin or initials first"))
        }
        let rows = state.participantRows, index = state.list(.participants).selected
        guard rows.indices.contains(index) else { return notOnTheList(typed, &state) }
        let row = rows[index]
        let now = state.clock.now(in: event.tz)
        let edits = ParticipantCommands.signInEdits(row, event: event.id, at: now)
        state.mode = .signIn(TextField())
        defer { state.select(0, in: .participants) }
        guard let first = edits.first else {
            let at = row.participant.attendance
            if case .signedIn(let time?) = at {
                return Update.error(&state, tr("\(row.person.name) signed in already, at \(time)"))
            }
            return Update.error(&state, tr("\(row.person.name) signed in already"))
        }
        let edit =
            edits.count == 1
            ? first : .batch(edits, label: tr("\(Attendance.signedIn(at: now).phrase) for \(count: 1) participants"))
        guard Update.perform(edit, &state) else { return }
        let counts = state.totalTurnout
        Update.info(
            &state,
            edits.count > 1
                ? tr("\(row.person.name) had declined: now confirmed and signed in at \(now) · \(counts.summary)")
                : tr("\(row.person.name) signed in at \(now) · \(counts.summary)"))
    }

    /// Nobody on the list matches: says whether the roster has them (then `a` adds them) or nobody is called so.
    private static func notOnTheList(_ typed: String, _ state: inout AppState) {
        let taking = Set(state.event?.participants.map(\.person) ?? [])
        let roster = state.book.people
        // The roster's search keys, as the list's: no pinyin worked out name by name.
        let others = state.rosterSearch.search(of: roster).entries(matching: PinyinQuery(typed)).lazy
            .map { roster[Int($0)] }.filter { !taking.contains($0.id) }
        guard let first = others.first else {
            return Update.error(&state, tr("Nobody on the list matches '\(typed)'"))
        }
        let names = Phrase.series(Array(others.prefix(3).map(\.name)))
        Update.error(
            &state,
            others.dropFirst().isEmpty
                ? tr("\(first.name) is not on this event's list: Esc, then a adds them")
                : tr("\(names) are not on this event's list: Esc, then a adds them"))
    }
}
