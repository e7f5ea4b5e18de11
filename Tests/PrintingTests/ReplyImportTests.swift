import Foundation
import PlanFile
import PlannerCore
import Testing

@testable import Printing

/// The sample: e1 has 孙宇航 p12 (天极电子) declined, 何振宇 p15 (通则康威) invited, 刘志强 p10 confirmed and signed in.
private var sample: Book { SampleBook.make() }

private func replies(
    _ csv: String, book: Book = sample, org: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
) -> [ImportedReply] {
    switch ReplyImport(book: book, event: "e1", defaultOrg: org).replies(RosterTable.csv(Data(csv.utf8))) {
    case .success(let replies): return replies
    case .failure(let problems):
        Issue.record("unexpected problems: \(problems)", sourceLocation: sourceLocation)
        return []
    }
}

private func problems(_ csv: String, book: Book = sample, org: String? = nil) -> [String] {
    switch ReplyImport(book: book, event: "e1", defaultOrg: org).replies(RosterTable.csv(Data(csv.utf8))) {
    case .success: return []
    case .failure(let problems): return problems.problems.map(\.description)
    }
}

@Suite("Importing a member organisation's replies")
struct ReplyImportTests {
    @Test("the words reply lists use: 参加, 不参加, 请假, 是, 否, the RSVP names")
    func answers() {
        let cases: [(String, ReplyAnswer)] = [
            ("参加", .confirmed), ("是", .confirmed), ("已确认", .confirmed), ("confirmed", .confirmed), ("√", .confirmed),
            ("不参加", .declined), ("否", .declined), ("已谢绝", .declined), ("No", .declined),
            ("请假", .leave), ("因病", .leave), ("未回复", .invited),
        ]
        for (text, answer) in cases { #expect(ReplyAnswer(cell: text) == answer, "\(text)") }
        #expect(ReplyAnswer(cell: "也许") == nil)
    }

    @Test("a 请假事由 names its reason alone or at its start; any other text is 其他 with the text as note")
    func leaveReasons() {
        #expect(ReplyImport.leave(reason: "因病", note: nil) == Leave(reason: .sick))
        #expect(ReplyImport.leave(reason: "因公出差", note: "外地") == Leave(reason: .official, note: "因公出差；外地"))
        #expect(ReplyImport.leave(reason: "家中有事", note: nil) == Leave(reason: .other, note: "家中有事"))
        #expect(ReplyImport.leave(reason: "sick", note: "flu") == Leave(reason: .sick, note: "flu"))
    }

    @Test("a title row, names with full-width spaces, --org or a 单位 column; a reason alone means leave")
    func rows() {
        let read = replies("天极电子党支部回执\n姓名,回复,请假事由\n孙　宇航,,因病\n刘志强,参加,\n", org: "o4")
        #expect(read.map(\.line) == [3, 4])
        #expect(read.map(\.person) == ["p12", "p10"])
        #expect(read.map(\.answer) == [.leave, .confirmed])
        #expect(read[0].leave == Leave(reason: .sick))
        #expect(replies("姓名,单位,回复\n何振宇,通则康威,是\n").map(\.person) == ["p15"])
        #expect(replies("name,reply,capacity\n何振宇,yes,列席\n").first?.capacity == .observer)
    }

    @Test("the leave note column the participant CSV heads 请假备注 / leave note is the note")
    func leaveNoteColumn() {
        let zh = replies("姓名,单位,请假事由,请假备注\n孙宇航,天极电子,因病,住院\n")
        #expect(zh.first?.leave == Leave(reason: .sick, note: "住院"))
        let en = replies("name,organisation,reason,leave note\n孙宇航,天极电子,sick,flu\n")
        #expect(en.first?.leave == Leave(reason: .sick, note: "flu"))
    }

    @Test("every bad row listed: not on the roster, an unknown reply, a reason with a decline, a repeat")
    func bad() {
        #expect(
            problems("姓名,回复,请假事由\n王五,参加,\n孙宇航,也许,\n何振宇,不参加,因病\n刘志强,是,\n刘志强,否,\n", org: "o4") == [
                "line 2: '王五' is not on the roster of 天极电子; add them with 'convene import people' first, or correct the name",
                "line 3: unknown reply '也许' (use \(ReplyAnswer.hint))",
                "line 4: '何振宇' is not on the roster of 天极电子; add them with 'convene import people' first, or correct the name; a reason for leave ('因病') but the reply is not leave; clear one of the two",
                "line 6: '刘志强' already replied on line 5; keep one of the two rows",
            ])
        #expect(problems("回复,请假事由\n参加,\n").first?.hasPrefix("line 1: the header has no name column") == true)
        #expect(problems("").first?.hasPrefix("line 1: the file is empty") == true)
    }

    @Test("edits: a decline taken back by leave, leave cancelled by a yes, a newcomer added, nothing for no change")
    func edits() throws {
        var book = sample
        // 孙宇航 declined; 何振宇 invited with leave asked before; 梁永康 (南沙移动) becomes a participant anew.
        book = try book.applying(.setLeave(event: "e1", person: "p15", leave: Leave(reason: .personal)))
        book = try book.applying(.removeParticipant(event: "e1", person: "p16"))
        let read = replies("姓名,回复,请假事由\n孙宇航,请假,因公\n何振宇,参加,\n梁永康,,\n刘志强,参加,\n", book: book)
        let changes = ReplyImport(book: book, event: "e1").edits(for: read).map(\.edits)
        #expect(
            changes == [
                [
                    .setRSVP(event: "e1", person: "p12", rsvp: .invited),
                    .setLeave(event: "e1", person: "p12", leave: Leave(reason: .official)),
                ],
                [
                    .setLeave(event: "e1", person: "p15", leave: nil),
                    .setRSVP(event: "e1", person: "p15", rsvp: .confirmed),
                ],
                [.addParticipant(event: "e1", person: "p16", rsvp: .invited, capacity: .attendee)],
                [],
            ])
        for edit in changes.joined() { book = try book.applying(edit) }
        let e1 = try #require(book.event("e1"))
        #expect(e1.participant("p12")?.isExcused == true)
        #expect(e1.participant("p15")?.rsvp == .confirmed && e1.participant("p15")?.leave == nil)
    }
}
