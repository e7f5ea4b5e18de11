import Phrasebook
import PlannerCore
import TerminalKit
import TextCells

/// Screen 1: the event at a glance.
enum OverviewScreen: ScreenFeature {
    static func draw(_ buffer: inout CellBuffer, _ rect: Rect, _ state: AppState, _ theme: Theme) {
        guard let event = state.event else {
            Missing.draw(Missing.eventHere, state, &buffer, rect, theme[.accent])
            return
        }
        var y = rect.y
        func line(_ label: Phrase, _ value: String, _ style: Theme.Role = .normal) {
            guard y < rect.maxY else { return }
            buffer.put(state.text(label), x: 1, y: y, style: theme[.header])
            buffer.put(value, x: 12, y: y, style: theme[style], maxWidth: rect.width - 13)
            y += 1
        }
        line(tr("Event"), event.title, .accent)
        if let theme = event.theme { line(tr("Theme"), theme) }
        line(
            tr("When"),
            state.text(
                tr("\(event.date) \(weekday(event.date)) \(event.start)–\(event.end) (\(event.tz))")))
        if let venue = state.venue {
            line(
                tr("Venue"),
                venue.name
                    + (venue.address.map { address in
                        (address.contains { TextCells.width(of: $0) == 2 } ? "，" : ", ") + address
                    } ?? "") + (venue.capacity.map { " · " + state.text(tr("capacity \($0)")) } ?? ""))
        }
        let attending = event.participants.filter { $0.rsvp == .confirmed || $0.rsvp == .attended }.count
        line(
            tr("People"),
            [
                RSVP.invited.counted(event.participants.count), RSVP.confirmed.counted(attending),
                tr("\(count: event.items.count) agenda items"),
            ].map(state.text).joined(separator: " · "))
        y += 1
        guard y < rect.maxY else { return }
        let turnout = state.turnout, orgs = state.book.organisationsByID
        let rows: [[String]] = event.orgs.map { invited in
            let t = turnout[invited.org] ?? Turnout()
            return [
                state.text(invited.part.phrase), orgs[invited.org]?.displayName ?? invited.org, String(t.total),
                String(t.confirmed),
                String(t.count(.member)), String(t.count(.probationary)), String(t.count(.representative)),
                String(t.count(.guest)),
            ]
        }
        let header = [
            tr("Role"), tr("Organisation"), tr("All"), tr("Conf."), tr("Member"), tr("Prob."), tr("Rep."), tr("Guest"),
        ].map(state.text)
        let table = TableView(widths: [11, 18, 4, 5, 6, 5, 4, 5], rows: rows, selected: nil, scroll: 0)
        table.draw(
            &buffer, Rect(x: rect.x, y: y, width: rect.width, height: min(rows.count + 1, rect.maxY - y - 2)),
            header: header, theme)
        y += rows.count + 2
        guard y < rect.maxY else { return }
        if let problems = state.problemsIfReady {
            let errors = problems.filter { $0.severity == .error }.count,
                warnings = problems.filter { $0.severity == .warning }.count
            let counts = Phrase.series([
                tr("\(count: errors) errors"), tr("\(count: warnings) warnings"),
                tr("\(count: problems.count - errors - warnings) notes"),
            ])
            let summary = state.text(
                problems.isEmpty ? tr("Checks: no problems") : tr("Checks: \(counts) (6 shows them)"))
            buffer.put(
                summary, x: 1, y: y, style: errors > 0 ? theme[.error] : warnings > 0 ? theme[.warning] : theme[.dim])
        } else {
            buffer.put(state.text(tr("Checks: running…")), x: 1, y: y, style: theme[.dim])
        }
    }

    static func weekday(_ date: CivilDate) -> Phrase {
        [tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun")][date.weekday - 1]
    }

    static func regions(_ state: AppState, _ content: Rect) -> [ListRegion] { [] }

    static func perform(_ action: Action, _ state: inout AppState) {
        switch action {
        case .add: state.mode = .form(Forms.event(state, editing: nil))
        case .edit, .open:
            guard let event = state.event else { return state.mode = .form(Forms.event(state, editing: nil)) }
            state.mode = .form(Forms.event(state, editing: event))
        case .delete:
            guard let event = state.event else { return Update.info(&state, Missing.event) }
            state.mode = .confirm(
                Confirmation(
                    question: state.text(tr("Delete the event '\(event.title)' with its agenda?  y/n")),
                    purpose: .apply(.removeEvent(id: event.id))))
        default: Update.info(&state, tr("On the Overview: e edits the event, a adds one, E switches"))
        }
    }
}
