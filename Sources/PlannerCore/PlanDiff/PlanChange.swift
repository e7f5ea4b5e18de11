import Phrasebook

/// One change between two versions of a plan: the sentence an organiser reads ("陈思远 invited → confirmed") and
/// the fields a script reads (what kind of record, its ids, the field and its values before and after).
public struct PlanChange: Hashable, Sendable {
    /// Whether the record came, went or had a field changed.
    public enum Kind: String, Sendable { case added, removed, changed }

    /// The kind of record changed; an invitation is an organisation's place in an event, a role a person's part
    /// in an agenda item.
    public enum Record: String, Sendable {
        case organisation, person, venue, room, event, invitation, participant, item, role
        /// A merge conflict the plan keeps (`ids`: the record's event or venue, then its id).
        case conflict
    }

    public var kind: Kind
    public var record: Record
    /// The ids that name the record: `["o1"]`, `["v1", "r2"]`, `["e1", "p4"]` (event and person), `["e1", "i3", "p4"]`.
    public var ids: [String]
    /// The field's name in the plan file (`phone`, `start`, `rsvp`) for a change of one field; nil when the record
    /// came or went.
    public var field: String?
    /// The value before and after, as the plan file writes it (`10:20`, `confirmed`); nil when there was none.
    public var before: String?
    public var after: String?
    /// The change as an organiser says it, in the reader's language.
    public var phrase: Phrase
    /// Where the change is listed: the rosters, the venues, or one event.
    public var section: PlanDiff.Section
}
