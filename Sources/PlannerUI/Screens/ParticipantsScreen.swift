import Phrasebook
import PlannerCore
import TerminalKit
import TextCells

/// Screen 3: who comes, by organisation, with status and RSVP.
enum ParticipantsScreen: ScreenFeature {
    static func table(_ content: Rect) -> Rect { Layout.belowHeading(content) }

    static func regions(_ state: AppState, _ content: Rect) -> [ListRegion] {
        [ListRegion(list: .participants, rows: table(content).belowHeader)]
    }

    static func draw(_ buffer: inout CellBuffer, _ rect: Rect, _ state: AppState, _ theme: Theme) {
        guard let event = state.event else {
            Missing.draw(Missing.eventHere, state, &buffer, rect, theme[.accent])
            return
        }
        let rows = state.participantRows
        let orgs = state.organisationsByID
        var parts: [String: [Phrase]] = [:]
        for item in event.items {
            for role in item.roles { parts[role.person, default: []].append(role.part.phrase) }
        }
        let byRSVP = state.rsvpCounts
        var head = state.text(tr("\(count: event.participants.count) participants"))
        for r in RSVP.allCases { head += " · " + state.text(r.counted(byRSVP[r] ?? 0)) }
        // 应到 / 实到 / 请假 / 缺席 where the line has room (the Overview always shows them).
        let withCounts = head + " · " + state.text(state.totalTurnout.summary)
        if withCounts.cellWidth <= rect.width - 2 { head = withCounts }
        if let filter = state.filters[.participants] {
            head = state.text(tr("filter “\(filter)”: \(rows.count) shown · Esc clears · \(head)"))
        }
        buffer.put(TextCells.truncatedAtWord(head, toCells: rect.width - 2), x: 1, y: rect.y, style: theme[.accent])
        let list = state.list(.participants)
        // Each standing's, answer's and reason's words once per frame, not once per row (FrameTexts).
        let say = FrameTexts(state.language)
        let rsvpText = Dictionary(uniqueKeysWithValues: RSVP.allCases.map { ($0, state.text($0.phrase)) })
        let noParts = state.text(.series([Phrase]()))
        let table = TableView(
            columns: [
                TableColumn(state.text(tr("Name")), min: 6), TableColumn(state.text(tr("Latin")), min: 6, drop: 4),
                TableColumn(state.text(tr("Organisation")), min: 8, drop: 6),
                TableColumn(state.text(tr("Status")), min: 6, drop: 5),
                .actedOn(state.text(tr("RSVP")), min: 6),
                // On leave and signed in go before the parts when the width is short.
                TableColumn(state.text(tr("Leave")), min: 4, drop: 1),
                TableColumn(state.text(tr("Sign-in")), min: 5, drop: 2),
                TableColumn(state.text(tr("Parts")), min: 5, drop: 3, fills: true),
            ], count: rows.count,
            cells: { i in
                let r = rows[i]
                return [
                    r.person.name, r.person.latin ?? "", orgs[r.person.org]?.displayName ?? r.person.org,
                    say(r.participant.standing(r.person)), rsvpText[r.rsvp] ?? "",
                    r.participant.leave.map { say($0.reason.phrase) } ?? "",
                    Self.signIn(r.participant.attendance, state),
                    parts[r.person.id].map { state.text(.series($0)) } ?? noParts,
                ]
            },
            rowStyle: { rows[$0].rsvp == .declined ? .dim : nil },
            selected: list.selected, scroll: list.offset)
        table.draw(&buffer, Self.table(rect), theme)
        if rows.isEmpty {
            let text =
                state.filters[.participants] != nil
                ? tr("Nobody matches the filter (Esc clears it).")
                : state.book.people.isEmpty
                    ? tr("Nobody on any roster yet. Press a to add an organisation and its people.")
                    : tr("Nobody yet. Press a to add participants.")
            buffer.put(state.text(text), x: 1, y: rect.y + 3, style: theme[.dim], maxWidth: rect.width - 2)
        }
    }

    /// The sign-in column: the time signed in ("08:51"), 已签到 when no time was kept, 缺席, or nothing yet.
    static func signIn(_ attendance: Attendance, _ state: AppState) -> String {
        switch attendance {
        case .notYet: return ""
        case .signedIn(let at?): return at.description
        case .signedIn(nil), .absent: return state.text(attendance.phrase)
        }
    }

    static func perform(_ action: Action, _ state: inout AppState) {
        guard let event = state.event else {
            Missing.offerEvent(action, &state)
            return
        }
        let rows = state.participantRows, index = state.list(.participants).selected
        let row = rows.indices.contains(index) ? rows[index] : nil
        switch action {
        case .add:
            // What is missing first: an organisation, then someone on its roster.
            if state.book.organisations.isEmpty {
                Update.info(&state, tr("No organisations yet: first add one, then its people"))
                state.mode = .form(Forms.organisation(state, editing: nil))
            } else if state.book.people.isEmpty {
                Update.info(&state, tr("Nobody on any roster yet: first add a person"))
                state.mode = .form(Forms.person(state, editing: nil, org: state.book.organisations.first?.id))
            } else {
                state.mode = .picker(
                    PickerUpdate.people(
                        state, title: state.text(tr("Add a participant")), purpose: .addParticipant,
                        excludingParticipants: true))
            }
        case .toggle:
            guard let row else { return Update.info(&state, tr("Nobody yet: press a to add participants")) }
            let next = row.rsvp.next(signedIn: row.participant.attendance.isSignedIn)
            if Update.perform(.setRSVP(event: event.id, person: row.person.id, rsvp: next), &state) {
                Update.info(&state, tr("\(row.person.name): \(row.rsvp.phrase) → \(next.phrase)"))
            }
        case .delete:
            guard let row else { return Update.info(&state, tr("Nobody yet: press a to add participants")) }
            Update.askToApply(.removeParticipant(event: event.id, person: row.person.id), &state) { note in
                note.map { tr("Remove \(row.person.name) from this event? \($0).  y/n") }
                    ?? tr("Remove \(row.person.name) from this event?  y/n")
            }
        case .edit, .open:
            guard let row else { return Update.info(&state, tr("Nobody yet: press a to add participants")) }
            state.mode = .form(Forms.person(state, editing: row.person, org: nil))
        default: Update.info(&state, tr("On Participants: a adds, Space changes the RSVP, d removes, / filters"))
        }
    }
}

extension RSVP {
    /// "3 confirmed": how many gave this answer, for the headings.
    func counted(_ n: Int) -> Phrase {
        switch self {
        case .invited: return tr("\(n) invited")
        case .confirmed: return tr("\(n) confirmed")
        case .declined: return tr("\(n) declined")
        }
    }

    /// The next answer in the cycle `Space` walks: invited → confirmed → declined → invited; for someone signed in,
    /// who cannot have declined, invited ↔ confirmed.
    func next(signedIn: Bool) -> RSVP {
        switch self {
        case .invited: return .confirmed
        case .confirmed: return signedIn ? .invited : .declined
        case .declined: return .invited
        }
    }
}
