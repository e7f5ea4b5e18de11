import Phrasebook
import PlannerCore
import TerminalKit

/// Adds or edits an agenda item.
struct ItemForm: FormModel {
    /// The kinds to choose from, in the core's vocabulary.
    static func kinds(_ state: AppState) -> [ChoiceOption] {
        ItemKind.allCases.map { .init(value: $0.rawValue, label: state.text($0.phrase)) }
    }

    let editing: AgendaItem?
    var name: FormField
    var kind: FormField
    var start: FormField
    var minutes: FormField
    var room: FormField
    var notes: FormField
    /// Editing only: whether a new start shifts the items after it.
    var shift: FormField

    var fields: [WritableKeyPath<ItemForm, FormField>] {
        [\.name, \.kind, \.start, \.minutes, \.room, \.notes] + (editing == nil ? [] : [\.shift])
    }

    var title: Phrase { editing == nil ? tr("New agenda item") : tr("Edit agenda item") }

    init(_ state: AppState, editing item: AgendaItem?) {
        editing = item
        let lastEnd = state.event.map { event in event.items.map(\.endMinutes).max() ?? event.start.minutes } ?? 540
        name = .text(state.text(tr("Title")), item?.title ?? "", concerns: ["title"])
        kind = .choice(state.text(tr("Kind")), Self.kinds(state), selected: (item?.kind ?? .other).rawValue)
        start = .text(
            state.text(tr("Start (HH:MM)")), (item?.start ?? ClockTime(clamping: min(lastEnd, 1410))).description,
            concerns: ["start"])
        minutes = .text(state.text(tr("Minutes")), String(item?.minutes ?? 30), concerns: ["minutes"])
        // A room of the event's venue, by its id; the field shows its name.
        let shown = item.flatMap { item in state.event.flatMap { state.book.roomName(of: item, in: $0) } } ?? ""
        room = .pick(state.text(tr("Room")), .room, id: item?.room, shown: shown, concerns: ["room"])
        notes = .text(state.text(tr("Notes")), item?.notes ?? "")
        shift = .choice(
            state.text(tr("If the start changes")),
            [
                .init(value: "no", label: state.text(tr("move this item only"))),
                .init(value: "yes", label: state.text(tr("shift the items after it too"))),
            ],
            selected: "no")
    }

    func outcome(_ state: AppState) throws -> FormOutcome {
        guard let event = state.event else {
            throw fail(\.name, tr("the event is gone (undone?); Esc closes the form"))
        }
        let startTime = try time(\.start)
        guard let length = try number(\.minutes) else { throw fail(\.minutes, tr("give the duration in minutes")) }
        let kind = ItemKind(rawValue: kind.text ?? "other") ?? .other
        let roomID = room.text.flatMap { $0.isEmpty ? nil : $0 }
        guard var item = editing else {
            return .edit(
                .addItem(
                    event: event.id,
                    item: AgendaItem(
                        id: state.book.newID(.item), kind: kind, title: name.text ?? "", start: startTime,
                        minutes: length, room: roomID, notes: notes.text)))
        }
        let oldStart = item.start
        item.title = name.text ?? ""
        item.kind = kind
        item.minutes = length
        item.room = roomID
        item.notes = notes.text
        var edits: [Edit] = [.updateItem(event: event.id, item: item)]
        if startTime != oldStart {
            edits.append(.moveItem(event: event.id, item: item.id, to: startTime, shiftFollowing: shift.text == "yes"))
        }
        return .edit(edits.count == 1 ? edits[0] : .batch(edits, label: tr("edit item \(item.title)")))
    }
}
