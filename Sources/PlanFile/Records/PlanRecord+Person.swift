import PlannerCore

extension PlanRecord {
    /// A person; `latin`, `title`, `phone` and `email` may be left out.
    struct Person: Codable {
        var id: String
        var name: String
        var latin: String?
        var org: String
        var title: String?
        var status: CaseName<MembershipStatus>
        var phone: String?
        var email: String?

        init(_ p: PlannerCore.Person) {
            id = p.id
            name = p.name
            latin = p.latin
            org = p.org
            title = p.title
            status = CaseName(p.status)
            phone = p.phone
            email = p.email
        }

        var core: PlannerCore.Person {
            PlannerCore.Person(
                id: id, name: name, latin: latin, org: org, title: title, status: status.value, phone: phone,
                email: email)
        }
    }
}
