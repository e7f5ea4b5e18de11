import Phrasebook
import PlannerCore
import TerminalKit

extension AppState {
    public var venue: Venue? { event?.venue.flatMap(book.venue) }

    public var roomRows: [Room] { venue?.rooms ?? [] }
}

/// Screen 5: the event's venue and its rooms.
enum VenueScreen: ScreenFeature {
    /// The venue's fields drawn above the rooms.
    static let detailLines = 4

    static func roomsTable(_ content: Rect) -> Rect {
        let top = content.y + detailLines + 2
        return Rect(x: content.x, y: top, width: content.width, height: max(0, content.maxY - top))
    }

    static func regions(_ state: AppState, _ content: Rect) -> [ListRegion] {
        [ListRegion(list: .rooms, rows: roomsTable(content).belowHeader)]
    }

    static func draw(_ buffer: inout CellBuffer, _ rect: Rect, _ state: AppState, _ theme: Theme) {
        guard let event = state.event else {
            Missing.draw(Missing.eventHere, state, &buffer, rect, theme[.accent])
            return
        }
        guard let venue = state.venue else {
            buffer.put(
                state.text(tr("'\(event.title)' has no venue yet. Press a to add one.")), x: 1, y: rect.y + 1,
                style: theme[.dim],
                maxWidth: rect.width - 2)
            return
        }
        let details = [
            (tr("Venue"), venue.name), (tr("Address"), venue.address ?? "–"),
            (tr("Capacity"), venue.capacity.map(String.init) ?? "–"), (tr("Notes"), venue.notes ?? ""),
        ]
        for (i, (label, value)) in details.prefix(detailLines).enumerated() {
            buffer.put(state.text(label), x: 1, y: rect.y + i, style: theme[.header])
            buffer.put(value, x: 12, y: rect.y + i, style: theme[.normal], maxWidth: rect.width - 13)
        }
        let table = roomsTable(rect)
        buffer.put(state.text(tr("Rooms")), x: 1, y: table.y - 1, style: theme[.accent])
        let rows = venue.rooms.map { room -> [String] in
            let uses = state.text(.series(event.items.filter { $0.room == room.id }.map(\.title)))
            return [room.name, room.capacity.map(String.init) ?? "–", uses]
        }
        let list = state.list(.rooms)
        TableView(
            columns: [
                TableColumn(state.text(tr("Room")), min: 6), TableColumn(state.text(tr("Capacity")), min: 3, drop: 1),
                TableColumn(state.text(tr("Used by")), min: 6, cap: 200, drop: 2, fills: true),
            ], rows: rows, selected: list.selected, scroll: list.offset
        )
        .draw(&buffer, table, theme)
        if rows.isEmpty {
            buffer.put(
                state.text(tr("No rooms yet: a adds one")), x: 1, y: table.y + 1, style: theme[.dim],
                maxWidth: rect.width - 2)
        }
    }

    static func perform(_ action: Action, _ state: inout AppState) {
        guard state.event != nil else {
            Missing.offerEvent(action, &state)
            return
        }
        guard let venue = state.venue else {
            if action == .add || action == .edit || action == .open {
                state.mode = .form(Forms.venue(state, editing: nil))
            } else {
                Update.info(&state, tr("No venue yet: press a to add one"))
            }
            return
        }
        let index = state.list(.rooms).selected
        let room = venue.rooms.indices.contains(index) ? venue.rooms[index] : nil
        switch action {
        case .add: state.mode = .form(Forms.room(state, editing: nil, index: nil))
        case .edit: state.mode = .form(Forms.venue(state, editing: venue))
        case .open:
            guard let room else { return Update.info(&state, tr("No rooms yet: a adds one, e edits the venue")) }
            state.mode = .form(Forms.room(state, editing: room, index: index))
        case .delete:
            guard let room, let removal = state.book.roomRemoval(room.id, from: venue.id) else {
                return Update.info(&state, tr("No rooms yet: a adds one"))
            }
            // A room in use leaves its items too, in the same step: the question names them.
            let users = state.book.roomUsers(room.id, venue: venue.id)
            let listed = users.map { tr("'\($0.title)' (\($0.id))") }
            let question =
                users.isEmpty
                ? tr("Delete the room \(room.name)?  y/n")
                : tr(
                    "Delete the room \(room.name)? It is taken off \(RecordKind.item.counted(users.count)): \(Phrase.series(listed)).  y/n"
                )
            state.mode = .confirm(Confirmation(question: state.text(question), purpose: .apply(removal)))
        default: Update.info(&state, tr("On the Venue: e edits the venue, a adds a room, Enter edits the room"))
        }
    }
}
