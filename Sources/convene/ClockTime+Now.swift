import Foundation
import PlannerCore

extension ClockTime {
    /// The time of day now in the time zone `tz` (an IANA name; the machine's zone when it is unknown), to the
    /// minute: when `participant sign-in` is given no `--at`.
    static func now(in tz: String) -> ClockTime {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: tz) ?? .current
        let parts = calendar.dateComponents([.hour, .minute], from: Date())
        guard let time = ClockTime(minutes: (parts.hour ?? 0) * 60 + (parts.minute ?? 0)) else {
            preconditionFailure("an hour and minute of a day is a time of day")
        }
        return time
    }
}
