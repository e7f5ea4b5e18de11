import Foundation
import Phrasebook
import PlannerCore

/// A calendar's entries as agenda items of a plan (`convene import ics`): which items to add, which to update, and
/// the core edits that do it.
///
/// An entry is matched by its UID: Convene's own (`e1-i3.<identity>@convene`, `AgendaICS.uid`) of the same plan is
/// the item of that id; any other is the item that remembers it (`AgendaItem.calendarUID`). A matched item is
/// updated (title, kind where CATEGORIES names one, time, room, notes; its parts stay); one of Convene's own entries
/// whose SEQUENCE is below the item's revision is older than the plan and is left alone. An entry without its item
/// is added: to `--event`; else to the event of its UID when the plan still has it; else to a new event, one per
/// event of the UID for Convene's calendars, and one per local date and title for other calendars, titled by the
/// part of a SUMMARY after " · " (as Convene writes it), else the calendar's name (X-WR-CALNAME), else the entry's
/// SUMMARY.
public struct CalendarImport {
    public let book: Book
    /// `--event`: every entry becomes an item of it.
    public let event: String?
    /// The calendar's name (X-WR-CALNAME).
    public let calendarName: String?
    /// The zone of new events whose entries are not in an IANA zone.
    public let zone: TimeZone

    public init(book: Book, event: String?, calendarName: String?, zone: TimeZone) {
        self.book = book
        self.event = event
        self.calendarName = calendarName
        self.zone = ICSZones.isIANA(zone) ? zone : TimeZone(identifier: Event.defaultTimeZone) ?? zone
    }

    /// What one entry does.
    public enum Action: Hashable, Sendable {
        case add, update, unchanged
        /// Older than the plan (SEQUENCE below the item's revision): left as the plan has it.
        case older
    }

    /// One entry's item, before and after.
    public struct Change: Hashable, Sendable {
        public let line: Int
        public let action: Action
        /// The event's id (of a new event, the id it will get).
        public let event: String
        public let item: AgendaItem
    }

    /// The outcome: new events (without items), every entry's change, and the edits in order.
    public struct Plan: Sendable {
        public var newEvents: [Event] = []
        public var changes: [Change] = []

        /// The edits: each new event, then the items to add and to update.
        public var edits: [Edit] { editsByLine.map(\.edit) }

        /// `edits`, each with the line of the entry it comes from (a new event's: its first entry's).
        public var editsByLine: [(line: Int, edit: Edit)] {
            var firstLine: [String: Int] = [:]
            for change in changes where firstLine[change.event] == nil { firstLine[change.event] = change.line }
            let events = newEvents.map { (line: firstLine[$0.id] ?? 1, edit: Edit.addEvent($0)) }
            return events
                + changes.compactMap { change in
                    switch change.action {
                    case .add: (change.line, .addItem(event: change.event, item: change.item))
                    case .update: (change.line, .updateItem(event: change.event, item: change.item))
                    case .unchanged, .older: nil
                    }
                }
        }
    }

    public func plan(_ entries: [CalendarEntry]) -> Result<Plan, RosterProblems> {
        var plan = Plan()
        var problems: [ImportProblem] = []
        var itemAllocator = book.idAllocator(.item), eventAllocator = book.idAllocator(.event)
        var byCalendarUID: [String: (event: Int, item: Int)] = [:]
        var byItemID: [String: (event: Int, item: Int)] = [:]
        for (e, event) in book.events.enumerated() {
            for (j, item) in event.items.enumerated() {
                byItemID[item.id] = (e, j)
                if let uid = item.calendarUID { byCalendarUID[uid] = (e, j) }
            }
        }
        let fixed = event.flatMap { id in book.events.firstIndex { $0.id == id } }
        // New events by their group's key, and the positions in `plan.newEvents` of those that have items yet.
        var gathered: [String: Event] = [:]
        var positions: [String: Int] = [:], widened: Set<String> = []
        var seen: [String: Int] = [:]
        for entry in entries {
            if let earlier = seen.updateValue(entry.line, forKey: entry.uid) {
                problems.append(
                    ImportProblem(
                        line: entry.line, reason: tr("the UID '\(entry.uid)' is also the entry's at line \(earlier)")))
                continue
            }
            let own = ConveneUID(entry.uid)
            let samePlan = own.map { $0.identity == book.identity } ?? false
            let match = samePlan ? own.flatMap { byItemID[$0.item] } : byCalendarUID[entry.uid]
            do {
                if let (e, j) = match {
                    if let fixed, fixed != e {
                        throw ImportProblem(
                            line: entry.line,
                            reason: tr(
                                "'\(entry.summary)' is already item \(book.events[e].items[j].id) of event \(book.events[e].id) '\(book.events[e].title)'; import without --event to update it there"
                            ))
                    }
                    plan.changes.append(try update(book.events[e].items[j], of: book.events[e], with: entry, own: own))
                    continue
                }
                let target: Event
                if let fixed {
                    target = book.events[fixed]
                } else if samePlan, let own, let e = book.events.firstIndex(where: { $0.id == own.event }) {
                    target = book.events[e]
                } else {
                    let key = try groupKey(entry, own: own)
                    if let group = gathered[key.key] {
                        target = group
                    } else if let existing = book.events.first(where: {
                        $0.date == key.date && $0.title == key.title && $0.tz == key.zone.identifier
                    }) {
                        target = existing
                    } else {
                        let venue = venue(named: entry.location)
                        let new = Event(
                            id: eventAllocator.next(), title: key.title, date: key.date, start: ClockTime(clamping: 0),
                            end: ClockTime(clamping: 1), tz: key.zone.identifier, venue: venue?.id)
                        gathered[key.key] = new
                        positions[new.id] = plan.newEvents.count
                        plan.newEvents.append(new)
                        target = new
                    }
                }
                var item = try fields(
                    of: entry, own: own, in: target, isNew: true,
                    base: AgendaItem(
                        id: itemAllocator.next(), kind: .other, title: "", start: ClockTime(clamping: 0), minutes: 1))
                if !samePlan { item.calendarUID = entry.uid }
                if let position = positions[target.id] {
                    widen(&plan.newEvents[position], to: item, first: widened.insert(target.id).inserted)
                }
                plan.changes.append(Change(line: entry.line, action: .add, event: target.id, item: item))
            } catch let problem as ImportProblem {
                problems.append(problem)
            } catch {
                problems.append(ImportProblem(line: entry.line, reason: Phrase(error: error)))
            }
        }
        return problems.isEmpty ? .success(plan) : .failure(RosterProblems(problems))
    }

