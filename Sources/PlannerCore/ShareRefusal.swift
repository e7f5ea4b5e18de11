import Phrasebook

/// A change in a reply to a shared copy that falls outside the organisation it was shared with, which is not merged
/// (`ShareReply`): what was changed and how, for the message.
public struct ShareRefusal: Hashable, Sendable {
    /// Whether the reply added, changed or removed the record.
    public enum Change: Hashable, Sendable {
        case added, changed, removed
    }

    /// The record (or the fields of one) the reply changed.
    public enum Thing: Hashable, Sendable {
        case event(title: String, fields: [String])
        case eventOrganisations(event: String)
        case item(title: String, fields: [String])
        case organisation(name: String, fields: [String])
        case person(name: String, org: String, fields: [String])
        case participant(name: String, org: String, fields: [String])
        case venue(name: String)
    }

    public var change: Change
    public var thing: Thing
    /// The name of the organisation the copy was shared with.
    public var sharedWith: String

    public init(_ change: Change, _ thing: Thing, sharedWith: String) {
        self.change = change
        self.thing = thing
        self.sharedWith = sharedWith
    }

    /// "they changed the title of agenda item “党建座谈会”, which is not 天极电子's: not merged".
    public var message: Phrase {
        switch change {
        case .added: return tr("they added \(what), which is not \(sharedWith)'s: not merged")
        case .changed: return tr("they changed \(what), which is not \(sharedWith)'s: not merged")
        case .removed: return tr("they removed \(what), which is not \(sharedWith)'s: not merged")
        }
    }

    private var what: Phrase {
        func of(_ fields: [String], _ whole: Phrase) -> Phrase {
            fields.isEmpty || change != .changed ? whole : tr("the \(fields.joined(separator: ", ")) of \(whole)")
        }
        switch thing {
        case .event(let title, let fields): return of(fields, tr("event “\(title)”"))
        case .eventOrganisations(let title): return tr("the invited organisations of event “\(title)”")
        case .item(let title, let fields): return of(fields, tr("agenda item “\(title)”"))
        case .organisation(let name, let fields): return of(fields, tr("organisation “\(name)”"))
        case .person(let name, let org, let fields): return of(fields, tr("“\(name)” of \(org)"))
        case .participant(let name, let org, let fields):
            return of(fields, tr("the participant row of “\(name)” of \(org)"))
        case .venue(let name): return tr("venue “\(name)”")
        }
    }
}
