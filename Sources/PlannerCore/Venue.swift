/// A room inside a venue.
public struct Room: Hashable, Sendable, Codable {
    public var name: String
    public var capacity: Int?

    public init(name: String, capacity: Int? = nil) {
        self.name = name
        self.capacity = capacity
    }
}

/// A place where events happen.
public struct Venue: Hashable, Sendable, Codable, Identifiable {
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

    enum CodingKeys: String, CodingKey { case id, name, address, capacity, rooms, notes }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        address = try c.decodeIfPresent(String.self, forKey: .address)
        capacity = try c.decodeIfPresent(Int.self, forKey: .capacity)
        rooms = try c.decodeIfPresent([Room].self, forKey: .rooms) ?? []
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encodeIfPresent(address, forKey: .address)
        try c.encodeIfPresent(capacity, forKey: .capacity)
        if !rooms.isEmpty { try c.encode(rooms, forKey: .rooms) }
        try c.encodeIfPresent(notes, forKey: .notes)
    }
}
