import PlannerCore

extension PlanRecord {
    /// A person; `latin`, `title`, `phone`, `email` and `stage` may be left out, and so may `politics` (then not
    /// recorded, which is written by leaving it out).
    struct Person: Codable {
        var id: String
        var name: String
        var latin: String?
        var org: String
        var title: String?
        var politics: CaseName<Politics>?
        var stage: CaseName<Stage>?
        var phone: String?
        var email: String?

        init(_ p: PlannerCore.Person) {
            id = p.id
            name = p.name
            latin = p.latin
            org = p.org
            title = p.title
            politics = p.politics == .unrecorded ? nil : CaseName(p.politics)
            stage = p.stage.map(CaseName.init)
            phone = p.phone
            email = p.email
        }

        var core: PlannerCore.Person {
            PlannerCore.Person(
                id: id, name: name, latin: latin, org: org, title: title, politics: politics?.value ?? .unrecorded,
                stage: stage?.value, phone: phone, email: email)
        }
    }
}
