import Phrasebook

/// One field of a record kind as the merge sees it: its name (in the plan file), its label (in messages), how two
/// versions compare, how the field is copied from another version, and how the value is shown in a conflict.
public struct MergeField<Record>: Sendable {
    public let name: String
    public let label: Phrase
    public let same: @Sendable (Record, Record) -> Bool
    public let take: @Sendable (inout Record, Record) -> Void
    public let show: @Sendable (Record) -> String

    /// The field at `path`, compared with `==` and shown with `MergeValueText` (nil as "").
    public static func at<Value: Hashable & Sendable>(
        _ name: String, _ path: WritableKeyPath<Record, Value> & Sendable, _ label: Phrase
    ) -> MergeField {
        MergeField(
            name: name, label: label, same: { $0[keyPath: path] == $1[keyPath: path] },
            take: { $0[keyPath: path] = $1[keyPath: path] },
            show: { MergeValueText.text($0[keyPath: path]) })
    }
}

/// The fields of every record kind: the one place that says what the merge compares. Ids and keys are not fields,
/// nor are the lists of records nested in a venue or an event (merged record by record), nor an item's revision and
/// time of change (derived by the merge).
public enum MergeFields {
    public static let organisation: [MergeField<Organisation>] = [
        .at("name", \.name, tr("name")), .at("short", \.short, tr("short name")),
        .at("branch", \.branch, tr("party branch")), .at("contact", \.contact, tr("contact")),
    ]
    public static let person: [MergeField<Person>] = [
        .at("name", \.name, tr("name (a person's)")), .at("latin", \.latin, tr("Latin name")),
        .at("org", \.org, tr("organisation")), .at("title", \.title, tr("job title")),
        .at("politics", \.politics, tr("political status")), .at("stage", \.stage, tr("stage")),
        .at("phone", \.phone, tr("phone")), .at("email", \.email, tr("email")),
    ]
    public static let venue: [MergeField<Venue>] = [
        .at("name", \.name, tr("name")), .at("address", \.address, tr("address")),
        .at("capacity", \.capacity, tr("capacity")), .at("notes", \.notes, tr("notes")),
    ]
    public static let room: [MergeField<Room>] = [
        .at("name", \.name, tr("name")), .at("capacity", \.capacity, tr("capacity")),
    ]
    public static let event: [MergeField<Event>] = [
        .at("title", \.title, tr("title")), .at("theme", \.theme, tr("theme")), .at("date", \.date, tr("date")),
        .at("start", \.start, tr("start")), .at("end", \.end, tr("end")), .at("tz", \.tz, tr("time zone")),
        .at("venue", \.venue, tr("venue")),
    ]
    public static let eventOrganisation: [MergeField<EventOrganisation>] = [
        .at("part", \.part, tr("part (an organisation's)")), .at("quota", \.quota, tr("quota")),
    ]
    public static let participant: [MergeField<Participant>] = [
        .at("rsvp", \.rsvp, tr("reply")), .at("capacity", \.capacity, tr("capacity (a participant's)")),
        .at("leave", \.leave, tr("leave (of absence)")), .at("attendance", \.attendance, tr("attendance")),
    ]
    public static let item: [MergeField<AgendaItem>] = [
        .at("kind", \.kind, tr("kind")), .at("title", \.title, tr("title")), .at("start", \.start, tr("start")),
        .at("minutes", \.minutes, tr("length")), .at("room", \.room, tr("room")), .at("notes", \.notes, tr("notes")),
        .at("roles", \.roles, tr("parts (of an item)")), .at("calendarUID", \.calendarUID, tr("calendar UID")),
    ]

    /// The names of the stored properties of each kind that are not fields (ids, keys, nested lists, derived values):
    /// with the fields, every stored property, which a test holds the record types to.
    public static let notFields: [MergeRecordPath.Kind: Set<String>] = [
        .organisation: ["id"], .person: ["id"], .venue: ["id", "rooms"], .room: ["id"],
        .event: ["id", "orgs", "participants", "items"], .eventOrganisation: ["org"], .participant: ["person"],
        .item: ["id", "revision", "modified"],
    ]

    /// The label of `field` of `kind` in messages ("title", 标题); the name itself for a field no table has.
    public static func label(_ kind: MergeRecordPath.Kind, _ field: String) -> Phrase {
        func find<R>(_ table: [MergeField<R>]) -> Phrase? { table.first { $0.name == field }?.label }
        let found: Phrase?
        switch kind {
        case .organisation: found = find(organisation)
        case .person: found = find(person)
        case .venue: found = find(venue)
        case .room: found = find(room)
        case .event: found = find(event)
        case .eventOrganisation: found = find(eventOrganisation)
        case .participant: found = find(participant)
        case .item: found = find(item)
        }
        return found ?? .verbatim(field)
    }

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
