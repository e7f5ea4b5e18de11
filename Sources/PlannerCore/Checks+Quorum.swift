import Phrasebook

/// `quorum`: a branch meeting (支部党员大会) may open only when more than half of the full party members (正式党员)
/// expected are present. 预备党员 take part without a vote, so they do not count and are named as such.
extension Checks {
    /// One problem per meeting item: an error when attendance is being recorded and the members present are not more
    /// than half of those expected; before that (nobody signed in or marked absent yet) a warning when those coming
    /// are not; otherwise a note with the figures.
    ///
    /// - Parameters:
    ///   - listed: the roster positions of the participants on the roster; `listedAt`, their places in `participants`.
    static func quorum(
        of items: [AgendaItem], participants: [Participant], listed: [Int], listedAt: [Int], roster: [Person]
    ) -> [Problem] {
        guard items.contains(where: { $0.kind == .meeting }) else { return [] }
        // As `Turnout.attendanceRecorded`: someone expected is signed in or marked absent.
        let recorded = participants.contains { $0.isPresent || ($0.isExpected && $0.attendance == .absent) }
        var expected = 0, counted = 0, voteless: [String] = []
        for (i, j) in zip(listed, listedAt) where participants[j].isExpected {
            let attends = recorded ? participants[j].isPresent : participants[j].isComing
            switch roster[i].politics {
            case .member:
                expected += 1
                if attends { counted += 1 }
            case .probationary where attends: voteless.append(roster[i].name)
            default: break
            }
        }
        let met = counted * 2 > expected, needed = expected / 2 + 1
        var out: [Problem] = []
        for item in items where item.kind == .meeting {
            let title = item.title
            let figures: Phrase
            switch (met, recorded) {
            case (true, true):
                figures = tr(
                    "'\(title)' has its quorum: full party members present \(counted) of \(expected) expected, more than half"
                )
            case (true, false):
                figures = tr(
                    "'\(title)' should have its quorum: full party members coming \(counted) of \(expected) expected, more than half"
                )
            case (false, true):
                figures = tr(
                    "'\(title)' has no quorum: full party members present \(counted) of \(expected) expected, but a branch meeting needs more than half (at least \(needed)); it may not open"
                )
            case (false, false):
                figures = tr(
                    "'\(title)' may lack a quorum: full party members coming \(counted) of \(expected) expected (confirmed, not on leave), but a branch meeting needs more than half (at least \(needed))"
                )
            }
            let message =
                voteless.isEmpty
                ? figures
                : Phrase.clauses([figures, tr("probationary members take part without a vote: \(named(voteless))")])
            out.append(
                Problem(
                    severity: met ? .note : recorded ? .error : .warning, code: "quorum", message: message,
                    ids: [item.id]))
        }
        return out
    }
}
