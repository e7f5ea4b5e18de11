import Foundation
import Phrasebook
import PlannerCore

/// Many events' agendas as one RFC 5545 calendar (`agenda --all-events --format ics`): one VCALENDAR, one VTIMEZONE
/// per zone used, then every event's VEVENTs as `AgendaICS` writes them. Calendars (khal, python's icalendar) read
/// one VCALENDAR per file.
public struct PlanICS {
    public let book: Book
    /// The events in the order they are written.
    public let events: [Event]
    let people: PersonLookup
    public let language: PrintLanguage
    /// The DTSTAMP of every VEVENT.
    public let stamp: Date

    public init(book: Book, events: [Event], language: PrintLanguage = .en, stamp: Date, people: PersonLookup? = nil) {
        self.book = book
        self.events = events
        self.people = people ?? book.peopleByID
        self.language = language
        self.stamp = stamp
    }

    public func render() throws -> String {
        let zones = try ICSCalendar.zones(of: events)
        var ics = ICSWriter()
        ICSCalendar.begin(
            &ics, language: language, name: events.count == 1 ? events[0].title : nil,
            zone: zones.count == 1 ? zones[0].identifier : nil)
        for zone in zones { zone.write(to: &ics) }
        for event in events {
            AgendaICS(book: book, event: event, language: language, stamp: stamp, people: people).writeEntries(to: &ics)
        }
        ics.add("END", "VCALENDAR")
        return ics.output
    }
}
