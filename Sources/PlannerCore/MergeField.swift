/// One field of a record kind as the merge sees it: its name, how two versions compare, how the field is copied from
/// another version, and how the value is shown in a conflict.
public struct MergeField<Record>: Sendable {
    public let name: String
    public let same: @Sendable (Record, Record) -> Bool
    public let take: @Sendable (inout Record, Record) -> Void
    public let show: @Sendable (Record) -> String

    /// The field at `path`, compared with `==` and shown with `String(describing:)` (nil as "").
    public static func at<Value: Hashable & Sendable>(
        _ name: String, _ path: WritableKeyPath<Record, Value> & Sendable
    ) -> MergeField {
        MergeField(
            name: name, same: { $0[keyPath: path] == $1[keyPath: path] },
            take: { $0[keyPath: path] = $1[keyPath: path] },
            show: { MergeField.describe($0[keyPath: path]) })
    }

    static func describe(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let inner = mirror.children.first?.value else { return "" }
            return describe(inner)
        }
        return String(describing: value)
    }
}

/// The fields of every record kind: the one place that says what the merge compares. Ids and keys are not fields,
/// nor are the lists of records nested in a venue or an event (merged record by record), nor an item's revision and
/// time of change (derived by the merge).
public enum MergeFields {
    public static let organisation: [MergeField<Organisation>] = [
        .at("name", \.name), .at("short", \.short), .at("branch", \.branch), .at("contact", \.contact),
    ]
    public static let person: [MergeField<Person>] = [
        .at("name", \.name), .at("latin", \.latin), .at("org", \.org), .at("title", \.title),
        .at("politics", \.politics), .at("stage", \.stage), .at("phone", \.phone), .at("email", \.email),
    ]
    public static let venue: [MergeField<Venue>] = [
        .at("name", \.name), .at("address", \.address), .at("capacity", \.capacity), .at("notes", \.notes),
    ]
    public static let room: [MergeField<Room>] = [.at("name", \.name), .at("capacity", \.capacity)]
    public static let event: [MergeField<Event>] = [
        .at("title", \.title), .at("theme", \.theme), .at("date", \.date), .at("start", \.start), .at("end", \.end),
        .at("tz", \.tz), .at("venue", \.venue),
    ]
    public static let eventOrganisation: [MergeField<EventOrganisation>] = [
        .at("part", \.part), .at("quota", \.quota),
    ]
    public static let participant: [MergeField<Participant>] = [
        .at("rsvp", \.rsvp), .at("capacity", \.capacity), .at("leave", \.leave), .at("attendance", \.attendance),
    ]
    public static let item: [MergeField<AgendaItem>] = [
        .at("kind", \.kind), .at("title", \.title), .at("start", \.start), .at("minutes", \.minutes),
        .at("room", \.room), .at("notes", \.notes), .at("roles", \.roles), .at("calendarUID", \.calendarUID),
    ]

    /// The names of the stored properties of each kind that are not fields (ids, keys, nested lists, derived values):
    /// with the fields, every stored property, which a test holds the record types to.
    public static let notFields: [MergeRecordPath.Kind: Set<String>] = [
        .organisation: ["id"], .person: ["id"], .venue: ["id", "rooms"], .room: ["id"],
        .event: ["id", "orgs", "participants", "items"], .eventOrganisation: ["org"], .participant: ["person"],
        .item: ["id", "revision", "modified"],
    ]

    /// The field names of one kind, in table order.
    public static func names(_ kind: MergeRecordPath.Kind) -> [String] {
        switch kind {
        case .organisation: return organisation.map(\.name)
        case .person: return person.map(\.name)
        case .venue: return venue.map(\.name)
        case .room: return room.map(\.name)
        case .event: return event.map(\.name)
        case .eventOrganisation: return eventOrganisation.map(\.name)
        case .participant: return participant.map(\.name)
        case .item: return item.map(\.name)
        }
    }
}