    /// A matched item with the entry's fields, or the item as it is when they are its own or the entry is older.
    private func update(_ item: AgendaItem, of event: Event, with entry: CalendarEntry, own: ConveneUID?) throws
        -> Change
    {
        let updated = try fields(of: entry, own: own, in: event, isNew: false, base: item)
        let action: Action =
            updated == item
            ? .unchanged
            : own.map { $0.identity == book.identity } == true && entry.sequence < item.revision ? .older : .update
        return Change(line: entry.line, action: action, event: event.id, item: action == .update ? updated : item)
    }

    /// `base` with the entry's title, kind, time, room and notes in `event`; a new item's kind is guessed from its
    /// title when CATEGORIES names none, a matched one keeps its own.
    private func fields(of entry: CalendarEntry, own: ConveneUID?, in event: Event, isNew: Bool, base: AgendaItem)
        throws
        -> AgendaItem
    {
        guard let zone = TimeZone(identifier: event.tz) else {
            throw ImportProblem(
                line: entry.line, reason: tr("'\(event.tz)' is not an IANA time zone (e.g. Asia/Shanghai)"))
        }
        let (date, start, minutes) = try localTime(entry, in: zone)
        guard date == event.date else {
            let reason =
                isNew
                ? tr(
                    "'\(entry.summary)' is on \(date.description), but event \(event.id) '\(event.title)' is on \(event.date.description); import it without --event, or change its date"
                )
                : tr(
                    "'\(entry.summary)' moved to \(date.description), but its item \(base.id) is in event \(event.id) '\(event.title)' on \(event.date.description); move the event to that date, or remove the item, and import again"
                )
            throw ImportProblem(line: entry.line, reason: reason)
        }
        var item = base
        item.title = title(of: entry, eventTitle: event.title)
        item.kind = kind(of: entry) ?? (isNew ? ItemKind.guessed(fromTitle: item.title) : base.kind)
        item.start = start
        item.minutes = minutes
        let place = room(of: entry.location, in: event)
        item.room = place.room
        let described = own == nil ? entry.description : entry.description.map(Self.withoutPartLines)
        item.notes = [place.unmatched, described].compactMap { $0?.trimmedOrNil }.joined(separator: "\n").trimmedOrNil
        return item
    }

