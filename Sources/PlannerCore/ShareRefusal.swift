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

    /// The same change refused as it is made in the shared copy itself (`Book.applying`), before it can be sent back:
    /// "this is a copy shared with 天极电子: only 天极电子's roster and participants can be changed in it; ask the organisers to
    /// change the title of agenda item “党建座谈会”".
    public var editMessage: Phrase {
        switch change {
        case .added:
            return tr(
                "this is a copy shared with \(sharedWith): only \(sharedWith)'s roster and participants can be changed in it; ask the organisers to add \(what)"
            )
        case .changed:
            return tr(
                "this is a copy shared with \(sharedWith): only \(sharedWith)'s roster and participants can be changed in it; ask the organisers to change \(what)"
            )
        case .removed:
            return tr(
                "this is a copy shared with \(sharedWith): only \(sharedWith)'s roster and participants can be changed in it; ask the organisers to remove \(what)"
            )
        }
    }

    private var what: Phrase {
        /// "the title of agenda item “…”", the fields by their labels in the reader's language (标题, 回复).
        func of(_ fields: [String], _ kind: MergeRecordPath.Kind, _ whole: Phrase) -> Phrase {
            guard !fields.isEmpty, change == .changed else { return whole }
            return tr("the \(Phrase.series(fields.map { MergeFields.label(kind, $0) })) of \(whole)")
        }
        switch thing {
        case .event(let title, let fields): return of(fields, .event, tr("event “\(title)”"))
        case .eventOrganisations(let title): return tr("the invited organisations of event “\(title)”")
        case .item(let title, let fields): return of(fields, .item, tr("agenda item “\(title)”"))
        case .organisation(let name, let fields): return of(fields, .organisation, tr("organisation “\(name)”"))
        case .person(let name, let org, let fields): return of(fields, .person, tr("“\(name)” of \(org)"))
        case .participant(let name, let org, let fields):
            return of(fields, .participant, tr("the participant row of “\(name)” of \(org)"))
        case .venue(let name): return tr("venue “\(name)”")
        }
    }
}
