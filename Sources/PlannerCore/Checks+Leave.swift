import Phrasebook

/// `leave-no-reason`: leave (请假) whose reason is 其他 with no note says nothing about why, and the record and the
/// attendance printout need a reason.
extension Checks {
    static func leaveWithoutReason(in event: Event, name: (String) -> String) -> [Problem] {
        var out: [Problem] = []
        for p in event.participants where p.isExcused {
            guard let leave = p.leave, leave.reason == .other, leave.note?.trimmedOrNil == nil else { continue }
            out.append(
                Problem(
                    severity: .warning, code: "leave-no-reason",
                    message: tr(
                        "\(name(p.person)) is on leave from '\(event.title)' for 'other reason' with no note; choose official duty, sick or personal, or add a note saying why"
                    ),
                    ids: [p.person]))
        }
        return out
    }
}
