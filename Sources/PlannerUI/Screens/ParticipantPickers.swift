import Phrasebook
import PlannerCore

/// The pick-lists Participants opens besides "add a participant": a capacity (`C`) and an organisation to invite
/// whole (`A`), and what picking one does.
enum ParticipantPickers {
    /// The capacities, for the marked participants or the one under the cursor.
    static func capacity(_ state: inout AppState) -> Picker? {
        let (rows, marked) = ParticipantCommands.targets(&state)
        guard let first = rows.first else { return nil }
        let options = Capacity.allCases.map { Picker.Option(id: $0.rawValue, label: state.text($0.phrase)) }
        let title =
            marked
            ? tr("Capacity for \(count: rows.count) marked participants") : tr("Capacity for \(first.person.name)")
        return Picker(title: state.text(title), options: options, purpose: .setCapacity(people: rows.map(\.person.id)))
    }

    /// The organisations, each with how many of its people are not on the list yet.
    static func organisations(_ state: AppState) -> Picker {
        let taking = Set(state.event?.participants.map(\.person) ?? [])
        var missing: [String: Int] = [:]
        for p in state.book.people where !taking.contains(p.id) { missing[p.org, default: 0] += 1 }
        let sizes = state.rosterSizes
        let options = state.book.organisations.map { o in
            Picker.Option(
                id: o.id, label: o.displayName,
                detail: state.text(tr("\(count: sizes[o.id] ?? 0) people, \(missing[o.id] ?? 0) not on the list")))
        }
        return Picker(
            title: state.text(tr("Invite a whole organisation")), options: Picker.Option.tellingApart(options),
            purpose: .addEveryone)
    }

    /// Invites `org` to the event (as a participant, unless it has a part already) and adds everyone on its roster
    /// who is not on the list yet, as one step: one `u` takes them all back.
    static func addEveryone(of org: String, _ state: inout AppState) {
        guard let event = state.event, let organisation = state.book.organisation(org) else {
            return Update.info(&state, Missing.event)
        }
        let ids = event.membersNotTakingPart(of: org, in: state.book.people)
        var edits: [Edit] = []
        if event.part(of: org) == nil { edits.append(.invite(event: event.id, org: org, part: .participant)) }
        edits += ids.map { Edit.addParticipant(event: event.id, person: $0, rsvp: .invited) }
        let name = organisation.displayName
        guard !edits.isEmpty else { return Update.info(&state, tr("Everyone of \(name) is on the list already")) }
        let label = tr("invite \(name) and its \(count: ids.count) people")
        guard Update.perform(.batch(edits, label: label), &state) else { return }
        Update.info(&state, tr("Invited \(name): \(count: ids.count) people added (u takes them all back)"))
        if let first = ids.first, let row = state.participantRows.firstIndex(where: { $0.person.id == first }) {
            state.select(row, in: .participants)
        }
    }
}
