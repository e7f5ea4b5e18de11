extension ClockTime {
    /// The time `minutes` after midnight, held to the day (00:00–24:00): for end times worked out by adding durations.
    public init(clamping minutes: Int) {
        self.minutes = max(0, min(1440, minutes))
    }
}
