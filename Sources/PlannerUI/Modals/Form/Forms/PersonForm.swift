import Phrasebook
import PlannerCore
import TerminalKit

/// Adds a person to an organisation's roster, or edits one.
struct PersonForm: FormModel {
    /// The 政治面貌 values to choose from, in the core's vocabulary (GB/T 4762's order, then not recorded).
    static func politicsChoices(_ state: AppState) -> [ChoiceOption] {
        Politics.allCases.map { .init(value: $0.rawValue, label: state.text($0.phrase)) }
    }

    /// No stage, then the stages of the membership pipeline.
    static func stageChoices(_ state: AppState) -> [ChoiceOption] {
        [.init(value: "", label: state.text(tr("none")))]
            + Stage.allCases.map { .init(value: $0.rawValue, label: state.text($0.phrase)) }
    }

    let editing: Person?
    var name: FormField
    var latin: FormField
    var org: FormField
    var politics: FormField
    var stage: FormField
    var position: FormField
    var phone: FormField
    var email: FormField

    var fields: [WritableKeyPath<PersonForm, FormField>] {
        [\.name, \.latin, \.org, \.politics, \.stage, \.position, \.phone, \.email]
    }

    var title: Phrase { editing == nil ? tr("New person") : tr("Edit person") }

    init(_ state: AppState, editing person: Person?, org orgID: String?) {
        editing = person
        let orgID = person?.org ?? orgID
        name = .text(state.text(tr("Name")), person?.name ?? "", concerns: ["name"])
        latin = .text(state.text(tr("Name in Latin letters")), person?.latin ?? "")
        org = .pick(
            state.text(tr("Organisation")), .organisation, id: orgID,
            shown: orgID.flatMap(state.book.organisation)?.displayName ?? "", concerns: ["organisation"])
        politics = .choice(
            state.text(tr("Political status")), Self.politicsChoices(state),
            selected: (person?.politics ?? .member).rawValue)
        stage = .choice(
            state.text(tr("Stage")), Self.stageChoices(state), selected: person?.stage?.rawValue ?? "")
        position = .text(state.text(tr("Title / position")), person?.title ?? "")
        phone = .text(state.text(tr("Phone")), person?.phone ?? "")
        email = .text(state.text(tr("Email")), person?.email ?? "", concerns: ["email"])
    }

    func outcome(_ state: AppState) throws -> FormOutcome {
        guard let orgID = org.text else { throw fail(\.org, tr("choose an organisation (Enter opens the pick-list)")) }
        let person = Person(
            id: editing?.id ?? state.book.newID(.person), name: name.text ?? "", latin: latin.text, org: orgID,
            title: position.text, politics: Politics(rawValue: politics.text ?? "") ?? .unrecorded,
            stage: stage.text.flatMap(Stage.init(rawValue:)),
            phone: phone.text, email: email.text)
        return .edit(editing == nil ? .addPerson(person) : .updatePerson(person))
    }
}
