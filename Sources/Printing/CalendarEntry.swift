import Foundation
import Phrasebook
import PlannerCore

/// One timed entry of a calendar, as the import sees it: a VEVENT, or one occurrence of a recurring one.
public struct CalendarEntry: Hashable, Sendable {
    /// The key the item remembers: the UID (without one, as calcurse writes them, the DTSTART and SUMMARY), and for
    /// the second and later occurrences of a recurring entry "#n".
    public var uid: String
    public var summary: String
    public var location: String?
    public var description: String?
    public var categories: [String]
    public var sequence: Int
    public var start: Date
    public var end: Date
    /// The zone the entry's times are shown in: its TZID's, else the calendar's zone for floating and UTC times.
    public var zone: TimeZone
    /// A DATE entry (all day): `start` is midnight of its first day in `zone`, `end` of the day after its last.
    public var allDay: Bool
    /// The line of its BEGIN:VEVENT.
    public var line: Int
}

/// The entries of a calendar: VEVENTs read into `CalendarEntry`s, simple recurring ones expanded, every entry that
/// cannot be read named by its line.
public struct CalendarEntries: Sendable {
    /// The most occurrences a recurring entry may expand to.
    public static let maxOccurrences = 400

    public let calendar: ICSComponent
    public let zones: ICSZones

    public init(calendar: ICSComponent, floating: TimeZone) {
        self.calendar = calendar
        zones = ICSZones(calendar: calendar, fallback: floating)
    }

    /// X-WR-CALNAME (Google, and Convene's own calendars), when given.
    public var name: String? {
        calendar.property("X-WR-CALNAME")?.text.trimmedOrNil
    }

    /// Every entry in file order, or the problems of those that cannot be read. Cancelled entries are left out;
    /// an entry with RECURRENCE-ID replaces that occurrence of its series.
    public func entries() -> Result<[CalendarEntry], RosterProblems> {
        var entries: [CalendarEntry] = []
        var problems: [ImportProblem] = []
        let events = calendar.components("VEVENT").filter {
            $0.property("STATUS")?.value.uppercased() != "CANCELLED"
        }
        var overrides: [String: [Date: ICSComponent]] = [:]
        for event in events where event.property("RECURRENCE-ID") != nil {
            guard let uid = event.property("UID")?.text, let id = event.property("RECURRENCE-ID") else { continue }
            do {
                overrides[uid, default: [:]][try time(id).date] = event
            } catch {
                problems.append(error.problem)
            }
        }
        for event in events where event.property("RECURRENCE-ID") == nil {
            do {
                entries += try occurrences(of: event, overrides: overrides)
            } catch {
                problems.append(error.problem)
            }
        }
        return problems.isEmpty ? .success(entries) : .failure(RosterProblems(problems))
    }

    /// The entry, or its occurrences.
    private func occurrences(of event: ICSComponent, overrides: [String: [Date: ICSComponent]]) throws(ICSReadError)
        -> [CalendarEntry]
    {
        let first = try entry(event)
        if event.property("RDATE") != nil {
            throw ICSReadError(
                line: event.line,
                reason: tr(
                    "'\(first.summary)' repeats on the dates of its RDATE, which Convene does not expand; export its occurrences one by one, or add them by hand"
                ))
        }
        guard let rule = event.property("RRULE") else { return [first] }
        let starts = try RecurrenceRule(rule, summary: first.summary).starts(from: first.start, in: first.zone)
        var excluded: Set<Date> = []
        for exdate in event.properties("EXDATE") { excluded.formUnion(try dates(exdate)) }
        let length = first.end.timeIntervalSince(first.start)
        var out: [CalendarEntry] = []
        for (n, start) in starts.enumerated() where !excluded.contains(start) {
            var occurrence = first
            if let replacement = overrides[first.uid]?[start] {
                occurrence = try entry(replacement)
            } else {
                occurrence.start = start
                occurrence.end = start.addingTimeInterval(length)
            }
            occurrence.uid = n == 0 ? first.uid : "\(first.uid)#\(n + 1)"
            out.append(occurrence)
        }
        return out
    }

    /// One VEVENT's fields and times.
    private func entry(_ event: ICSComponent) throws(ICSReadError) -> CalendarEntry {
        let summary = event.property("SUMMARY")?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !summary.isEmpty else {
            throw ICSReadError(line: event.line, reason: tr("the entry has no SUMMARY (title); give it one"))
        }
        guard let dtstart = event.property("DTSTART") else {
            throw ICSReadError(line: event.line, reason: tr("'\(summary)' has no DTSTART (start)"))
        }
        // calcurse writes no UID: such an entry is known by its start and title, so the same file imported again
        // changes nothing, but an entry moved or renamed there comes in as a new one.
        let uid = event.property("UID")?.text.trimmedOrNil ?? "\(dtstart.value) \(summary)"
        let start = try time(dtstart)
        let end: Date
        if let dtend = event.property("DTEND") {
            let read = try time(dtend)
            guard read.allDay == start.allDay else {
                throw ICSReadError(
                    line: dtend.line, reason: tr("'\(summary)': DTSTART and DTEND must both be dates or both times"))
            }
            end = read.date
        } else if let duration = event.property("DURATION") {
            guard let seconds = Self.durationSeconds(duration.value) else {
                throw ICSReadError(
                    line: duration.line,
                    reason: tr("'\(summary)': '\(duration.value)' is not a DURATION such as PT1H30M or P1D"))
            }
            end = start.date.addingTimeInterval(Double(seconds))
        } else {
            // RFC 5545 §3.6.1: a DATE entry without an end lasts the day.
            end = start.allDay ? start.date.addingTimeInterval(86_400) : start.date
        }
        guard end > start.date else {
            throw ICSReadError(
                line: event.line, reason: tr("'\(summary)' ends when or before it starts; give it a later DTEND"))
        }
        let categories = event.properties("CATEGORIES").flatMap {
            Self.splitList($0.value).map { ICSReader.unescape($0).trimmingCharacters(in: .whitespaces) }
        }
        return CalendarEntry(
            uid: uid, summary: summary, location: event.property("LOCATION")?.text.trimmedOrNil,
            description: event.property("DESCRIPTION")?.text.trimmedOrNil, categories: categories,
            sequence: event.property("SEQUENCE").flatMap { Int($0.value.trimmingCharacters(in: .whitespaces)) } ?? 0,
            start: start.date, end: end, zone: start.zone, allDay: start.allDay, line: event.line)
    }

