import Foundation
import PlanFile
import PlannerCore
import TerminalKit
import Testing

@testable import PlannerUI

/// The participant cycle's checks on screen 6, in Chinese, and the quota in the organisation form.
@Suite("The Checks screen shows the new problems; the organisation form sets the quota")
struct CycleChecksScreenTests {
    /// The sample with a quota of 5 for 天极电子 (2 confirmed) and a branch meeting with nobody in its parts.
    static func state() throws -> AppState {
        var book = SampleBook.make()
        book = try book.applying(.setQuota(event: "e1", org: "o4", quota: 5))
        book = try book.applying(
            .addItem(
                event: "e1",
                item: AgendaItem(
                    id: "i9", kind: .meeting, title: "支部党员大会", start: ClockTime(clamping: 680), minutes: 30,
                    room: "r1")))
        var state = AppState(book: book, file: "plan.json", size: Size(width: 100, height: 30))
        state.language = .zh
        return state
    }

    @Test("in Chinese: the quota warning with its figures, the meeting's parts and its quorum")
    func checksInChinese() throws {
        var s = try Self.state()
        press(.char("6"), &s)
        let text = rows(frame(s))
        #expect(text[1].hasSuffix("6 检查 (5)"), "\(text[1])")
        #expect(text[4].hasPrefix(" 警告  quota           天极电子的名额为 5 人，但已确认参加 2 人，还差 3 人") && !text[4].contains("…"))
        #expect(text[5].hasPrefix(" 警告  unfilled-part   “支部党员大会”没有主持人；请指定主持人"))
        #expect(text[6].hasPrefix(" 警告  unfilled-part   “支部党员大会”没有记录人；请指定记录人"))
        #expect(text[7].hasPrefix(" 提示  oath-observers  已确认的参加人员中有 3 人不是党员，将列席“重温入党誓词”"))
        #expect(text[8].hasPrefix(" 提示  quorum          “支部党员大会”达到法定人数：应到正式党员 10 人，实到 9 人，超过半数；预备党…"))
        // The last problem selected: its whole message under the table, wrapped.
        press(.end, &s)
        let detail = rows(frame(s)).suffix(6).map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        #expect(
            detail.contains("“支部党员大会”达到法定人数：应到正式党员 10 人，实到 9 人，超过半数；预备党员不参加表决：黄雅琪、张雨桐、郑佳慧、谢子豪"),
            "\(detail)")
    }

    @Test("editing an invited organisation offers its quota; a quota typed there is set, and u undoes it")
    func quotaInForm() throws {
        var s = try Self.state()
        s.language = .en
        press(.char("4"), &s)
        for _ in 0..<3 { press(.down, &s) }  // o4 天极电子
        press(.char("e"), &s)
        let form = try #require(currentForm(s))
        let quota = try #require(form.fields.first { $0.label == "Quota in this event" })
        #expect(quota.text == "5")
        for _ in 0..<4 { press(.tab, &s) }
        typeKeys("3", &s)
        press(.ctrl("s"), &s)
        #expect(currentForm(s) == nil, "\(currentForm(s)?.error?.message ?? "")")
        #expect(s.book.events[0].orgs.first { $0.org == "o4" }?.quota == 3)
        press(.char("u"), &s)
        #expect(s.book.events[0].orgs.first { $0.org == "o4" }?.quota == 5)
    }

    @Test("a quota of 0 is refused at the field with the core's message; a new organisation gets its quota")
    func quotaRefusedAndNew() throws {
        var s = try Self.state()
        s.language = .en
        press(.char("4"), &s)
        press(.char("a"), &s)
        typeKeys("新单位", &s)
        for _ in 0..<4 { press(.tab, &s) }
        typeKeys("0", &s)
        press(.ctrl("s"), &s)
        let form = try #require(currentForm(s))
        #expect(form.error?.message == "a quota is at least 1 person (got 0); leave it empty for none")
        #expect(form.fields[form.error?.field ?? 0].label == "Quota in this event")
        press(.backspace, &s)
        typeKeys("4", &s)
        press(.ctrl("s"), &s)
        #expect(currentForm(s) == nil)
        let added = try #require(s.book.organisations.last)
        #expect(s.book.events[0].orgs.last == EventOrganisation(org: added.id, part: .participant, quota: 4))
    }

    @Test("the item form offers the branch meeting among the kinds, in Chinese and English")
    func meetingInItemForm() throws {
        var s = try Self.state()
        #expect(ItemForm.kinds(s).map(\.label).contains("支部党员大会"))
        s.language = .en
        #expect(ItemForm.kinds(s).map(\.label).contains("Branch meeting"))
        #expect(ItemForm.kinds(s).map(\.value).contains("meeting"))
    }
}
