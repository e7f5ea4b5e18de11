/// A room inside a venue. Items name it by its id (`r3`, never reused), so a rename shows everywhere.
public struct Room: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var capacity: Int?

    public init(id: String, name: String, capacity: Int? = nil) {
        self.id = id
        self.name = name
        self.capacity = capacity
    }
}

/// A place where events happen.
public struct Venue: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var address: String?
    public var capacity: Int?
    public var rooms: [Room]
    public var notes: String?

    public init(
        id: String, name: String, address: String? = nil, capacity: Int? = nil,
        rooms: [Room] = [], notes: String? = nil
    ) {
        self.id = id
        self.name = name
        self.address = address
        self.capacity = capacity
        self.rooms = rooms
        self.notes = notes
    }

    /// The room with id `id`, if this venue has it.
    public func room(_ id: String) -> Room? { rooms.first { $0.id == id } }
}
