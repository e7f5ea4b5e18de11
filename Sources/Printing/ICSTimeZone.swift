import Foundation

/// The VTIMEZONE of a zone for the years of the events in it, built from Foundation's time zone data.
///
/// A zone without daylight saving time in those years gets one STANDARD observance; a zone with it gets a
/// STANDARD or DAYLIGHT observance for the transition that was in force on 1 January of each year and for each
/// transition of those years. One calendar holds one VTIMEZONE per zone (RFC 5545 §3.6.5), whatever the years.
struct ICSTimeZone {
    /// One observance: from `start` (an instant) the zone's offset is `to` seconds east of UTC, named `name`.
    struct Observance {
        let daylight: Bool
        let start: Date
        let from: Int
        let to: Int
        let name: String
    }

    let identifier: String
    let observances: [Observance]

    init?(identifier: String, years: Set<Int>) {
        guard let zone = TimeZone(identifier: identifier), let first = years.min() else { return nil }
        self.identifier = identifier
        let transitions = Set(years.flatMap { Self.transitions(of: zone, year: $0) }).sorted()
        if transitions.isEmpty {
            let middle = Self.utc(year: first, month: 7)
            let offset = zone.secondsFromGMT(for: middle)
            observances = [
                Observance(
                    daylight: false, start: Date(timeIntervalSince1970: -Double(offset)), from: offset, to: offset,
                    name: zone.abbreviation(for: middle) ?? Self.offset(offset))
            ]
        } else {
            observances = transitions.map { t in
                Observance(
                    daylight: zone.isDaylightSavingTime(for: t), start: t, from: zone.secondsFromGMT(for: t - 1),
                    to: zone.secondsFromGMT(for: t),
                    name: zone.abbreviation(for: t) ?? Self.offset(zone.secondsFromGMT(for: t)))
            }
        }
    }

    /// The last transition before the year (the rule in force on 1 January) and every transition in it.
    static func transitions(of zone: TimeZone, year: Int) -> [Date] {
        let yearStart = utc(year: year, month: 1), yearEnd = utc(year: year + 1, month: 1)
        var found: [Date] = []
        var cursor = utc(year: year - 1, month: 1)
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < yearEnd, found.count < 16 {
            found.append(next)
            cursor = next
        }
        let before = found.last { $0 < yearStart }
        return (before.map { [$0] } ?? []) + found.filter { $0 >= yearStart }
    }

    /// Writes BEGIN:VTIMEZONE … END:VTIMEZONE.
    func write(to writer: inout ICSWriter) {
        writer.add("BEGIN", "VTIMEZONE")
        writer.text("TZID", identifier)
        for o in observances {
            let kind = o.daylight ? "DAYLIGHT" : "STANDARD"
            writer.add("BEGIN", kind)
            // DTSTART is the local time at which the observance begins, reckoned in the offset before it.
            writer.add("DTSTART", Self.compact(o.start.addingTimeInterval(Double(o.from))))
            writer.add("TZOFFSETFROM", Self.offset(o.from))
            writer.add("TZOFFSETTO", Self.offset(o.to))
            writer.text("TZNAME", o.name)
            writer.add("END", kind)
        }
        writer.add("END", "VTIMEZONE")
    }

    /// "+0800", "-0430", "+053328" (seconds only when there are some).
    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+", a = abs(seconds)
        let text = sign + two(a / 3600) + two(a % 3600 / 60)
        return a % 60 == 0 ? text : text + two(a % 60)
    }

    /// The UTC calendar fields of `date` as `yyyyMMddTHHmmss` (no zone suffix).
    static func compact(_ date: Date) -> String {
        let c = utcCalendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        guard let year = c.year, let month = c.month, let day = c.day, let hour = c.hour, let minute = c.minute,
            let second = c.second
        else { preconditionFailure("a Gregorian calendar gives every component it is asked for") }
        return four(year) + two(month) + two(day) + "T" + two(hour) + two(minute) + two(second)
    }

    static func utc(year: Int, month: Int) -> Date {
        guard let date = utcCalendar.date(from: DateComponents(year: year, month: month, day: 1)) else {
            preconditionFailure(
                "a Gregorian calendar has the first of every month of the years 0–10000 (got \(year)-\(month))")
        }
        return date
    }

    static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar
    }()

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    static func four(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n) }
}
