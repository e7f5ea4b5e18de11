import Foundation
import Phrasebook
import PlannerCore
import TextCells

/// One row of a reply list: who, and what they said (`convene import replies`).
public struct ImportedReply: Hashable, Sendable {
    /// The line (or a sheet's row) the reply is on.
    public var line: Int
    /// The person's id in the plan.
    public var person: String
    /// What they said: comes, does not come, or asks for leave; nil when the row names them only.
    public var answer: ReplyAnswer?
    /// The leave asked for, when the answer is leave (or a reason is given).
    public var leave: Leave?
    /// The capacity they attend in, when the list says.
    public var capacity: Capacity?
}

/// What a reply list's 回复 cell says.
public enum ReplyAnswer: Hashable, Sendable {
    case confirmed, declined, leave
    /// The reply sent back as not yet answered (`invited` in Convene's own export).
    case invited

    /// Reads a 回复 cell: the RSVP words (`confirmed`, 已确认 …) and the words reply lists use (参加, 不参加, 请假, 是, 否 …).
    public init?(cell text: String) {
        let key = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if let rsvp = RSVP(named: key) {
            switch rsvp {
            case .invited: self = .invited
            case .confirmed: self = .confirmed
            case .declined: self = .declined
            }
            return
        }
        if LeaveReason(named: key) != nil {
            self = .leave
            return
        }
        switch key {
        case "参加", "出席", "参会", "确认", "确认参加", "是", "会", "来", "yes", "y", "✓", "√", "attend", "attending":
            self = .confirmed
        case "不参加", "不出席", "不参会", "谢绝", "否", "不", "不来", "no", "n", "✗", "×", "decline":
            self = .declined
        case "请假", "leave", "on leave", "excused": self = .leave
        case "未回复", "待定", "invited", "pending": self = .invited
        default: return nil
        }
    }

    /// For messages: the words a 回复 cell can hold.
    public static let hint = "参加/confirmed, 不参加/declined, 请假/leave (是, 否, 已确认, 已谢绝 …)"
}

/// Turns a member organisation's reply list into replies for one event: whom each row names, and what they said.
/// All or nothing, errors by line (or cell), like `RosterImport`, from the same kinds of file.
public struct ReplyImport {
    public let book: Book
    /// The event the replies are to.
    public let event: String
    /// The organisation of rows without one (`--org`), resolved to an id.
    public let defaultOrg: String?

    public init(book: Book, event: String, defaultOrg: String? = nil) {
        self.book = book
        self.event = event
        self.defaultOrg = defaultOrg
    }

    /// Every row's reply, or every problem found.
    public func replies(_ table: RosterTable) -> Result<[ImportedReply], RosterProblems> {
        let people = PeopleByName(book: book)
        let importer = RosterImport(book: book, defaultOrg: defaultOrg)
        var orgCache: [String: Result<String, RosterImport.ImportReason>] = [:]
        var reading = RosterReading<ImportedReply>(
            sheet: table.sheet, problems: table.problems,
            headerProblems: { header in
                guard header.columns[.name] == nil else { return [] }
                let reads = header.record.fields.map(\.trimmed).joined(separator: ",")
                return [
                    ImportProblem(
                        line: header.record.line,
                        reason: tr("the header has no name column (name or 姓名); it reads: \(reads)"), sheet: table.sheet
                    )
                ]
            },
            readRow: { row, line in
                self.reply(row, line: line, people: people, importer: importer, orgCache: &orgCache)
            })
        var replies: [ImportedReply] = []
        let syntax = table.forEachRecord { record, bad in
            reading.take(record, hasSyntaxProblem: bad) { replies.append($0) }
        }
        reading.finish { replies.append($0) }
        var problems = reading.problems + syntax
        if !reading.sawRecord, problems.isEmpty {
            problems.append(
                ImportProblem(
                    line: 1, reason: tr("the file is empty; the first line must name the columns (e.g. 姓名,回复,请假事由)")))
        }
        // The same person twice: the later row would silently win.
        var seen: [String: Int] = [:]
        for reply in replies {
            if let earlier = seen[reply.person] {
                let name = book.person(reply.person)?.name ?? reply.person
                problems.append(
                    ImportProblem(
                        line: reply.line,
                        reason: tr("'\(name)' already replied on line \(earlier); keep one of the two rows"),
                        sheet: table.sheet))
            } else {
                seen[reply.person] = reply.line
            }
        }
        return problems.isEmpty ? .success(replies) : .failure(RosterProblems(problems))
    }

