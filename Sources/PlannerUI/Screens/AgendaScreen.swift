import Phrasebook
import PlannerCore
import TerminalKit

/// A row of the agenda screen: an item, or one of its parts under it.
public enum AgendaRow: Equatable, Sendable {
    case item(AgendaItem)
    case role(item: AgendaItem, index: Int, role: Role)

    public var item: AgendaItem {
        switch self {
        case .item(let i), .role(let i, _, _): return i
        }
    }
}

extension AppState {
    /// The agenda screen's rows: each item, then its parts.
    public var agendaRows: [AgendaRow] {
        guard let event else { return [] }
        var rows: [AgendaRow] = []
        for item in event.items {
            rows.append(.item(item))
            for (i, role) in item.roles.enumerated() { rows.append(.role(item: item, index: i, role: role)) }
        }
        return rows
    }

    /// The agenda row under the selection, if any.
    var selectedAgendaRow: AgendaRow? {
        let rows = agendaRows, index = list(.agenda).selected
        return rows.indices.contains(index) ? rows[index] : nil
    }

    /// The row of item `id` on the agenda screen.
    func agendaRow(ofItem id: String) -> Int? {
        agendaRows.firstIndex {
            if case .item(let x) = $0 { return x.id == id }
            return false
        }
    }
}

/// Screen 2: the timeline, each item followed by its people in their parts.
enum AgendaScreen: ScreenFeature {
    static func table(_ content: Rect) -> Rect { Layout.belowHeading(content) }

    static func regions(_ state: AppState, _ content: Rect) -> [ListRegion] {
        [ListRegion(list: .agenda, rows: table(content).belowHeader)]
    }

    static func draw(_ buffer: inout CellBuffer, _ rect: Rect, _ state: AppState, _ theme: Theme) {
        guard let event = state.event else {
            Missing.draw(Missing.eventHere, state, &buffer, rect, theme[.accent])
            return
        }
        buffer.put(
            "\(event.title) · \(event.date) \(event.start)–\(event.end)", x: 1, y: rect.y, style: theme[.accent],
            maxWidth: rect.width - 2)
        let people = state.peopleByID
        let agendaRows = state.agendaRows
        let rows: [[String]] = agendaRows.map { row in
            switch row {
            case .item(let item):
                return [
                    "\(item.start)–\(ClockTime(clamping: item.endMinutes))", state.text(item.kind.phrase), item.title,
                    state.book.roomName(of: item, in: event) ?? "",
                ]
            case .role(_, _, let role):
                var text = "  " + (people[role.person]?.fullName ?? role.person)
                if let topic = role.topic { text += " — " + topic }
                if let minutes = role.minutes { text += state.text(tr(" (\(minutes) min)")) }
                return ["", "  " + state.text(role.part.phrase), text, ""]
            }
        }
        let styles: [Theme.Role?] = agendaRows.map {
            if case .role = $0 { return .dim }
            return nil
        }
        if rows.isEmpty {
            buffer.put(
                state.text(tr("No agenda items yet. Press a to add one.")), x: 1, y: rect.y + 2, style: theme[.dim])
            return
        }
        // The time column is 11 cells, or 12 where the en dash (ambiguous) counts two.
        // The room goes last, in its own column; the title column is the one that is never dropped.
        let table = TableView(
            columns: [
                TableColumn(state.text(tr("Time")), min: "00:00–00:00".cellWidth),
                TableColumn(state.text(tr("Kind")), min: 6, drop: 2),
                TableColumn(state.text(tr("Title / people")), min: 10, cap: 200, fills: true),
                TableColumn(state.text(tr("Room")), min: 4, drop: 1),
            ], rows: rows, rowStyles: styles, selected: state.list(.agenda).selected,
            scroll: state.list(.agenda).offset)
        table.draw(&buffer, Self.table(rect), theme)
    }

