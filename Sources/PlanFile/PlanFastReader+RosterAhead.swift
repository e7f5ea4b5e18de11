import PlannerCore

extension PlanFastReader {
    /// The people array at the reader's place: the other core's reading when it started right here, else read in
    /// place.
    mutating func roster(_ ahead: PlanRosterAhead?) throws -> [Person] {
        ahead?.found.wait()
        guard let ahead, ahead.start == scanner.at else { return try array { try $0.person() } }
        ahead.done.wait()
        guard let people = ahead.people else { throw PlanScanner.GiveUp() }
        scanner.at = ahead.end
        stats.add(ahead.stats)
        stats.rosterReadAhead = true
        return people
    }
}
