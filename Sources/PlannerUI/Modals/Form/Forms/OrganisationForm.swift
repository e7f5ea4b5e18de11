import Phrasebook
import PlannerCore
import TerminalKit

/// Adds an organisation (invited to the current event as a participant) or edits one; where the organisation is
/// invited to the current event, also its quota there (名额).
struct OrganisationForm: FormModel {
    let editing: Organisation?
    /// The organisation's entry in the current event, when it is invited (a new one will be).
    let invited: EventOrganisation?
    var name: FormField
    var short: FormField
    var branch: FormField
    var contact: FormField
    var quota: FormField

    var fields: [WritableKeyPath<OrganisationForm, FormField>] {
        [\.name, \.short, \.branch, \.contact] + (invited == nil ? [] : [\.quota])
    }

    var title: Phrase { editing == nil ? tr("New organisation") : tr("Edit organisation") }

    init(_ state: AppState, editing org: Organisation?) {
        editing = org
        let newInvitation = state.event.map { _ in EventOrganisation(org: "", part: .participant) }
        invited = org.map { org in state.event?.orgs.first { $0.org == org.id } } ?? newInvitation
        name = .text(state.text(tr("Full name")), org?.name ?? "", concerns: ["name"])
        short = .text(state.text(tr("Short name")), org?.short ?? "")
        branch = .text(state.text(tr("Party branch")), org?.branch ?? "")
        contact = .text(state.text(tr("Contact")), org?.contact ?? "")
        quota = .text(
            state.text(tr("Quota in this event")), invited?.quota.map(String.init) ?? "", concerns: ["quota"])
    }

    func outcome(_ state: AppState) throws -> FormOutcome {
        let org = Organisation(
            id: editing?.id ?? state.book.newID(.organisation), name: name.text ?? "", short: short.text,
            branch: branch.text, contact: contact.text)
        let quota = invited == nil ? nil : try number(\.quota)
        guard let event = state.event else {
            return .edit(editing == nil ? .addOrganisation(org) : .updateOrganisation(org))
        }
        let setQuota = Edit.setQuota(event: event.id, org: org.id, quota: quota)
        if editing != nil {
            guard let invited, invited.quota != quota else { return .edit(.updateOrganisation(org)) }
            return .edit(.batch([.updateOrganisation(org), setQuota], label: tr("edit organisation \(org.name)")))
        }
        let invite = Edit.invite(event: event.id, org: org.id, part: .participant)
        return .edit(
            .batch(
                [.addOrganisation(org), invite] + (quota == nil ? [] : [setQuota]),
                label: tr("add organisation \(org.name)")))
    }
}
