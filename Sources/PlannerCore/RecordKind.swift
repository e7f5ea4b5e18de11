import Phrasebook

/// The kinds of record that get ids and that a reference can name, with the words for them in each language.
///
/// The raw value is the English noun, as in the command line's options (`--person`).
public enum RecordKind: String, Sendable, CaseIterable {
    case organisation, person, venue, room, event, item

    /// The prefix of the short ids `Book.newID` makes (`p12`).
    public var idPrefix: String {
        switch self {
        case .organisation: return "o"
        case .person: return "p"
        case .venue: return "v"
        case .room: return "r"
        case .event: return "e"
        case .item: return "i"
        }
    }

    /// "an organisation", "a person": the kind as a sentence names one record.
    public var one: Phrase {
        switch self {
        case .organisation: return tr("an organisation")
        case .person: return tr("a person")
        case .venue: return tr("a venue")
        case .room: return tr("a room")
        case .event: return tr("an event")
        case .item: return tr("an item")
        }
    }

    /// "organisation", "person": the bare noun.
    public var noun: Phrase {
        switch self {
        case .organisation: return tr("organisation")
        case .person: return tr("person")
        case .venue: return tr("venue")
        case .room: return tr("room")
        case .event: return tr("event")
        case .item: return tr("item")
        }
    }

    /// "3 people", "1 event".
    public func counted(_ n: Int) -> Phrase {
        switch self {
        case .organisation: return tr("\(count: n) organisations")
        case .person: return tr("\(count: n) people")
        case .venue: return tr("\(count: n) venues")
        case .room: return tr("\(count: n) rooms")
        case .event: return tr("\(count: n) events")
        case .item: return tr("\(count: n) items")
        }
    }

    /// What a removal matches exactly: an event's or item's title, a person's or organisation's full name.
    public var exactName: Phrase {
        switch self {
        case .event, .item: return tr("title")
        default: return tr("full name")
        }
    }

    /// The command that lists records of this kind (`convene people` prints an event's participants, not rosters).
    public var listCommand: String {
        switch self {
        case .organisation: return "orgs"
        case .person: return "roster"
        case .item: return "agenda"
        case .venue, .room: return "venues"
        case .event: return "events"
        }
    }
}
