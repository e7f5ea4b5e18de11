import PlannerCore

extension PlanRecord {
    /// An agenda item; `room` and `notes` may be left out, and `roles` is left out when there are none.
    struct AgendaItem: Codable {
        var id: String
        var kind: CaseName<ItemKind>
        var title: String
        var start: ClockTime
        var minutes: Int
        var room: String?
        var notes: String?
        var roles: [Role]?

        init(_ item: PlannerCore.AgendaItem) {
            id = item.id
            kind = CaseName(item.kind)
            title = item.title
            start = ClockTime(item.start)
            minutes = item.minutes
            room = item.room
            notes = item.notes
            roles = item.roles.isEmpty ? nil : item.roles.map(Role.init)
        }

        var core: PlannerCore.AgendaItem {
            PlannerCore.AgendaItem(
                id: id, kind: kind.value, title: title, start: start.value, minutes: minutes, room: room,
                notes: notes, roles: roles?.map(\.core) ?? [])
        }
    }
}