    static func perform(_ action: Action, _ state: inout AppState) {
        guard let event = state.event else {
            Missing.offerEvent(action, &state)
            return
        }
        let row = state.selectedAgendaRow
        switch action {
        case .add: state.mode = .form(Forms.item(state, editing: nil))
        case .edit, .open:
            switch row {
            case .item(let item)?: state.mode = .form(Forms.item(state, editing: item))
            case .role(let item, let index, _)?: state.mode = .form(Forms.role(state, item: item, index: index))
            case nil: Update.info(&state, tr("No agenda items yet: press a to add one"))
            }
        case .addPart:
            guard let item = row?.item else { return Update.info(&state, tr("Add an agenda item first (a)")) }
            state.mode = .form(Forms.role(state, item: item, index: nil))
        case .delete:
            switch row {
            case .item(let item)?:
                state.mode = .confirm(
                    Confirmation(
                        question: state.text(tr("Delete the item '\(item.title)'?  y/n")),
                        purpose: .apply(.removeItem(event: event.id, item: item.id))))
            case .role(let item, let index, let role)?:
                let name = state.book.person(role.person)?.name ?? role.person
                state.mode = .confirm(
                    Confirmation(
                        question: state.text(tr("Remove \(name) as \(role.part.phrase) of '\(item.title)'?  y/n")),
                        purpose: .apply(.unassign(event: event.id, item: item.id, index: index))))
            case nil: Update.info(&state, tr("No agenda items yet: press a to add one"))
            }
        case .moveItemEarlier, .moveItemLater:
            switch row {
            case .item(let item)?: move(item, earlier: action == .moveItemEarlier, in: event, &state)
            case .role(let item, let index, let role)?:
                move(role, at: index, of: item, earlier: action == .moveItemEarlier, in: event, &state)
            case nil: Update.info(&state, tr("No agenda items yet: press a to add one"))
            }
        default: Update.info(&state, tr("On the Agenda: a adds an item, Enter edits, p assigns a part, K/J move"))
        }
    }

    /// Moves a part's holder one place among the holders of that part (speakers mostly: the order printouts list
    /// them in), keeping the selection on them.
    private static func move(
        _ role: Role, at index: Int, of item: AgendaItem, earlier: Bool, in event: Event, _ state: inout AppState
    ) {
        let name = state.book.person(role.person)?.name ?? role.person
        guard let moved = item.moving(roleAt: index, earlier: earlier) else {
            return Update.info(
                &state,
                earlier
                    ? tr("\(name) is already the first \(role.part.phrase) of '\(item.title)'")
                    : tr("\(name) is already the last \(role.part.phrase) of '\(item.title)'"))
        }
        let position = item.roles[..<index].count { $0.part == role.part }
        let target = earlier ? position - 1 : position + 1
        guard Update.perform(.updateItem(event: event.id, item: moved), &state) else { return }
        Update.info(&state, tr("\(name) is now \(role.part.phrase) \(target + 1) of '\(item.title)'"))
        // The moved role is the target-th holder of its part in the new item.
        let newIndex = moved.roles.indices.filter { moved.roles[$0].part == role.part }[target]
        if let r = state.agendaRows.firstIndex(where: {
            if case .role(let i, let k, _) = $0 { return i.id == item.id && k == newIndex }
            return false
        }) {
            state.select(r, in: .agenda)
        }
    }

    /// Swaps the item with its neighbour in the timeline: the earlier one's start goes to the one moving up.
    private static func move(_ item: AgendaItem, earlier: Bool, in event: Event, _ state: inout AppState) {
        guard let i = event.itemIndex(item.id) else { return }
        let j = earlier ? i - 1 : i + 1
        guard event.items.indices.contains(j) else {
            return Update.info(
                &state,
                earlier
                    ? tr("'\(item.title)' is already the first item") : tr("'\(item.title)' is already the last item"))
        }
        let (first, second) = j < i ? (event.items[j], event.items[i]) : (event.items[i], event.items[j])
        let edit = Edit.batch(
            [
                .moveItem(event: event.id, item: second.id, to: first.start, shiftFollowing: false),
                .moveItem(
                    event: event.id, item: first.id,
                    to: ClockTime(clamping: min(1440 - first.minutes, first.start.minutes + second.minutes)),
                    shiftFollowing: false),
            ],
            label: earlier ? tr("move '\(item.title)' earlier") : tr("move '\(item.title)' later"))
        if Update.perform(edit, &state), let r = state.agendaRow(ofItem: item.id) { state.select(r, in: .agenda) }
    }
}
