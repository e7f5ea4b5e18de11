import PlannerCore

extension PlanRecord {
    /// An organisation; `short`, `branch` and `contact` may be left out.
    struct Organisation: Codable {
        var id: String
        var name: String
        var short: String?
        var branch: String?
        var contact: String?

        init(_ o: PlannerCore.Organisation) {
            id = o.id
            name = o.name
            short = o.short
            branch = o.branch
            contact = o.contact
        }

        var core: PlannerCore.Organisation {
            PlannerCore.Organisation(id: id, name: name, short: short, branch: branch, contact: contact)
        }
    }
}
