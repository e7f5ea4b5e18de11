import PlannerCore

extension PlanRecord {
    /// An organisation invited to an event, with its part.
    struct EventOrganisation: Codable {
        var org: String
        var part: CaseName<OrganisationPart>

        init(_ o: PlannerCore.EventOrganisation) {
            org = o.org
            part = CaseName(o.part)
        }

        var core: PlannerCore.EventOrganisation { PlannerCore.EventOrganisation(org: org, part: part.value) }
    }
}
