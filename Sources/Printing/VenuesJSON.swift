import PlannerCore

/// The venues as JSON for scripts (`convene venues --format json`): per venue its id, name, address, capacity and
/// rooms (id, name, capacity), in the plan's order.
public struct VenuesJSON {
    struct Document: Encodable {
        let formatVersion = JSONOutput.formatVersion
        let venues: [Entry]
    }

    struct Entry: Encodable {
        let id: String, name: String, address: String?, capacity: Int?, rooms: [RoomEntry]
    }

    struct RoomEntry: Encodable { let id: String, name: String, capacity: Int? }

    public let book: Book

    public init(book: Book) { self.book = book }

    public func render() throws -> String {
        let venues = book.venues.map { v in
            Entry(
                id: v.id, name: v.name, address: v.address, capacity: v.capacity,
                rooms: v.rooms.map { RoomEntry(id: $0.id, name: $0.name, capacity: $0.capacity) })
        }
        return try JSONOutput.render(Document(venues: venues))
    }
}
