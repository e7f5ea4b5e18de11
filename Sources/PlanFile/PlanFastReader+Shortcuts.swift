extension PlanFastReader {
    /// The layout shortcuts a reading may take: all of them when Convene loads a plan; fewer in tests, to read the
    /// same bytes the general way and compare.
    struct Shortcuts: OptionSet, Sendable {
        let rawValue: UInt8

        /// People in the written layout, read field by field (`quickPerson`).
        static let quickPeople = Shortcuts(rawValue: 1 << 0)
        /// Participants in the written layout, read field by field (`quickParticipant`).
        static let quickParticipants = Shortcuts(rawValue: 1 << 1)
        /// A big plan's roster, found where the layout puts it and read on the second core (`PlanRosterAhead`).
        static let rosterAhead = Shortcuts(rawValue: 1 << 2)

        static let all: Shortcuts = [.quickPeople, .quickParticipants, .rosterAhead]
    }
}
