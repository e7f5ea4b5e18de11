import Phrasebook

/// `quota`: an invited organisation asked to send a number of people (名额) whose confirmed participants fall short
/// of it or exceed it.
extension Checks {
    /// - Parameters:
    ///   - coming: per entry of `event.orgs`, its organisation's participants who are coming (`Participant.isComing`),
    ///     counted at the organisation's first entry.
    ///   - firstEntry: each invited organisation's first place in `event.orgs`.
    static func quotas(
        of event: Event, coming: [Int], firstEntry: [String: Int], orgName: (String) -> String
    ) -> [Problem] {
        var out: [Problem] = []
        for (k, invited) in event.orgs.enumerated() where firstEntry[invited.org] == k {
            guard let quota = invited.quota, coming[k] != quota else { continue }
            let count = coming[k]
            out.append(
                Problem(
                    severity: .warning, code: "quota",
                    message: count < quota
                        ? tr(
                            "\(orgName(invited.org)) has a quota of \(quota), but \(count: count) confirmed participants: \(quota - count) short"
                        )
                        : tr(
                            "\(orgName(invited.org)) has a quota of \(quota), but \(count: count) confirmed participants: \(count - quota) over"
                        ),
                    ids: [invited.org]))
        }
        return out
    }
}