    /// The entry's date, start and length in minutes in the event's zone; an entry that runs past midnight, or an
    /// all-day entry of more than one day, is refused.
    private func localTime(_ entry: CalendarEntry, in zone: TimeZone) throws -> (CivilDate, ClockTime, Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = entry.allDay ? entry.zone : zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: entry.start)
        guard let year = c.year, let month = c.month, let day = c.day, let hour = c.hour, let minute = c.minute,
            let date = CivilDate(year: year, month: month, day: day)
        else { throw ImportProblem(line: entry.line, reason: tr("'\(entry.summary)' has a date Convene cannot keep")) }
        let length = Int(entry.end.timeIntervalSince(entry.start)) / 60
        if entry.allDay {
            guard length <= 1440 else {
                throw ImportProblem(
                    line: entry.line,
                    reason: tr(
                        "'\(entry.summary)' lasts several days (all day from \(date.description)); an agenda item is within one day, so split it into one entry a day"
                    ))
            }
            return (date, ClockTime(clamping: 0), 1440)
        }
        let start = hour * 60 + minute
        guard length >= 1, start + length <= 1440, let clock = ClockTime(minutes: start) else {
            throw ImportProblem(
                line: entry.line,
                reason: tr(
                    "'\(entry.summary)' runs past midnight (from \(date.description) \(ClockTime(minutes: start)?.description ?? "")); an agenda item ends by 24:00 of its day"
                ))
        }
        return (date, clock, length)
    }

    /// The item's title: the SUMMARY, without " · <event title>" (`AgendaICS.summary`), or its part before " · ".
    private func title(of entry: CalendarEntry, eventTitle: String) -> String {
        let suffix = " · " + eventTitle
        if entry.summary.hasSuffix(suffix), entry.summary.count > suffix.count {
            return String(entry.summary.dropLast(suffix.count))
        }
        if let separator = entry.summary.range(of: " · ") {
            return String(entry.summary[..<separator.lowerBound])
        }
        return entry.summary
    }

    /// The kind CATEGORIES names by its name in either language (Convene writes it so), if any.
    private func kind(of entry: CalendarEntry) -> ItemKind? {
        for category in entry.categories {
            for kind in ItemKind.allCases
            where Language.allCases.contains(where: { Labels($0).kind(kind) == category }) {
                return kind
            }
        }
        return nil
    }

    /// Where a new event of this entry is: the venue whose name the LOCATION starts with (longest first).
    private func venue(named location: String?) -> Venue? {
        guard let location else { return nil }
        return book.venues.filter { location == $0.name || location.hasPrefix($0.name + ", ") }
            .max { $0.name.count < $1.name.count }
    }

    /// The room LOCATION names in the event's venue ("冼星海故乡纪念馆, 展厅", or the room alone), or the LOCATION as
    /// text when it names no room of the venue and is not the venue itself.
    private func room(of location: String?, in event: Event) -> (room: String?, unmatched: String?) {
        guard let location else { return (nil, nil) }
        let venue = event.venue.flatMap(book.venue)
        var rest = location
        if let venue {
            if location == venue.name { return (nil, nil) }
            if location.hasPrefix(venue.name + ", ") { rest = String(location.dropFirst(venue.name.count + 2)) }
            if let room = venue.rooms.first(where: { $0.name == rest || $0.id == rest }) { return (room.id, nil) }
        }
        return (nil, location)
    }

    /// The grouping of an entry without an event: its UID's event, or its local date; the new event's title,
    /// date and zone.
    private func groupKey(_ entry: CalendarEntry, own: ConveneUID?) throws -> (
        key: String, title: String, date: CivilDate, zone: TimeZone
    ) {
        let zone = ICSZones.isIANA(entry.zone) ? entry.zone : self.zone
        let (date, _, _) = try localTime(entry, in: zone)
        // "item · event", as Convene writes a SUMMARY (and calcurse keeps it), names the event.
        let named = entry.summary.range(of: " · ").map { String(entry.summary[$0.upperBound...]) }
        if let own { return ("\(own.event).\(own.identity ?? "")", named ?? entry.summary, date, zone) }
        let title = named ?? calendarName ?? entry.summary
        return ("\(date.description) \(zone.identifier) \(named ?? "")", title, date, zone)
    }

    /// Makes a new event span its items: from the first item's start to the last one's end.
    private func widen(_ event: inout Event, to item: AgendaItem, first: Bool) {
        let start = first ? item.start.minutes : min(event.start.minutes, item.start.minutes)
        let end = first ? item.endMinutes : max(event.end.minutes, item.endMinutes)
        event.start = ClockTime(minutes: start) ?? event.start
        event.end = ClockTime(minutes: end) ?? event.end
    }

    /// A DESCRIPTION Convene wrote without its lines of parts ("Host: 陈思远 Chen Siyuan", "主持人：陈思远") and the
    /// blank line after them: the rest is the item's notes. Parts are not read back: the roster names people by id.
    static func withoutPartLines(_ description: String) -> String {
        let labels = Language.allCases.map(Labels.init)
        let prefixes = labels.flatMap { l in RolePart.allCases.map { l.part($0) } }
        func isPartLine(_ line: Substring) -> Bool {
            labels.contains { l in
                prefixes.contains { prefix in
                    guard line.hasPrefix(prefix) else { return false }
                    let after = line.dropFirst(prefix.count).drop { $0 == " " || $0.isNumber }
                    return after.hasPrefix(l.colon.trimmingCharacters(in: .whitespaces))
                }
            }
        }
        var lines = description.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, isPartLine(first) else { return description }
        while let line = lines.first, isPartLine(line) { lines = lines.dropFirst() }
        if lines.first?.isEmpty == true { lines = lines.dropFirst() }
        return lines.joined(separator: "\n")
    }
}

extension ImportProblem: Error {}
