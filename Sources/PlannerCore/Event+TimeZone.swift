import Foundation

extension Event {
    /// The event's zone, or nil when Foundation does not know `tz` (a plan file saying so is refused on load).
    public var timeZone: TimeZone? { TimeZone(identifier: tz) }

    /// Whether Foundation knows `identifier` as a time zone: the one test of an event's `tz`, for edits and loads.
    public static func isKnownTimeZone(_ identifier: String) -> Bool { TimeZone(identifier: identifier) != nil }
}
