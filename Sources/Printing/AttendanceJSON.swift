import Foundation
import PlannerCore

/// The attendance as JSON for scripts: `total` and each of `organisations` carry `expected`, `present`, `excused`,
/// `absent` and `rate` (present / expected, null when nobody is expected), with the people on leave and absent.
public struct AttendanceJSON {
    struct Document: Encodable {
        let formatVersion = JSONOutput.formatVersion
        let event: JSONEventRef
        /// False before anyone is signed in or marked absent: `absent` then counts those not signed in yet.
        let attendanceRecorded: Bool
        let total: Counts
        let organisations: [Counts]
    }

    struct Counts: Encodable {
        let id: String?, name: String?, part: String?
        let expected: Int, present: Int, excused: Int, absent: Int
        let rate: Double?
        let onLeave: [Excused]
        let absentees: [PersonRef]

        enum CodingKeys: String, CodingKey {
            case id, name, part, expected, present, excused, absent, rate, onLeave, absentees
        }

        /// `rate` is written as null when there is none, so every entry has the key.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(id, forKey: .id)
            try c.encodeIfPresent(name, forKey: .name)
            try c.encodeIfPresent(part, forKey: .part)
            try c.encode(expected, forKey: .expected)
            try c.encode(present, forKey: .present)
            try c.encode(excused, forKey: .excused)
            try c.encode(absent, forKey: .absent)
            try c.encode(rate, forKey: .rate)
            try c.encode(onLeave, forKey: .onLeave)
            try c.encode(absentees, forKey: .absentees)
        }
    }

    struct PersonRef: Encodable { let id: String, name: String, organisationId: String }

    struct Excused: Encodable {
        let id: String, name: String, organisationId: String
        let reason: String, note: String?, approvedBy: String?, approvedByName: String?
    }

    public let report: AttendanceReport
    public let event: Event

    public init(book: Book, event: Event) {
        self.report = AttendanceReport(book: book, event: event)
        self.event = event
    }

    public func render() throws -> String {
        let document = Document(
            event: JSONEventRef(event),
            attendanceRecorded: report.total.attendanceRecorded,
            total: counts(report.total, excused: report.excused, absent: report.absent),
            organisations: report.groups.map { g in
                counts(g.turnout, excused: g.excused, absent: g.absent, id: g.org, name: g.name, part: g.part?.rawValue)
            })
        return try JSONOutput.render(document)
    }

    private func counts(
        _ t: Turnout, excused: [ParticipantRow], absent: [ParticipantRow], id: String? = nil, name: String? = nil,
        part: String? = nil
    ) -> Counts {
        Counts(
            id: id, name: name, part: part, expected: t.expected, present: t.present, excused: t.excused,
            absent: t.absent, rate: t.rate.map { ($0 * 10_000).rounded() / 10_000 },
            onLeave: excused.map { r in
                let leave = r.participant.leave
                return Excused(
                    id: r.person.id, name: r.person.name, organisationId: r.person.org,
                    reason: leave?.reason.rawValue ?? "", note: leave?.note, approvedBy: leave?.approvedBy,
                    approvedByName: leave?.approvedBy.flatMap { report.people[$0]?.name })
            },
            absentees: absent.map { PersonRef(id: $0.person.id, name: $0.person.name, organisationId: $0.person.org) })
    }
}
