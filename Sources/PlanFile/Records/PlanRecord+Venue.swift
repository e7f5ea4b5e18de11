import PlannerCore

extension PlanRecord {
    /// A venue; `address`, `capacity` and `notes` may be left out, and `rooms` is left out when there are none.
    struct Venue: Codable {
        var id: String
        var name: String
        var address: String?
        var capacity: Int?
        var rooms: [Room]?
        var notes: String?

        init(_ v: PlannerCore.Venue) {
            id = v.id
            name = v.name
            address = v.address
            capacity = v.capacity
            rooms = v.rooms.isEmpty ? nil : v.rooms.map(Room.init)
            notes = v.notes
        }

        var core: PlannerCore.Venue {
            PlannerCore.Venue(
                id: id, name: name, address: address, capacity: capacity, rooms: rooms?.map(\.core) ?? [],
                notes: notes)
        }
    }
}
