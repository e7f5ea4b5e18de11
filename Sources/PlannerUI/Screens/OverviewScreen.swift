import Phrasebook
import PlannerCore
import TerminalKit
import TextCells

/// Screen 1: the event at a glance.
enum OverviewScreen: ScreenFeature {
    static func draw(_ buffer: inout CellBuffer, _ rect: Rect, _ state: AppState, _ theme: Theme) {
        guard state.event != nil else {
            Missing.draw(Missing.eventHere, state, &buffer, rect, theme[.accent])
            return
        }
        // The whole page is drawn, then the rows in view are copied: the Overview scrolls (↑ ↓ PgUp PgDn).
        let page = page(state, width: rect.width, theme)
        let offset = max(0, min(state.overviewOffset, page.height - rect.height))
        var view = CellBuffer(size: Size(width: rect.width, height: rect.height), style: theme[.normal])
        view.draw(page, x: 0, y: -offset)
        buffer.draw(view, x: rect.x, y: rect.y)
        if page.height > rect.height {
            // Which rows are in view, on the last row where it is blank.
            let marker = "\(offset + 1)–\(min(page.height, offset + rect.height))/\(page.height)"
            let x = rect.maxX - marker.cellWidth, y = rect.maxY - 1
            if (x - 1..<rect.maxX).allSatisfy({ buffer.cell(x: $0, y: y).character == " " }) {
                buffer.put(marker, x: x, y: y, style: theme[.dim])
            }
        }
    }

    /// How many rows the page takes at `width`: where scrolling stops.
    static func pageHeight(_ state: AppState, width: Int) -> Int {
        state.event == nil ? 0 : page(state, width: width, .builtIn).height
    }

    /// The Overview drawn whole, as tall as it needs: the event's fields (long values wrap), the organisations'
    /// turnout, the checks' summary.
    static func page(_ state: AppState, width: Int, _ theme: Theme) -> CellBuffer {
        guard let event = state.event else { return CellBuffer(width: width, height: 0) }
        var fields: [(String, String, Theme.Role)] = [(state.text(tr("Event")), event.title, .accent)]
        if let theme = event.theme { fields.append((state.text(tr("Theme")), theme, .normal)) }
        fields.append(
            (
                state.text(tr("When")),
                state.text(tr("\(event.date) \(weekday(event.date)) \(event.start)–\(event.end) (\(event.tz))")),
                .normal
            ))
        if let venue = state.venue {
            let value =
                venue.name
                + (venue.address.map { address in
                    (address.contains { TextCells.width(of: $0) == 2 } ? "，" : ", ") + address
                } ?? "") + (venue.capacity.map { " · " + state.text(tr("capacity \($0)")) } ?? "")
            fields.append((state.text(tr("Venue")), value, .normal))
        }
        let attending = event.participants.filter { $0.rsvp == .confirmed }.count
        fields.append(
            (
                state.text(tr("People")),
                [
                    RSVP.invited.counted(event.participants.count), RSVP.confirmed.counted(attending),
                    tr("\(count: event.items.count) agenda items"),
                ].map(state.text).joined(separator: " · "),
                .normal
            ))
        fields.append((state.text(tr("Turnout")), state.text(state.totalTurnout.summary), .normal))
        // The values start after the widest label, whatever the language.
        let valueX = max(12, 1 + (fields.map { $0.0.cellWidth }.max() ?? 0) + 2)
        let valueWidth = max(1, width - valueX - 1)
        let wrappedFields = fields.map { ($0.0, TextCells.wrapped($0.1, toCells: valueWidth), $0.2) }
        let summary = checksSummary(state)
        let summaryLines = TextCells.wrapped(summary.text, toCells: max(1, width - 2))
        let fieldRows = wrappedFields.reduce(0) { $0 + max(1, $1.1.count) }
        let height = fieldRows + 1 + (event.orgs.count + 1) + 1 + summaryLines.count
        var page = CellBuffer(size: Size(width: width, height: height), style: theme[.normal])
        var y = 0
        for (label, lines, style) in wrappedFields {
            page.put(label, x: 1, y: y, style: theme[.header])
            for line in lines {
                page.put(line, x: valueX, y: y, style: theme[style], maxWidth: valueWidth)
                y += 1
            }
            if lines.isEmpty { y += 1 }
        }
        y += 1
        let turnout = state.turnout, orgs = state.organisationsByID
        let rows: [[String]] = event.orgs.map { invited in
            let t = turnout[invited.org] ?? Turnout()
            return [
                state.text(invited.part.phrase), orgs[invited.org]?.displayName ?? invited.org, String(t.total),
                String(t.confirmed),
                String(t.count(Politics.member)), String(t.count(Politics.probationary)),
                String(t.count(Capacity.representative)), String(t.count(Capacity.guest)),
            ]
        }
        // The breakdown by status goes first when the width is short; the organisation never.
        let columns = [
            TableColumn(state.text(tr("Role")), min: 4, drop: 6), TableColumn(state.text(tr("Organisation")), min: 8),
            TableColumn(state.text(tr("All")), min: 3), TableColumn(state.text(tr("Conf.")), min: 3, drop: 5),
            TableColumn(state.text(tr("Member")), min: 3, drop: 4),
            TableColumn(state.text(tr("Prob.")), min: 3, drop: 3),
            TableColumn(state.text(tr("Rep.")), min: 3, drop: 2), TableColumn(state.text(tr("Guest")), min: 3, drop: 1),
        ]
        TableView(columns: columns, rows: rows, selected: nil, scroll: 0)
            .draw(&page, Rect(x: 0, y: y, width: width, height: rows.count + 1), theme)
        y += rows.count + 2
        for line in summaryLines {
            page.put(line, x: 1, y: y, style: theme[summary.style])
            y += 1
        }
        return page
    }

    /// The checks' one-line summary and its style.
    private static func checksSummary(_ state: AppState) -> (text: String, style: Theme.Role) {
        guard let problems = state.problemsIfReady else { return (state.text(tr("Checks: running…")), .dim) }
        let errors = problems.filter { $0.severity == .error }.count,
            warnings = problems.filter { $0.severity == .warning }.count
        let counts = Phrase.series([
            tr("\(count: errors) errors"), tr("\(count: warnings) warnings"),
            tr("\(count: problems.count - errors - warnings) notes"),
        ])
        let summary = state.text(problems.isEmpty ? tr("Checks: no problems") : tr("Checks: \(counts) (6 shows them)"))
        return (summary, errors > 0 ? .error : warnings > 0 ? .warning : .dim)
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
