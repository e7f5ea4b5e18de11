/// Which record a merge conflict is about: its kind and the ids that find it (the event for the records an event
/// holds, the venue for a room).
public struct MergeRecordPath: Hashable, Sendable {
    /// The kinds of record the merge compares.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case organisation, person, venue, room, event, eventOrganisation, participant, item
    }

    public var kind: Kind
    /// The event or venue holding the record; nil for a top-level record.
    public var parent: String?
    /// The record's id (the organisation's id for an invitation, the person's for a participant).
    public var id: String

    public init(_ kind: Kind, parent: String? = nil, id: String) {
        self.kind = kind
        self.parent = parent
        self.id = id
    }
}

/// One side's version of a record in a conflict, kept whole so that choosing it can set the field.
public enum MergeRecordValue: Hashable, Sendable {
    case organisation(Organisation)
    case person(Person)
    case venue(Venue)
    case room(Room)
    case event(Event)
    case eventOrganisation(EventOrganisation)
    case participant(Participant)
    case item(AgendaItem)
}

/// A change the merge could not combine: both sides set one field to different values, or one side deleted a record
/// the other changed. The merged plan keeps our value (or the record) until the conflict is resolved.
public struct MergeConflict: Hashable, Sendable {
    public var record: MergeRecordPath
    /// The field both sides changed; nil when one side deleted the record and the other changed it.
    public var field: String?
    /// Our value as shown to a user ("" for a deleted record).
    public var ours: String
    /// Their value as shown to a user ("" for a deleted record).
    public var theirs: String
    /// Their whole record, nil when they deleted it: what choosing theirs takes the field from.
    public var theirRecord: MergeRecordValue?
    /// For a deleted-versus-changed conflict, whether ours is the side that deleted the record.
    public var deletedByOurs: Bool

    public init(
        record: MergeRecordPath, field: String?, ours: String, theirs: String, theirRecord: MergeRecordValue?,
        deletedByOurs: Bool = false
    ) {
        self.record = record
        self.field = field
        self.ours = ours
        self.theirs = theirs
        self.theirRecord = theirRecord
        self.deletedByOurs = deletedByOurs
    }
}
