import Foundation

/// A moment at which a zone's clocks change (daylight saving time, or a new standard offset), with the local
/// times it skips (clocks jump forward) or repeats (clocks go back).
///
/// Local times are counted as "local seconds": seconds since 1970-01-01 00:00 on the zone's own clock
/// (`CivilDate.localSeconds(minutes:)`), so a range of them is a stretch of wall-clock time.
public struct ClockChange: Hashable, Sendable {
    /// The instant of the change.
    public let instant: Date
    /// The offset east of UTC before and after the change, in seconds.
    public let offsetBefore: Int
    public let offsetAfter: Int

    public init(instant: Date, offsetBefore: Int, offsetAfter: Int) {
        self.instant = instant
        self.offsetBefore = offsetBefore
        self.offsetAfter = offsetAfter
    }

    /// Clocks jump forward: the local times in `localTimes` do not exist.
    public var skips: Bool { offsetAfter > offsetBefore }

    /// How far the clocks move, in seconds (3600 for an hour).
    public var seconds: Int { abs(offsetAfter - offsetBefore) }

    /// The local times skipped (a gap) or that happen twice (an overlap), in local seconds; e.g. 02:00..<03:00.
    public var localTimes: Range<Int> {
        let t = Int(instant.timeIntervalSince1970.rounded(.down))
        return skips ? (t + offsetBefore)..<(t + offsetAfter) : (t + offsetAfter)..<(t + offsetBefore)
    }
}

extension TimeZone {
    /// The clock changes whose skipped or repeated local times touch `date` (its midnight to the next), in order.
    public func clockChanges(on date: CivilDate) -> [ClockChange] {
        let dayStart = date.localSeconds(minutes: 0), day = dayStart...(dayStart + 86_400)
        // A change affecting the day happens within 14 hours of it (the largest offset); look a day either side.
        var cursor = Date(timeIntervalSince1970: Double(dayStart - 2 * 86_400))
        let limit = Date(timeIntervalSince1970: Double(dayStart + 3 * 86_400))
        var found: [ClockChange] = []
        var steps = 0
        while let next = nextDaylightSavingTimeTransition(after: cursor), next < limit, steps < 16 {
            steps += 1
            cursor = next
            let change = ClockChange(
                instant: next, offsetBefore: secondsFromGMT(for: next - 1), offsetAfter: secondsFromGMT(for: next))
            if change.seconds > 0, change.localTimes.overlaps(day) { found.append(change) }
        }
        return found
    }
}

extension CivilDate {
    /// Days since 1970-01-01 (negative before it), in the proleptic Gregorian calendar.
    public var daysSince1970: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The local time `minutes` after this date's midnight (1440 is the next midnight) in local seconds
    /// (`ClockChange`).
    public func localSeconds(minutes: Int) -> Int { daysSince1970 * 86_400 + minutes * 60 }
}
