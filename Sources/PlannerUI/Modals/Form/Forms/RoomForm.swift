import Phrasebook
import PlannerCore
import TerminalKit

/// Adds a room to the event's venue, or edits one.
struct RoomForm: FormModel {
    /// The room being edited, by its position in the venue's rooms; nil adds one.
    let index: Int?
    var name: FormField
    var capacity: FormField

    var fields: [WritableKeyPath<RoomForm, FormField>] { [\.name, \.capacity] }

    var title: Phrase { index == nil ? tr("New room") : tr("Edit room") }

    init(_ state: AppState, editing room: Room?, index: Int?) {
        self.index = index
        name = .text(state.text(tr("Room name")), room?.name ?? "", concerns: ["room name", "rooms"])
        capacity = .text(state.text(tr("Capacity")), room?.capacity.map(String.init) ?? "", concerns: ["capacity"])
    }

    func outcome(_ state: AppState) throws -> FormOutcome {
        guard var venue = state.venue else {
            throw fail(\.name, tr("the event has no venue yet: Esc, then a adds one"))
        }
        let capacity = try number(\.capacity)
        if let index, venue.rooms.indices.contains(index) {
            // The same id with a new name: every item in the room shows the new name.
            venue.rooms[index].name = name.text ?? ""
            venue.rooms[index].capacity = capacity
        } else {
            venue.rooms.append(Room(id: state.book.newID(.room), name: name.text ?? "", capacity: capacity))
        }
        return .edit(.updateVenue(venue))
    }
}
