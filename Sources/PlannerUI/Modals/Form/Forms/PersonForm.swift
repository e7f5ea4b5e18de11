import PlannerCore
import TerminalKit

/// Adds a person to an organisation's roster, or edits one.
struct PersonForm: FormModel {
    static let statuses: [ChoiceOption] = [
        .init(value: "member", label: "party member 党员"), .init(value: "probationary", label: "probationary 预备党员"),
        .init(value: "representative", label: "representative 企业代表"), .init(value: "guest", label: "guest 嘉宾"),
    ]

    let editing: Person?
    var name: FormField
    var latin: FormField
    var org: FormField
    var status: FormField
    var position: FormField
    var phone: FormField
    var email: FormField

    var fields: [WritableKeyPath<PersonForm, FormField>] {
        [\.name, \.latin, \.org, \.status, \.position, \.phone, \.email]
    }

    var title: String { editing == nil ? "New person" : "Edit person" }

    init(_ state: AppState, editing person: Person?, org orgID: String?) {
        editing = person
        let orgID = person?.org ?? orgID
        name = .text("Name", person?.name ?? "", concerns: ["name"])
        latin = .text("Name in Latin letters", person?.latin ?? "")
        org = .pick(
            "Organisation", .organisation, id: orgID,
            shown: orgID.flatMap(state.book.organisation)?.displayName ?? "", concerns: ["organisation"])
        status = .choice("Status", Self.statuses, selected: (person?.status ?? .member).rawValue)
        position = .text("Title / position", person?.title ?? "")
        phone = .text("Phone", person?.phone ?? "")
        email = .text("Email", person?.email ?? "", concerns: ["email"])
    }

    func outcome(_ state: AppState) throws -> FormOutcome {
        guard let orgID = org.text else { throw fail(\.org, "choose an organisation (Enter opens the pick-list)") }
        let person = Person(
            id: editing?.id ?? state.book.newID(.person), name: name.text ?? "", latin: latin.text, org: orgID,
            title: position.text, status: MembershipStatus(rawValue: status.text ?? "member") ?? .member,
            phone: phone.text, email: email.text)
        return .edit(editing == nil ? .addPerson(person) : .updatePerson(person))
    }
}
