import Phrasebook
import PlannerCore
import TerminalKit

/// Records a participant's leave (请假): the reason, a note, and who approved it; on leave already, it can also take
/// the leave back.
struct LeaveForm: FormModel {
    let person: Person
    /// True when the participant is on leave already (the reasons then end with "no leave").
    let onLeave: Bool
    var reason: FormField
    var note: FormField
    var approvedBy: FormField

    var fields: [WritableKeyPath<LeaveForm, FormField>] { [\.reason, \.note, \.approvedBy] }

    var title: Phrase { tr("Leave for \(person.name)") }

    init(_ state: AppState, person: Person, leave: Leave?) {
        self.person = person
        onLeave = leave != nil
        let approver = leave?.approvedBy.flatMap(state.book.person)
        var reasons = LeaveReason.allCases.map { ChoiceOption(value: $0.rawValue, label: state.text($0.phrase)) }
        if leave != nil { reasons.append(ChoiceOption(value: "", label: state.text(tr("no leave (take it back)")))) }
        reason = .choice(state.text(tr("Reason")), reasons, selected: (leave?.reason ?? .official).rawValue)
        note = .text(state.text(tr("Note")), leave?.note ?? "", concerns: ["note"])
        approvedBy = .pick(
            state.text(tr("Approved by")), .person, id: approver?.id, shown: approver?.fullName ?? "",
            concerns: ["person"])
    }

    func outcome(_ state: AppState) throws -> FormOutcome {
        guard let event = state.event else {
            throw fail(\.reason, tr("the event is gone (undone?); Esc closes the form"))
        }
        let leave = LeaveReason(rawValue: reason.text ?? "").map {
            Leave(reason: $0, note: note.text, approvedBy: approvedBy.text)
        }
        return .edit(.setLeave(event: event.id, person: person.id, leave: leave))
    }
}
