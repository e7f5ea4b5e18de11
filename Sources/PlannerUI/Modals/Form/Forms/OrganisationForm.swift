import Phrasebook
import PlannerCore
import TerminalKit

/// Adds an organisation (invited to the current event as a participant) or edits one.
struct OrganisationForm: FormModel {
    let editing: Organisation?
    var name: FormField
    var short: FormField
    var branch: FormField
    var contact: FormField

    var fields: [WritableKeyPath<OrganisationForm, FormField>] { [\.name, \.short, \.branch, \.contact] }

    var title: Phrase { editing == nil ? tr("New organisation") : tr("Edit organisation") }

    init(_ state: AppState, editing org: Organisation?) {
        editing = org
        name = .text(state.text(tr("Full name")), org?.name ?? "", concerns: ["name"])
        short = .text(state.text(tr("Short name")), org?.short ?? "")
        branch = .text(state.text(tr("Party branch")), org?.branch ?? "")
        contact = .text(state.text(tr("Contact")), org?.contact ?? "")
    }

    func outcome(_ state: AppState) throws -> FormOutcome {
        let org = Organisation(
            id: editing?.id ?? state.book.newID(.organisation), name: name.text ?? "", short: short.text,
            branch: branch.text, contact: contact.text)
        if editing != nil { return .edit(.updateOrganisation(org)) }
        guard let event = state.event else { return .edit(.addOrganisation(org)) }
        return .edit(
            .batch(
                [.addOrganisation(org), .invite(event: event.id, org: org.id, part: .participant)],
                label: tr("add organisation \(org.name)")))
    }
}