    /// A DATE or DATE-TIME value with its zone.
    func time(_ property: ICSProperty) throws(ICSReadError) -> (date: Date, zone: TimeZone, allDay: Bool) {
        let value = property.value.trimmingCharacters(in: .whitespaces)
        var zone = zones.floating
        if let tzid = property.parameter("TZID") {
            guard let named = zones.zone(tzid) else {
                throw ICSReadError(
                    line: property.line,
                    reason: tr(
                        "\(property.name): the time zone '\(tzid)' is not an IANA or Outlook zone and the file has no VTIMEZONE that says which it is; export the calendar with IANA zones (Asia/Shanghai)"
                    ))
            }
            zone = named
        }
        guard let parsed = ICSDateTime(value) else {
            throw ICSReadError(
                line: property.line,
                reason: tr("\(property.name): '\(value)' is not a date (20230616) or a time (20230616T090000)"))
        }
        let reckoned = parsed.utc ? TimeZone(identifier: "UTC") ?? zone : zone
        guard let date = parsed.date(in: reckoned) else {
            throw ICSReadError(line: property.line, reason: tr("\(property.name): '\(value)' is not a real date"))
        }
        return (date, zone, parsed.isDate)
    }

    /// The instants of an EXDATE (a list of values).
    private func dates(_ property: ICSProperty) throws(ICSReadError) -> [Date] {
        var out: [Date] = []
        for value in Self.splitList(property.value) {
            let one = ICSProperty(
                name: property.name, parameters: property.parameters, value: value, line: property.line)
            out.append(try time(one).date)
        }
        return out
    }

    /// A list value split at unescaped commas.
    static func splitList(_ value: String) -> [String] {
        var parts: [String] = [], current = "", escaped = false
        for c in value {
            if escaped {
                current.append(c)
                escaped = false
            } else if c == "\\" {
                current.append(c)
                escaped = true
            } else if c == "," {
                parts.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        parts.append(current)
        return parts.filter { !$0.isEmpty }
    }

    /// A DURATION (`PT1H30M`, `P1D`, `P2W`, `-PT5M`) in seconds; nil when it is not one or is negative.
    static func durationSeconds(_ text: String) -> Int? {
        var s = Substring(text.trimmingCharacters(in: .whitespaces).uppercased())
        if s.first == "+" { s = s.dropFirst() }
        guard s.first == "P" else { return nil }
        s = s.dropFirst()
        var total = 0, number = "", inTime = false, any = false
        for c in s {
            if c.isASCII, c.isNumber {
                number.append(c)
                guard number.count <= 6 else { return nil }
                continue
            }
            if c == "T" {
                guard number.isEmpty, !inTime else { return nil }
                inTime = true
                continue
            }
            guard let n = Int(number) else { return nil }
            number = ""
            any = true
            switch (c, inTime) {
            case ("W", false): total += n * 604_800
            case ("D", false): total += n * 86_400
            case ("H", true): total += n * 3600
            case ("M", true): total += n * 60
            case ("S", true): total += n
            default: return nil
            }
        }
        return any && number.isEmpty ? total : nil
    }
}

/// `20230616` or `20230616T090000`, with `Z` for UTC.
struct ICSDateTime {
    let year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int
    let isDate: Bool
    let utc: Bool

    init?(_ text: String) {
        let c = Array(text)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= c.count, c[range].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(String(c[range]))
        }
        guard let y = number(0..<4), let m = number(4..<6), let d = number(6..<8), (1...12).contains(m),
            (1...31).contains(d)
        else { return nil }
        (year, month, day) = (y, m, d)
        if c.count == 8 {
            (hour, minute, second, isDate, utc) = (0, 0, 0, true, false)
            return
        }
        guard c.count == 15 || (c.count == 16 && c[15] == "Z"), c[8] == "T", let h = number(9..<11),
            let mi = number(11..<13), let s = number(13..<15), h < 24, mi < 60, s <= 60
        else { return nil }
        (hour, minute, second, isDate, utc) = (h, mi, min(s, 59), false, c.count == 16)
    }

    /// The instant of this local time in `zone`; nil for a day the month does not have (20230231). A local time
    /// that a clock change skips is read with the offset before the gap (RFC 5545 §3.3.5), as Foundation does.
    func date(in zone: TimeZone) -> Date? {
        guard day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(
            from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))
    }
}
