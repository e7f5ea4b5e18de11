import Foundation
import Phrasebook

/// The RRULEs the import expands: DAILY or WEEKLY, every INTERVAL days or weeks, ending after COUNT occurrences or
/// at UNTIL; a WEEKLY rule's BYDAY may only name the first occurrence's own weekday. Any other rule is refused,
/// naming the entry, rather than expanded wrongly.
struct RecurrenceRule {
    let days: Int
    let count: Int?
    let until: ICSDateTime?
    let summary: String
    let line: Int

    init(_ property: ICSProperty, summary: String) throws(ICSReadError) {
        self.summary = summary
        line = property.line
        var parts: [String: String] = [:]
        for part in property.value.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { throw Self.refusal(property, summary) }
            parts[pair[0].uppercased()] = pair[1].uppercased()
        }
        let interval = parts["INTERVAL"].map { Int($0) } ?? 1
        guard let interval, (1...366).contains(interval) else { throw Self.refusal(property, summary) }
        switch parts["FREQ"] {
        case "DAILY": days = interval
        case "WEEKLY": days = 7 * interval
        default: throw Self.refusal(property, summary)
        }
        count = try parts["COUNT"].map { text throws(ICSReadError) in
            guard let n = Int(text), n >= 1 else { throw Self.refusal(property, summary) }
            return n
        }
        until = try parts["UNTIL"].map { text throws(ICSReadError) in
            guard let date = ICSDateTime(text) else { throw Self.refusal(property, summary) }
            return date
        }
        guard (count == nil) != (until == nil) else {
            throw ICSReadError(
                line: property.line,
                reason: tr(
                    "'\(summary)' repeats without end (its RRULE has neither COUNT nor UNTIL); give the series an end date in the calendar, or export its occurrences"
                ))
        }
        let known: Set<String> = ["FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST", "BYDAY"]
        guard Set(parts.keys).isSubset(of: known) else { throw Self.refusal(property, summary) }
        byDay = parts["BYDAY"]
    }

    /// BYDAY as written, checked against the first occurrence in `starts`.
    private let byDay: String?

    /// The starts of the occurrences: the first, then every `days` days at the same local time in `zone`.
    func starts(from first: Date, in zone: TimeZone) throws(ICSReadError) -> [Date] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        if let byDay {
            let names = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"]
            guard byDay == names[calendar.component(.weekday, from: first) - 1] else {
                throw ICSReadError(
                    line: line,
                    reason: tr(
                        "'\(summary)' repeats on several weekdays (RRULE BYDAY=\(byDay)), which Convene does not expand; export its occurrences one by one, or add them by hand"
                    ))
            }
        }
        let last = until.flatMap { u in
            u.isDate ? u.date(in: zone)?.addingTimeInterval(86_399) : u.date(in: u.utc ? .gmt : zone)
        }
        var out: [Date] = []
        var n = 0
        while true {
            guard let start = calendar.date(byAdding: .day, value: n * days, to: first) else { break }
            if let count, out.count >= count { break }
            if let last, start > last { break }
            guard out.count < CalendarEntries.maxOccurrences else {
                throw ICSReadError(
                    line: line,
                    reason: tr(
                        "'\(summary)' repeats more than \(CalendarEntries.maxOccurrences) times; shorten the series, or import a shorter span of the calendar"
                    ))
            }
            out.append(start)
            n += 1
        }
        return out
    }

    private static func refusal(_ property: ICSProperty, _ summary: String) -> ICSReadError {
        ICSReadError(
            line: property.line,
            reason: tr(
                "'\(summary)' repeats by the rule \(property.value), which Convene does not expand (only DAILY or WEEKLY with COUNT or UNTIL); export its occurrences one by one, or add them by hand"
            ))
    }
}
