import PlannerCore

extension PlanRecord {
    /// A participant of an event; both fields are always there.
    struct Participant: Codable {
        var person: String
        var rsvp: CaseName<RSVP>

        init(_ p: PlannerCore.Participant) {
            person = p.person
            rsvp = CaseName(p.rsvp)
        }

        var core: PlannerCore.Participant { PlannerCore.Participant(person: person, rsvp: rsvp.value) }
    }
}
