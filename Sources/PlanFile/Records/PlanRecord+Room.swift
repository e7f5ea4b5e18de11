import PlannerCore

extension PlanRecord {
    /// A room of a venue; `capacity` may be left out. `id` is missing only in files written before rooms had ids
    /// (`PlanRoomLinks` gives them theirs).
    struct Room: Codable {
        var id: String?
        var name: String
        var capacity: Int?

        init(_ r: PlannerCore.Room) {
            id = r.id
            name = r.name
            capacity = r.capacity
        }

        var core: PlannerCore.Room { PlannerCore.Room(id: id ?? "", name: name, capacity: capacity) }
    }
}
