import PlannerCore
import TerminalKit
import TextCells

/// Screen 1: the event at a glance.
enum OverviewScreen: ScreenFeature {
    static func draw(_ buffer: inout CellBuffer, _ rect: Rect, _ state: AppState, _ theme: Theme) {
        guard let event = state.event else {
            Missing.draw(Missing.eventHere, &buffer, rect, theme[.accent])
            return
        }
        var y = rect.y
        func line(_ label: String, _ value: String, _ style: Theme.Role = .normal) {
            guard y < rect.maxY else { return }
            buffer.put(label, x: 1, y: y, style: theme[.header])
            buffer.put(value, x: 12, y: y, style: theme[style], maxWidth: rect.width - 13)
            y += 1
        }
        line("Event", event.title, .accent)
        if let theme = event.theme { line("Theme", theme) }
        line("When", "\(event.date) \(weekday(event.date)) \(event.start)–\(event.end) (\(event.tz))")
        if let venue = state.venue {
            line(
                "Venue",
                venue.name
                    + (venue.address.map { address in
                        (address.contains { TextCells.width(of: $0) == 2 } ? "，" : ", ") + address
                    } ?? "") + (venue.capacity.map { " · capacity \($0)" } ?? ""))
        }
        let attending = event.participants.filter { $0.rsvp == .confirmed || $0.rsvp == .attended }.count
        line(
            "People", "\(event.participants.count) invited · \(attending) confirmed · \(event.items.count) agenda items"
        )
        y += 1
        guard y < rect.maxY else { return }
        let turnout = state.turnout, orgs = state.organisationsByID
        let rows: [[String]] = event.orgs.map { invited in
            let t = turnout[invited.org] ?? Turnout()
            return [
                invited.part.rawValue, orgs[invited.org]?.displayName ?? invited.org, String(t.total),
                String(t.confirmed),
                String(t.count(.member)), String(t.count(.probationary)), String(t.count(.representative)),
                String(t.count(.guest)),
            ]
        }
        let header = ["Part", "Organisation", "All", "Conf.", "Member", "Prob.", "Rep.", "Guest"]
        let table = TableView(widths: [11, 18, 4, 5, 6, 5, 4, 5], rows: rows, selected: nil, scroll: 0)
        table.draw(
            &buffer, Rect(x: rect.x, y: y, width: rect.width, height: min(rows.count + 1, rect.maxY - y - 2)),
            header: header, theme)
        y += rows.count + 2
        guard y < rect.maxY else { return }
        if let problems = state.problemsIfReady {
            let errors = problems.filter { $0.severity == .error }.count,
                warnings = problems.filter { $0.severity == .warning }.count
            let summary =
                problems.isEmpty
                ? "Checks: no problems"
                : "Checks: \(errors) errors, \(warnings) warnings, \(problems.count - errors - warnings) notes (6 shows them)"
            buffer.put(
                summary, x: 1, y: y, style: errors > 0 ? theme[.error] : warnings > 0 ? theme[.warning] : theme[.dim])
        } else {
            buffer.put("Checks: running…", x: 1, y: y, style: theme[.dim])
        }
    }

    static func weekday(_ date: CivilDate) -> String {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][date.weekday - 1]
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
                    question: "Delete the event '\(event.title)' with its agenda?  y/n",
                    purpose: .apply(.removeEvent(id: event.id))))
        default: Update.info(&state, "On the Overview: e edits the event, a adds one, E switches")
        }
    }
}
