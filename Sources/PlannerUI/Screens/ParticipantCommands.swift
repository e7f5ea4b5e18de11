import Phrasebook
import PlannerCore

/// The keys of Participants that set a reply, a sign-in, an absence or a capacity: on the marked participants when
/// there are marks (one undoable edit, after which the marks are cleared), else on the one under the cursor; each
/// says what it did, or that there was nothing to do.
enum ParticipantCommands {
    /// What a command does to one participant: the edits, none when it is so already.
    typealias Change = (ParticipantListRow) -> [Edit]

    /// The marked participants in list order, else the one under the cursor; empty (and says why) when neither.
    static func targets(_ state: inout AppState) -> (rows: [ParticipantListRow], marked: Bool) {
        let marked = state.marks.people(in: state.eventID)
        if !marked.isEmpty {
            let rows = state.allParticipantRows.filter { marked.contains($0.person.id) }
            if !rows.isEmpty { return (rows, true) }
            // Everyone marked left the list (removed, or undone): the marks are stale.
            state.marks.clear()
        }
        let rows = state.participantRows, index = state.list(.participants).selected
        guard rows.indices.contains(index) else {
            Update.info(&state, tr("Nobody yet: press a to add participants"))
            return ([], false)
        }
        return ([rows[index]], false)
    }

    /// `c` and `x`: the reply.
    static func reply(_ rsvp: RSVP, _ state: inout AppState) {
        guard let event = state.eventID else { return }
        run(&state, value: rsvp.phrase, was: { $0.rsvp.phrase }) { row in
            row.rsvp == rsvp ? [] : [.setRSVP(event: event, person: row.person.id, rsvp: rsvp)]
        }
    }

    /// `i`: signed in now, by the clock; one signed in already keeps their time.
    static func signIn(_ state: inout AppState) {
        guard let event = state.event else { return }
        let now = state.clock.now(in: event.tz)
        run(&state, value: Attendance.signedIn(at: now).phrase, was: { $0.participant.attendance.phrase }) { row in
            signInEdits(row, event: event.id, at: now)
        }
    }

    /// The edits that sign `row` in at `time`: none when signed in already; one who had declined is confirmed first
    /// (they came after all), in the same step.
    static func signInEdits(_ row: ParticipantListRow, event: String, at time: ClockTime) -> [Edit] {
        guard !row.participant.attendance.isSignedIn else { return [] }
        let signIn = Edit.setAttendance(event: event, person: row.person.id, attendance: .signedIn(at: time))
        guard row.rsvp == .declined else { return [signIn] }
        return [.setRSVP(event: event, person: row.person.id, rsvp: .confirmed), signIn]
    }

    /// `o`: marked absent.
    static func absent(_ state: inout AppState) {
        guard let event = state.eventID else { return }
        run(&state, value: Attendance.absent.phrase, was: { $0.participant.attendance.phrase }) { row in
            row.participant.attendance == .absent
                ? [] : [.setAttendance(event: event, person: row.person.id, attendance: .absent)]
        }
    }

    /// The capacity picked after `C`, for `people` (the marked ones, or the one under the cursor, when it opened).
    static func capacity(_ capacity: Capacity, people: [String], _ state: inout AppState) {
        guard let event = state.eventID else { return }
        let chosen = Set(people)
        let rows = state.allParticipantRows.filter { chosen.contains($0.person.id) }
        run(
            &state, rows: rows, marked: people.count > 1, value: capacity.phrase,
            was: { $0.participant.capacity.phrase }
        ) { row in
            row.participant.capacity == capacity
                ? [] : [.setCapacity(event: event, person: row.person.id, capacity: capacity)]
        }
    }

    private static func run(
        _ state: inout AppState, value: Phrase, was: (ParticipantListRow) -> Phrase, _ change: Change
    ) {
        let (rows, marked) = targets(&state)
        guard !rows.isEmpty else { return }
        run(&state, rows: rows, marked: marked, value: value, was: was, change)
    }

    /// Applies `change` to `rows` as one step and says what it did.
    private static func run(
        _ state: inout AppState, rows: [ParticipantListRow], marked: Bool, value: Phrase,
        was: (ParticipantListRow) -> Phrase, _ change: Change
    ) {
        var edits: [Edit] = [], changed = 0
        for row in rows {
            let more = change(row)
            if !more.isEmpty { changed += 1 }
            edits += more
        }
        guard marked || rows.count > 1 else {
            guard let row = rows.first else { return }
            return single(row, edits, value: value, was: was(row), &state)
        }
        guard !edits.isEmpty else {
            return Update.info(&state, tr("The \(count: rows.count) marked participants are \(value) already"))
        }
        if Update.perform(.batch(edits, label: tr("\(value) for \(count: changed) participants")), &state) {
            state.marks.clear()
            Update.info(&state, tr("\(count: changed) marked participants now \(value)"))
        }
    }

    private static func single(
        _ row: ParticipantListRow, _ edits: [Edit], value: Phrase, was: Phrase, _ state: inout AppState
    ) {
        let name = row.person.name
        guard let first = edits.first else {
            if case .signedIn(let at) = row.participant.attendance {
                return Update.info(
                    &state, at.map { tr("\(name) signed in already, at \($0)") } ?? tr("\(name) signed in already"))
            }
            return Update.info(&state, tr("\(name) is \(value) already"))
        }
        let edit = edits.count == 1 ? first : .batch(edits, label: tr("\(value) for \(count: 1) participants"))
        guard Update.perform(edit, &state) else { return }
        if edits.count > 1 {
            Update.info(&state, tr("\(name) had declined: now confirmed and \(value)"))
        } else {
            Update.info(&state, tr("\(name): \(was) → \(value)"))
        }
    }
}
