import Phrasebook
import PlannerCore
import TerminalKit
import TextCells

/// Screen 3: who comes, by organisation, with status and RSVP; at the sign-in desk (`I`), the counts and the line
/// that finds the next arrival above the list.
enum ParticipantsScreen: ScreenFeature {
    /// The table: below the heading, and at the sign-in desk below its line too.
    static func table(_ content: Rect, _ state: AppState) -> Rect {
        let below = Layout.belowHeading(content)
        guard case .signIn = state.mode else { return below }
        return Rect(x: below.x, y: below.y + 1, width: below.width, height: max(0, below.height - 1))
    }

    static func regions(_ state: AppState, _ content: Rect) -> [ListRegion] {
        [ListRegion(list: .participants, rows: table(content, state).belowHeader)]
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
        let marked = state.marks.people(in: event.id)
        let desk: TextField?
        if case .signIn(let field) = state.mode { desk = field } else { desk = nil }
        if let desk {
            deskLines(&buffer, rect, desk, state, theme)
        } else {
            heading(&buffer, rect, event, rows.count, marked.count, state, theme)
        }
        let list = state.list(.participants)
        // Each standing's, answer's and reason's words once per frame, not once per row (FrameTexts).
        let say = FrameTexts(state.language)
        let rsvpText = Dictionary(uniqueKeysWithValues: RSVP.allCases.map { ($0, state.text($0.phrase)) })
        let noParts = state.text(.series([Phrase]()))
        // At the desk the sign-in column is the one the keys change: it stays when the width is short.
        let rsvpColumn = TableColumn(state.text(tr("RSVP")), min: 6, drop: 5)
        let signInColumn = TableColumn(state.text(tr("Sign-in")), min: 5, drop: 2)
        let table = TableView(
            columns: [
                TableColumn(state.text(tr("Name")), min: 6), TableColumn(state.text(tr("Latin")), min: 6, drop: 4),
                TableColumn(state.text(tr("Organisation")), min: 8, drop: 6),
                TableColumn(state.text(tr("Status")), min: 6, drop: 5),
                desk == nil ? .actedOn(rsvpColumn.title, min: 6) : rsvpColumn,
                // On leave and signed in go before the parts when the width is short.
                TableColumn(state.text(tr("Leave")), min: 4, drop: 1),
                desk == nil ? signInColumn : .actedOn(signInColumn.title, min: 5),
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
            rowStyle: { rows[$0].rsvp == .declined ? .dim : marked.contains(rows[$0].person.id) ? .accent : nil },
            marked: { marked.contains(rows[$0].person.id) },
            selected: list.selected, scroll: list.offset)
        table.draw(&buffer, Self.table(rect, state), theme)
        if rows.isEmpty {
            let text =
                desk.flatMap { $0.isEmpty ? nil : tr("Nobody on the list matches '\($0.text)'") }
                ?? (state.filters[.participants] != nil
                    ? tr("Nobody matches the filter (Esc clears it).")
                    : state.book.people.isEmpty
                        ? tr("Nobody on any roster yet. Press a to add an organisation and its people.")
                        : tr("Nobody yet. Press a to add participants."))
            buffer.put(
                state.text(text), x: 1, y: Self.table(rect, state).y + 2, style: theme[.dim], maxWidth: rect.width - 2)
        }
    }

    /// The heading: how many, their replies, the four counts where the line has room, the filter, the marks.
    static func heading(
        _ buffer: inout CellBuffer, _ rect: Rect, _ event: Event, _ shown: Int, _ marked: Int, _ state: AppState,
        _ theme: Theme
    ) {
        let byRSVP = state.rsvpCounts
        var head = state.text(tr("\(count: event.participants.count) participants"))
        for r in RSVP.allCases { head += " · " + state.text(r.counted(byRSVP[r] ?? 0)) }
        // 应到 / 实到 / 请假 / 缺席 where the line has room (the Overview always shows them).
        let withCounts = head + " · " + state.text(state.totalTurnout.summary)
        if withCounts.cellWidth <= rect.width - 2 { head = withCounts }
        if let filter = state.filters[.participants] {
            head = state.text(tr("filter “\(filter)”: \(shown) shown · Esc clears · \(head)"))
        }
        if marked > 0 {
            head = state.text(tr("\(count: marked) marked: c x i o C act on them, M clears")) + " · " + head
        }
        buffer.put(TextCells.truncatedAtWord(head, toCells: rect.width - 2), x: 1, y: rect.y, style: theme[.accent])
    }

    /// The sign-in desk's two lines: the counts as they stand, and what is typed, with the caret.
    static func deskLines(
        _ buffer: inout CellBuffer, _ rect: Rect, _ field: TextField, _ state: AppState, _ theme: Theme
    ) {
        let counts = state.text(tr("Sign-in desk · \(state.totalTurnout.summary)"))
        buffer.put(TextCells.truncatedAtWord(counts, toCells: rect.width - 2), x: 1, y: rect.y, style: theme[.accent])
        let y = rect.y + 1
        let x = 1 + buffer.put(state.text(tr("Name, pinyin or initials: ")), x: 1, y: y, style: theme[.normal])
        var field = field
        let (visible, caret) = field.layout(width: max(1, rect.width - x - 1))
        buffer.fill(Rect(x: x, y: y, width: max(0, rect.width - x - 1), height: 1), style: theme[.fieldActive])
        buffer.put(visible, x: x, y: y, style: theme[.fieldActive])
        buffer.cursor = (x + caret, y)
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
        case .reply(let rsvp): ParticipantCommands.reply(rsvp, &state)
        case .signIn: ParticipantCommands.signIn(&state)
        case .markAbsent: ParticipantCommands.absent(&state)
        case .beginLeave:
            guard let row else { return Update.info(&state, tr("Nobody yet: press a to add participants")) }
            state.mode = .form(Forms.leave(state, person: row.person, leave: row.participant.leave))
        case .beginCapacity:
            if let picker = ParticipantPickers.capacity(&state) { state.mode = .picker(picker) }
        case .addEveryone:
            guard !state.book.organisations.isEmpty else {
                return Update.info(&state, tr("No organisations yet: first add one, then its people"))
            }
            state.mode = .picker(ParticipantPickers.organisations(state))
        case .mark:
            guard let row else { return Update.info(&state, tr("Nobody yet: press a to add participants")) }
            state.marks.toggle(row.person.id, in: event.id)
            state.moveSelection(by: 1)
        case .markAllShown:
            let shown = rows.map(\.person.id), marked = state.marks.people(in: event.id)
            if !shown.isEmpty, shown.allSatisfy(marked.contains) {
                state.marks.clear()
                Update.info(&state, tr("Marks cleared"))
            } else {
                state.marks.mark(shown, in: event.id)
            }
        case .beginSignIn: SignInDesk.begin(&state)
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
