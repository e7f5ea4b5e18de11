import PlannerCore

extension PlanRecord {
    /// An agenda item; `room` and `notes` may be left out, `roles` is left out when there are none, `revision` when it
    /// is 0, `modified` (UTC, ISO 8601: "2023-06-16T08:30:00Z") when unknown and `calendarUID` unless the item was
    /// imported from a calendar, so older files open unchanged.
    struct AgendaItem: Codable {
        var id: String
        var kind: CaseName<ItemKind>
        var title: String
        var start: ClockTime
        var minutes: Int
        var room: String?
        var notes: String?
        var roles: [Role]?
        var revision: Int?
        var modified: Timestamp?
        var calendarUID: String?

        init(_ item: PlannerCore.AgendaItem) {
            id = item.id
            kind = CaseName(item.kind)
            title = item.title
            start = ClockTime(item.start)
            minutes = item.minutes
            room = item.room
            notes = item.notes
            roles = item.roles.isEmpty ? nil : item.roles.map(Role.init)
            revision = item.revision == 0 ? nil : item.revision
            modified = item.modified.map(Timestamp.init)
            calendarUID = item.calendarUID
        }

        var core: PlannerCore.AgendaItem {
            PlannerCore.AgendaItem(
                id: id, kind: kind.value, title: title, start: start.value, minutes: minutes, room: room,
                notes: notes, roles: roles?.map(\.core) ?? [], revision: revision ?? 0,
                modified: modified?.value, calendarUID: calendarUID)
        }
    }
}
