import Phrasebook
import PlannerCore
import TerminalKit

/// Adds a venue for the current event, or edits the event's venue.
struct VenueForm: FormModel {
    let editing: Venue?
    var name: FormField
    var address: FormField
    var capacity: FormField
    var notes: FormField

    var fields: [WritableKeyPath<VenueForm, FormField>] { [\.name, \.address, \.capacity, \.notes] }

    var title: Phrase { editing == nil ? tr("New venue for this event") : tr("Edit venue") }

    init(_ state: AppState, editing venue: Venue?) {
        editing = venue
        name = .text(state.text(tr("Venue name")), venue?.name ?? "", concerns: ["name"])
        address = .text(state.text(tr("Address")), venue?.address ?? "")
        capacity = .text(state.text(tr("Capacity")), venue?.capacity.map(String.init) ?? "", concerns: ["capacity"])
        notes = .text(state.text(tr("Notes")), venue?.notes ?? "")
    }

    func outcome(_ state: AppState) throws -> FormOutcome {
        let capacity = try number(\.capacity)
        if var venue = editing {
            venue.name = name.text ?? ""
            venue.address = address.text
            venue.capacity = capacity
            venue.notes = notes.text
            return .edit(.updateVenue(venue))
        }
        guard let event = state.event else {
            throw fail(\.name, tr("a venue belongs to an event: first create one (E)"))
        }
        let venue = Venue(
            id: state.book.newID(.venue), name: name.text ?? "", address: address.text, capacity: capacity,
            notes: notes.text)
        var details = EventDetails(of: event)
        details.venue = venue.id
        return .edit(
            .batch(
                [.addVenue(venue), .updateEvent(id: event.id, details: details)], label: tr("add venue \(venue.name)")))
    }
}
