import PlannerCore

extension PlanRecord {
    /// A room of a venue; `capacity` may be left out.
    struct Room: Codable {
        var name: String
        var capacity: Int?

        init(_ r: PlannerCore.Room) {
            name = r.name
            capacity = r.capacity
        }

        var core: PlannerCore.Room { PlannerCore.Room(name: name, capacity: capacity) }
    }
}
