import Foundation
import PlannerCore

/// The participant list as JSON for scripts: `formatVersion`, the `event`, and its `participants` in the list's order.
public struct PeopleJSON {
    struct Row: Encodable {
        struct PartRef: Encodable { let part: String, item: String }
        let id: String, name: String, latin: String?, organisation: String, organisationId: String
        let politics: String, stage: String?, capacity: String, title: String?, rsvp: String, parts: [PartRef]
        let phone: String?, email: String?
    }

    struct Document: Encodable {
        let formatVersion = JSONOutput.formatVersion
        let event: JSONEventRef
        let participants: [Row]
    }

    public let event: Event
    public let rows: [ParticipantRow]
    public let withContacts: Bool

    public init(book: Book, event: Event, withContacts: Bool = false) {
        self.event = event
        self.rows = ParticipantRow.rows(book: book, event: event)
        self.withContacts = withContacts
    }

    public func render() throws -> String {
        let out = rows.map { r in
            Row(
                id: r.person.id, name: r.person.name, latin: r.person.latin,
                organisation: r.organisation?.name ?? r.person.org,
                organisationId: r.person.org, politics: r.person.politics.rawValue, stage: r.person.stage?.rawValue,
                capacity: r.participant.capacity.rawValue, title: r.person.title,
                rsvp: r.rsvp.rawValue,
                parts: r.parts.map { .init(part: $0.part.rawValue, item: $0.item) },
                phone: withContacts ? r.person.phone : nil, email: withContacts ? r.person.email : nil)
        }
        return try JSONOutput.render(Document(event: JSONEventRef(event), participants: out))
    }
}
