import Phrasebook
import PlannerCore

extension PlanRecord {
    /// The `share` key of a copy shared with one organisation (`convene share`): the event and the organisation, when
    /// (UTC), the tag of the ids the copy issues, and the plan as it was shared, a whole plan document nested in the file, which the reply's merge takes
    /// as its base.
    struct Share: Codable {
        var base: Base
        /// Left out for a share made before copies had tags.
        var copy: CopyTag?
        var event: String
        var org: String
        var sharedAt: Timestamp?

        init(_ share: PlanShare, version: Int) {
            base = Base(Document(share.base, version: version))
            copy = share.copyTag.map(CopyTag.init)
            event = share.event
            org = share.org
            sharedAt = share.sharedAt.map(Timestamp.init)
        }

        var core: PlanShare {
            PlanShare(event: event, org: org, sharedAt: sharedAt?.value, copyTag: copy?.value, base: base.document.book)
        }
    }

    /// The nested plan document of a share: a reference, since a document cannot hold a document directly.
    final class Base: Codable {
        let document: Document

        init(_ document: Document) { self.document = document }

        /// A base holding a share of its own is refused: the core would drop it, and the next save lose it.
        init(from decoder: Decoder) throws {
            document = try decoder.singleValueContainer().decode(Document.self)
            if document.share != nil {
                throw PlanValueProblem.error(
                    tr("the plan as shared holds no share of its own; remove its \"share\" field"), at: decoder)
            }
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(document)
        }
    }
}
