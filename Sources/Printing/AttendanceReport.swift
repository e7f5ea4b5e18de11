import PlannerCore

/// An event's attendance as the attendance printouts and the meeting record show it: per organisation and in total
/// the counts of the core's `Turnout` (one definition), with the names of those excused and absent.
public struct AttendanceReport: Sendable {
    /// One organisation's line: its counts and the names behind 请假 and 缺席.
    public struct Group: Sendable {
        /// The organisation's id, and its full and short names (the id when it is no longer in the plan).
        public let org: String
        public let name: String
        public let short: String
        /// Its part in the event; nil for one whose people take part without the organisation being invited.
        public let part: OrganisationPart?
        public let turnout: Turnout
        /// On leave (请假), in list order.
        public let excused: [ParticipantRow]
        /// 缺席, or not signed in yet before the event.
        public let absent: [ParticipantRow]
    }

    public let groups: [Group]
    public let total: Turnout
    /// Everyone expected, in list order (by organisation, then by pinyin).
    public let rows: [ParticipantRow]
    /// The approvers of leave and other people named beside the participants, by id.
    let people: PersonLookup

    public init(book: Book, event: Event) {
        let people = book.peopleByID, orgs = book.organisationsByID
        let rows = ParticipantRow.rows(book: book, event: event).filter(\.participant.isExpected)
        let turnout = event.turnoutByOrganisation(people: people)
        var ids = event.orgs.map(\.org)
        for row in rows where !ids.contains(row.person.org) { ids.append(row.person.org) }
        groups = ids.map { id in
            let mine = rows.filter { $0.person.org == id }
            return Group(
                org: id, name: orgs[id]?.name ?? id, short: orgs[id]?.displayName ?? id, part: event.part(of: id),
                turnout: turnout[id] ?? Turnout(), excused: mine.filter(\.participant.isExcused),
                absent: mine.filter(\.participant.isAbsent))
        }
        total = event.turnout(people: people)
        self.rows = rows
        self.people = people
    }

    /// Everyone on leave, organisation by organisation.
    public var excused: [ParticipantRow] { groups.flatMap(\.excused) }
    /// Everyone absent (or not signed in yet), organisation by organisation.
    public var absent: [ParticipantRow] { groups.flatMap(\.absent) }
    /// 列席: those expected who attend as observers.
    public var observers: [ParticipantRow] { rows.filter { $0.participant.capacity == .observer } }

    /// "缺席" once attendance is recorded, "未签到" before (the column's heading and the names' heading).
    public func absentHeading(_ labels: Labels) -> String {
        total.attendanceRecorded ? labels.absent : labels.notSignedInYet
    }

    /// "缺席人员" once attendance is recorded, "未签到人员" before: the heading of the names of those absent.
    public func absentNamesHeading(_ labels: Labels) -> String {
        total.attendanceRecorded ? labels.absentNames : labels.notSignedInNames
    }

    /// "罗晓雯 Luo Xiaowen（南沙移动）": a name on a list of names, with the organisation's short name.
    public func name(_ row: ParticipantRow, _ labels: Labels) -> String {
        row.person.fullName + labels.beforeParenthesis
            + labels.parenthesised(row.organisation?.displayName ?? row.person.org)
    }

    /// "因公，外出参加客户会议（虚构），梁永康批准": the reason of leave, its note and who approved it.
    public func leave(_ row: ParticipantRow, _ labels: Labels) -> String {
        guard let leave = row.participant.leave else { return "" }
        var parts = [labels.leaveReason(leave.reason)]
        if let note = leave.note?.trimmedOrNil { parts.append(note) }
        if let approver = leave.approvedBy {
            parts.append(labels.approved(by: people[approver]?.name ?? approver))
        } else {
            parts.append(labels.notApproved)
        }
        return parts.joined(separator: labels.comma)
    }
}
