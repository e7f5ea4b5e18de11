import PlannerCore

extension PlanRecord {
    /// An organisation invited to an event, with its part; `quota` (名额) is left out when not set.
    struct EventOrganisation: Codable {
        var org: String
        var part: CaseName<OrganisationPart>
        var quota: Int?

        init(_ o: PlannerCore.EventOrganisation) {
            org = o.org
            part = CaseName(o.part)
            quota = o.quota
        }

        var core: PlannerCore.EventOrganisation {
            PlannerCore.EventOrganisation(org: org, part: part.value, quota: quota)
        }
    }
}
