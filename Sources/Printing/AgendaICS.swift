import Foundation
import Phrasebook
import PlannerCore
import TextCells

/// The agenda as an RFC 5545 calendar: one VEVENT per agenda item, in the event's time zone (with its VTIMEZONE),
/// its SEQUENCE the item's revision.
public struct AgendaICS {
    public let book: Book
    /// The people of the agenda's parts by id (pass the whole roster's table when printing many events).
    let people: PersonLookup
    public let event: Event
    public let labels: Labels
    /// The DTSTAMP of every VEVENT.
    public let stamp: Date

    public init(
        book: Book, event: Event, language: PrintLanguage = .en, stamp: Date,
        people: PersonLookup? = nil
    ) {
        self.people = people ?? book.rolePeople(of: event)
        self.book = book
        self.event = event
        self.labels = Labels(language)
        self.stamp = stamp
    }

    /// SOURCE_DATE_EPOCH (seconds since 1970) when set, for reproducible output; else now.
    public static func stamp(environment: [String: String]) -> Date {
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(Int.init) {
            return Date(timeIntervalSince1970: Double(epoch))
        }
        return Date()
    }

    public func render() throws -> String {
        let zones = try ICSCalendar.zones(of: [event])
        var ics = ICSWriter()
        ICSCalendar.begin(&ics, language: labels.language, name: event.title, zone: event.tz)
        for zone in zones { zone.write(to: &ics) }
        writeEntries(to: &ics)
        ics.add("END", "VCALENDAR")
        return ics.output
    }

    /// The event's VEVENTs, for a calendar that already holds the event's VTIMEZONE.
    func writeEntries(to ics: inout ICSWriter) {
        let changes = TimeZone(identifier: event.tz)?.clockChanges(on: event.date) ?? []
        for (item, entry) in zip(event.items, book.calendarEntries(of: event, people: people)) {
            write(item, entry, changes: changes, to: &ics)
        }
    }

    /// The item's VEVENT: its UID, SEQUENCE and times from `item`, its SUMMARY, LOCATION, DESCRIPTION and
    /// CATEGORIES from `entry` (what the revision follows).
    private func write(_ item: AgendaItem, _ entry: ItemCalendarEntry, changes: [ClockChange], to ics: inout ICSWriter)
    {
        ics.add("BEGIN", "VEVENT")
        ics.add("UID", ICSText.escape(TextCells.removingControls(uid(item), lineBreaks: .space)))
        ics.add("DTSTAMP", ICSTimeZone.compact(stamp) + "Z")
        // A calendar replaces the entry of the same UID when the SEQUENCE grows (RFC 5545 §3.8.7.4).
        ics.add("SEQUENCE", String(item.revision))
        if let modified = item.modified { ics.add("LAST-MODIFIED", ICSTimeZone.compact(modified) + "Z") }
        let (start, end) = Self.writtenTimes(
            start: event.date.localSeconds(minutes: item.start.minutes),
            end: event.date.localSeconds(minutes: item.endMinutes), changes: changes)
        ics.add("DTSTART;TZID=\(parameter(event.tz))", Self.localTime(start))
        ics.add("DTEND;TZID=\(parameter(event.tz))", Self.localTime(end))
        ics.text("SUMMARY", summary(entry))
        if let location = location(entry) { ics.text("LOCATION", location) }
        let description = self.description(entry)
        if !description.isEmpty { ics.text("DESCRIPTION", description) }
        ics.text("CATEGORIES", labels.kind(entry.item.kind))
        ics.add("END", "VEVENT")
    }

    /// The local times (in `ClockChange`'s local seconds) written as an item's DTSTART and DTEND.
    ///
    /// A local time that a clock change skips (02:30 in New York on 2023-03-12) is read, as RFC 5545 §3.3.5 says
    /// and python's icalendar and dateutil do, with the offset before the gap: that is the time the gap's length
    /// later (03:30). It is written as that time, so that every reader lands on the same instant, and an item that
    /// starts in a gap moves whole, keeping its length (02:30–03:00 becomes 03:30–04:00; read as RFC 5545 says, it
    /// would end before it starts). A repeated local time is written as it is: readers take its first occurrence
    /// (RFC 5545), which never puts an end before its start. `convene check` reports both (`dst-gap`,
    /// `dst-overlap`).
    static func writtenTimes(start: Int, end: Int, changes: [ClockChange]) -> (start: Int, end: Int) {
        func gap(at local: Int) -> Int {
            changes.first { $0.skips && $0.localTimes.contains(local) }?.seconds ?? 0
        }
        let startShift = gap(at: start)
        if startShift > 0 { return (start + startShift, end + startShift) }
        return (start, end + gap(at: end))
    }

    /// `yyyyMMddTHHmmss` of a local time in `ClockChange`'s local seconds.
    static func localTime(_ localSeconds: Int) -> String {
        ICSTimeZone.compact(Date(timeIntervalSince1970: Double(localSeconds)))
    }

    /// The item's calendar UID: its event's and its own id within the plan's identity (`e1-i1.<identity>@convene`),
    /// so two plans' entries never collide; a plan without an identity keeps the bare ids.
    func uid(_ item: AgendaItem) -> String {
        "\(event.id)-\(item.id)" + (book.identity.map { ".\($0)" } ?? "") + "@convene"
    }

    /// The item's title, then its event's: "党建座谈会 · 党建强堡垒 促发展 联建交流活动". A calendar's month view cuts a
    /// summary at its cell's width, so the item's own title comes first; the event's says which activity it belongs to.
    func summary(_ entry: ItemCalendarEntry) -> String {
        entry.item.title == entry.title ? entry.item.title : entry.item.title + " · " + entry.title
    }

    /// The venue's name and the item's room, e.g. "冼星海故乡纪念馆, 展厅".
    func location(_ entry: ItemCalendarEntry) -> String? {
        let parts = [entry.venue, entry.room].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// The people in their parts, one a line ("Speaker 1: 程智鹏 Cheng Zhipeng — topic (20 min)"), then the item's notes.
    func description(_ entry: ItemCalendarEntry) -> String {
        var lines = RoleLine.lines(of: entry.item, names: entry.people, labels: labels).map {
            $0.label + labels.colon + $0.detail(labels)
        }
        if let notes = entry.item.notes, !notes.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines.append(notes)
        }
        return lines.joined(separator: "\n")
    }

    /// A parameter value: quoted when it holds `:` `;` or `,` (a TZID never holds a quote; controls are dropped).
    private func parameter(_ value: String) -> String {
        let clean = TextCells.removingControls(value, lineBreaks: .space).filter { $0 != "\"" }
        return clean.contains(where: { ":;,".contains($0) }) ? "\"\(clean)\"" : clean
    }
}
