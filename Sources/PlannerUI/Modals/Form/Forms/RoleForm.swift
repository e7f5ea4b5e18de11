import Phrasebook
import PlannerCore
import TerminalKit

/// Assigns a person to a part of an agenda item, or edits one of its parts.
struct RoleForm: FormModel {
    let item: AgendaItem
    /// The part being edited, by its position in the item's roles; nil adds one.
    let index: Int?
    var person: FormField
    var part: FormField
    var topic: FormField
    var minutes: FormField

    var fields: [WritableKeyPath<RoleForm, FormField>] { [\.person, \.part, \.topic, \.minutes] }

    var title: Phrase { tr("Part in '\(item.title)'") }

    init(_ state: AppState, item: AgendaItem, index: Int?) {
        self.item = item
        self.index = index
        let role = index.flatMap { item.roles.indices.contains($0) ? item.roles[$0] : nil }
        let holder = role.flatMap { state.book.person($0.person) }
        // The first part the item's kind needs that nobody holds yet (a symposium: host, then speakers).
        let needed = item.kind.neededParts
        let defaultPart = needed.first { part in !item.roles.contains { $0.part == part } } ?? needed.last ?? .host
        person = .pick(
            state.text(tr("Person")), .person, id: holder?.id, shown: holder?.fullName ?? "", concerns: ["person"])
        part = .choice(
            state.text(tr("Part")),
            RolePart.allCases.map { .init(value: $0.rawValue, label: state.text($0.phrase)) },
            selected: (role?.part ?? defaultPart).rawValue)
        topic = .text(state.text(tr("Topic (speakers)")), role?.topic ?? "")
        minutes = .text(
            state.text(tr("Minutes (speakers)")), role?.minutes.map(String.init) ?? "", concerns: ["minutes"])
    }

    func outcome(_ state: AppState) throws -> FormOutcome {
        guard let event = state.event else {
            throw fail(\.person, tr("the event is gone (undone?); Esc closes the form"))
        }
        guard let personID = person.text else {
            throw fail(\.person, tr("choose a person (Enter opens the pick-list)"))
        }
        let part = RolePart(rawValue: part.text ?? "host") ?? .host
        let speech = part == .speaker
        let role = Role(
            person: personID, part: part, topic: speech ? topic.text : nil,
            minutes: speech ? try number(\.minutes) : nil)
        if let index {
            return .edit(.updateRole(event: event.id, item: item.id, index: index, role: role))
        }
        return .edit(.assign(event: event.id, item: item.id, role: role))
    }
}
