import PlannerCore

/// The time of day now, as the planner reads it for a sign-in: given by the program around it (the system clock),
/// so that tests and the bench run on a fixed time (Bubble Tea and TCA inject the clock the same way).
public struct WallClock: Sendable {
    private let read: @Sendable (_ timeZone: String) -> ClockTime

    /// A clock that reads the time of day in an IANA time zone.
    public init(_ read: @escaping @Sendable (_ timeZone: String) -> ClockTime) { self.read = read }

    /// A clock that always says `time`.
    public static func fixed(_ time: ClockTime) -> WallClock { WallClock { _ in time } }

    /// The time of day now in `timeZone`.
    public func now(in timeZone: String) -> ClockTime { read(timeZone) }
}
