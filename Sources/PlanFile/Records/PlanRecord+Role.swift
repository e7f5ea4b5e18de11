import PlannerCore

extension PlanRecord {
    /// A person's part in an agenda item; `topic` and `minutes` may be left out.
    struct Role: Codable {
        var person: String
        var part: CaseName<RolePart>
        var topic: String?
        var minutes: Int?

        init(_ r: PlannerCore.Role) {
            person = r.person
            part = CaseName(r.part)
            topic = r.topic
            minutes = r.minutes
        }

        var core: PlannerCore.Role {
            PlannerCore.Role(person: person, part: part.value, topic: topic, minutes: minutes)
        }
    }
}
