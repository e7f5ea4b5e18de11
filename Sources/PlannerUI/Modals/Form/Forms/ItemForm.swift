import PlannerCore
import TerminalKit

/// Adds or edits an agenda item.
struct ItemForm: FormModel {
    static let kinds: [ChoiceOption] = [
        .init(value: "oath", label: "Oath review 重温入党誓词"), .init(value: "visit", label: "Guided visit 参观"),
        .init(value: "symposium", label: "Symposium 座谈会"), .init(value: "discussion", label: "Discussion 互动交流"),
        .init(value: "other", label: "Other 其他"),
    ]

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

    var title: String { editing == nil ? "New agenda item" : "Edit agenda item" }

    init(_ state: AppState, editing item: AgendaItem?) {
        editing = item
        let lastEnd = state.event.map { event in event.items.map(\.endMinutes).max() ?? event.start.minutes } ?? 540
        name = .text("Title", item?.title ?? "", concerns: ["title"])
        kind = .choice("Kind", Self.kinds, selected: (item?.kind ?? .other).rawValue)
        start = .text(
            "Start (HH:MM)", (item?.start ?? ClockTime(clamping: min(lastEnd, 1410))).description, concerns: ["start"])
        minutes = .text("Minutes", String(item?.minutes ?? 30), concerns: ["minutes"])
        room =
            (state.venue?.rooms ?? []).isEmpty
            ? .text("Room", item?.room ?? "", concerns: ["room"])
            : .pick("Room", .room, id: item?.room, shown: item?.room ?? "", concerns: ["room"])
        notes = .text("Notes", item?.notes ?? "")
        shift = .choice(
            "If the start changes",
            [
                .init(value: "no", label: "move this item only"),
                .init(value: "yes", label: "shift the items after it too"),
            ],
            selected: "no")
    }

    func outcome(_ state: AppState) throws -> FormOutcome {
        guard let event = state.event else { throw fail(\.name, "the event is gone (undone?); Esc closes the form") }
        let startTime = try time(\.start)
        guard let length = try number(\.minutes) else { throw fail(\.minutes, "give the duration in minutes") }
        let kind = ItemKind(rawValue: kind.text ?? "other") ?? .other
        guard var item = editing else {
            return .edit(
                .addItem(
                    event: event.id,
                    item: AgendaItem(
                        id: state.book.newID(.item), kind: kind, title: name.text ?? "", start: startTime,
                        minutes: length, room: room.text, notes: notes.text)))
        }
        let oldStart = item.start
        item.title = name.text ?? ""
        item.kind = kind
        item.minutes = length
        item.room = room.text
        item.notes = notes.text
        var edits: [Edit] = [.updateItem(event: event.id, item: item)]
        if startTime != oldStart {
            edits.append(.moveItem(event: event.id, item: item.id, to: startTime, shiftFollowing: shift.text == "yes"))
        }
        return .edit(edits.count == 1 ? edits[0] : .batch(edits, label: "edit item \(item.title)"))
    }
}