    private func reply(
        _ row: RosterRow, line: Int, people: PeopleByName, importer: RosterImport,
        orgCache: inout [String: Result<String, RosterImport.ImportReason>]
    ) -> Result<ImportedReply, RowProblems> {
        var reasons: [(column: RosterColumn?, text: Phrase)] = []
        for column in [RosterColumn.name, .organisation, .reply, .reason, .note, .capacity] {
            guard let value = row.cell(column), let control = RosterImport.firstControl(in: value) else { continue }
            reasons.append(
                (
                    column,
                    tr(
                        "the \(column.label) contains the control character \(TextCells.controlDescription(control)); remove it and import again"
                    )
                ))
        }
        guard reasons.isEmpty else { return .failure(RowProblems(reasons: reasons)) }
        guard let name = row.cell(.name).map(RosterName.normalised)?.trimmedOrNil else {
            return .failure(RowProblems(reasons: [(.name, tr("the name is empty"))]))
        }
        var org = defaultOrg
        if let value = row.cell(.organisation) {
            let resolved = orgCache[value] ?? importer.resolveOrganisation(value)
            orgCache[value] = resolved
            switch resolved {
            case .success(let id): org = id
            case .failure(let reason): reasons.append((.organisation, reason.text))
            }
        }
        var person: String?
        if reasons.isEmpty {
            switch people.find(name, in: org) {
            case .found(let id): person = id
            case .missing:
                let orgName = org.flatMap { book.organisation($0)?.displayName }
                reasons.append(
                    (
                        .name,
                        orgName.map {
                            tr(
                                "'\(name)' is not on the roster of \($0); add them with 'convene import people' first, or correct the name"
                            )
                        }
                            ?? tr(
                                "no one called '\(name)' is on the roster; add them with 'convene import people' first, or correct the name"
                            )
                    ))
            case .several(let ids):
                reasons.append(
                    (
                        .name,
                        tr(
                            "'\(name)' could be any of \(Phrase.series(ids.map { .verbatim($0) })); add an organisation column (单位) or give --org"
                        )
                    ))
            }
        }

        var answer: ReplyAnswer?
        if let value = row.cell(.reply) {
            answer = ReplyAnswer(cell: value)
            if answer == nil {
                reasons.append((.reply, tr("unknown reply '\(value)' (use \(ReplyAnswer.hint))")))
            }
        }
        var leave: Leave?
        let note = row.cell(.note)
        if let value = row.cell(.reason) {
            if answer == .confirmed || answer == .declined {
                reasons.append(
                    (.reason, tr("a reason for leave ('\(value)') but the reply is not leave; clear one of the two")))
            } else {
                leave = Self.leave(reason: value, note: note)
                answer = .leave
            }
        } else if answer == .leave {
            leave = Leave(reason: .other, note: note)
        }
        var capacity: Capacity?
        if let value = row.cell(.capacity) {
            capacity = Capacity(named: value)
            if capacity == nil {
                reasons.append((.capacity, tr("unknown capacity '\(value)' (use \(Capacity.acceptedNames))")))
            }
        }
        guard reasons.isEmpty, let person else { return .failure(RowProblems(reasons: reasons)) }
        return .success(ImportedReply(line: line, person: person, answer: answer, leave: leave, capacity: capacity))
    }

    /// A 请假事由 cell as leave: 因公 / 因病 / 因事 / 其他 (or the English keys) alone, or at the start of the text
    /// (`因病住院`: sick, noted as written); any other text is `other` with the text as its note.
    static func leave(reason text: String, note: String?) -> Leave {
        let joined = { (first: String?) -> String? in
            [first, note].compactMap { $0 }.joined(separator: "；").trimmedOrNil
        }
        if let reason = LeaveReason(named: text) { return Leave(reason: reason, note: note) }
        for reason in LeaveReason.allCases where reason.chineseNames.contains(where: { text.hasPrefix($0) }) {
            return Leave(reason: reason, note: joined(text))
        }
        return Leave(reason: .other, note: joined(text))
    }

    /// The edits that give each reply's participant what the reply says, in row order, with what each row changes:
    /// a person not yet taking part is added (invited, unless the reply says more); a reply of comes or does not come
    /// cancels leave asked for before; leave keeps the participant expected (a decline is taken back).
    public func edits(for replies: [ImportedReply]) -> [(reply: ImportedReply, edits: [Edit])] {
        guard let event = book.event(event) else { return [] }
        var current: [String: Participant] = [:]
        for p in event.participants where current[p.person] == nil { current[p.person] = p }
        return replies.map { reply in
            var edits: [Edit] = []
            let rsvp: RSVP? =
                switch reply.answer {
                case .confirmed: .confirmed
                case .declined: .declined
                case .invited: .invited
                case .leave, nil: nil
                }
            guard let p = current[reply.person] else {
                edits.append(
                    .addParticipant(
                        event: event.id, person: reply.person, rsvp: rsvp ?? .invited,
                        capacity: reply.capacity ?? .attendee))
                if let leave = reply.leave {
                    edits.append(.setLeave(event: event.id, person: reply.person, leave: leave))
                }
                return (reply, edits)
            }
            if rsvp != nil, reply.answer != .invited, p.leave != nil {
                edits.append(.setLeave(event: event.id, person: reply.person, leave: nil))
            }
            if reply.answer == .leave, p.rsvp == .declined {
                edits.append(.setRSVP(event: event.id, person: reply.person, rsvp: .invited))
            }
            if let rsvp, rsvp != p.rsvp { edits.append(.setRSVP(event: event.id, person: reply.person, rsvp: rsvp)) }
            if let leave = reply.leave, leave != p.leave {
                edits.append(.setLeave(event: event.id, person: reply.person, leave: leave))
            }
            if let capacity = reply.capacity, capacity != p.capacity {
                edits.append(.setCapacity(event: event.id, person: reply.person, capacity: capacity))
            }
            return (reply, edits)
        }
    }
}

/// The book's people by comparable name (`RosterName.comparable`), for finding whom a reply names.
struct PeopleByName {
    enum Found { case found(String), missing, several([String]) }

    private var byName: [String: [(id: String, org: String)]] = [:]

    init(book: Book) {
        for p in book.people { byName[RosterName.comparable(p.name), default: []].append((p.id, p.org)) }
    }

    /// The person called `name` in `org`, or anywhere when `org` is nil.
    func find(_ name: String, in org: String?) -> Found {
        let all = byName[RosterName.comparable(name)] ?? []
        let ids = all.filter { org == nil || $0.org == org }.map(\.id)
        switch ids.count {
        case 0: return .missing
        case 1: return .found(ids[0])
        default: return .several(ids)
        }
    }
}
