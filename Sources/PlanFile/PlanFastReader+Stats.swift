extension PlanFastReader {
    /// Which way a reading went: how many people and participants each shortcut took and how many the general path
    /// read, and whether the roster came from the second core. Tests check with it that the shortcuts fit what the
    /// writer writes; counting costs an addition per record.
    struct Stats: Equatable, Sendable {
        var quickPeople = 0
        var generalPeople = 0
        var quickParticipants = 0
        var generalParticipants = 0
        /// The roster was read on the second core and taken from there.
        var rosterReadAhead = false

        /// Adds the counts of a reading of part of the same file (the roster, read on the second core).
        mutating func add(_ other: Stats) {
            quickPeople += other.quickPeople
            generalPeople += other.generalPeople
            quickParticipants += other.quickParticipants
            generalParticipants += other.generalParticipants
            rosterReadAhead = rosterReadAhead || other.rosterReadAhead
        }
    }
}
