import Foundation
import PlannerCore

/// ISO 8601 local date-times with the zone's offset for that moment, e.g. `2023-06-16T09:00:00+08:00`, as JSON
/// printouts write every time: the wall clock the plan shows, and the offset a script needs for the instant.
struct JSONLocalTime {
    private let calendar: Calendar?

    /// Times in the zone `tz`; an unknown zone (which the plan's checks report) gets no offset.
    init(tz: String) {
        calendar = TimeZone(identifier: tz).map { zone in
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            return calendar
        }
    }

    /// `minutes` after midnight of `date`, which may run past the day (24:00 is the next midnight).
    func string(_ date: CivilDate, minutes: Int) -> String {
        var day = date, m = minutes
        if m >= 1440, let next = date.addingDays(m / 1440) {
            day = next
            m %= 1440
        }
        // ClockTime's HH:MM, written out here because past the last date `m` can stay at 24:00 or more.
        let h = m / 60, mm = m % 60
        let local = "\(day)T" + Self.twoDigits(h) + ":" + Self.twoDigits(mm) + ":00"
        return local + (offset(day, hour: h, minute: mm).map(Self.offsetText) ?? "")
    }

    /// Seconds east of UTC at that wall-clock time; in a gap, the offset after it (Foundation moves the time on).
    private func offset(_ day: CivilDate, hour: Int, minute: Int) -> Int? {
        guard let calendar else { return nil }
        let parts = DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute)
        return calendar.date(from: parts).map { calendar.timeZone.secondsFromGMT(for: $0) }
    }

    /// `+08:00`, `-04:30`, `+00:00`.
    static func offsetText(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+", minutes = abs(seconds) / 60
        return sign + twoDigits(minutes / 60) + ":" + twoDigits(minutes % 60)
    }

    private static func twoDigits(_ n: Int) -> String { (n < 10 ? "0" : "") + "\(n)" }
}
