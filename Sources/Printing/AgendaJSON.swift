import Foundation
import PlannerCore

/// The agenda as JSON for scripts: the event, its organisations, and per item id, kind, title, ISO 8601 local start
/// and end with the zone's offset, and people.
public struct AgendaJSON {
    struct Document: Encodable {
        struct EventHead: Encodable {
            let id: String, title: String, theme: String?, date: String, start: String, end: String, tz: String
            let venue: VenueRef?
        }
        struct VenueRef: Encodable { let id: String, name: String, address: String? }
        struct OrgRef: Encodable { let id: String, name: String, part: String }
        struct PersonPart: Encodable {
            let id: String, name: String, latin: String?, part: String, topic: String?, minutes: Int?
        }
        struct Item: Encodable {
            let id: String, kind: String, title: String, start: String, end: String, minutes: Int
            let room: String?, notes: String?, people: [PersonPart]
        }
        let formatVersion = JSONOutput.formatVersion
        let event: EventHead
        let organisations: [OrgRef]
        let items: [Item]
    }

    public let book: Book
    public let event: Event

    public init(book: Book, event: Event) {
        self.book = book
        self.event = event
    }

    public func render() throws -> String {
        let people = book.peopleByID, orgs = book.organisationsByID, time = JSONLocalTime(tz: event.tz)
        let venue = event.venue.flatMap(book.venue).map {
            Document.VenueRef(id: $0.id, name: $0.name, address: $0.address)
        }
        let doc = Document(
            event: .init(
                id: event.id, title: event.title, theme: event.theme, date: event.date.description,
                start: time.string(event.date, minutes: event.start.minutes),
                end: time.string(event.date, minutes: event.end.minutes), tz: event.tz, venue: venue),
            organisations: event.orgs.map {
                .init(id: $0.org, name: orgs[$0.org]?.name ?? $0.org, part: $0.part.rawValue)
            },
            items: event.items.map { item in
                .init(
                    id: item.id, kind: item.kind.rawValue, title: item.title,
                    start: time.string(event.date, minutes: item.start.minutes),
                    end: time.string(event.date, minutes: item.endMinutes), minutes: item.minutes,
                    room: book.roomName(of: item, in: event), notes: item.notes,
                    people: item.roles.map { role in
                        .init(
                            id: role.person, name: people[role.person]?.name ?? role.person,
                            latin: people[role.person]?.latin,
                            part: role.part.rawValue, topic: role.topic, minutes: role.minutes)
                    })
            })
        return try JSONOutput.render(doc)
    }
}
