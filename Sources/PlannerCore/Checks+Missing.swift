import Phrasebook

/// `no-venue`, `no-participants`, `no-agenda`: what an event still lacks, so a new event's check does not say
/// "no problems" while nothing is planned.
extension Checks {
    static func missing(in event: Event) -> [Problem] {
        var out: [Problem] = []
        if event.venue == nil {
            out.append(
                Problem(
                    severity: .warning, code: "no-venue",
                    message: tr("'\(event.title)' has no venue yet; choose where it takes place"), ids: [event.id]))
        }
        if event.participants.isEmpty {
            out.append(
                Problem(
                    severity: .warning, code: "no-participants",
                    message: tr("nobody takes part in '\(event.title)' yet; add participants"), ids: [event.id]))
        }
        if event.items.isEmpty {
            out.append(
                Problem(
                    severity: .warning, code: "no-agenda",
                    message: tr("'\(event.title)' has no agenda yet; add its items"),
                    ids: [event.id]))
        }
        return out
    }
}
