import Foundation
import Phrasebook
import PlanFile
import PlannerCore
import Printing
import Testing

/// `convene diff`'s printouts: the sample against an edited copy, as text under headings and as JSON, and one plan as
/// one line per fact for git's textconv.
@Suite("Plan diff printouts")
struct PlanDiffReportTests {
    /// The sample after an organiser's morning: 王芳 joins 天极电子, 林海青 confirms, 程智鹏 signs in at 08:32,
    /// 张雨桐 asks for sick leave, 党建座谈会 moves to 10:30, 展厅 becomes 一楼展厅, 徐晓敏 leads the oath.
    static func edited() throws -> (old: Book, new: Book) {
        var old = SampleBook.make()
        let linHaiqing = try #require(old.people.first { $0.name == "林海青" }?.id)
        let lin = try #require(old.events[0].participants.firstIndex { $0.person == linHaiqing })
        old.events[0].participants[lin].rsvp = .invited
        var new = old
        let tianji = try #require(new.organisations.first { $0.displayName == "天极电子" }?.id)
        new.people.append(Person(id: "p99", name: "王芳", org: tianji, title: "工程师", politics: .member))
        new.events[0].participants[lin].rsvp = .confirmed
        func person(_ name: String) throws -> String { try #require(new.people.first { $0.name == name }?.id) }
        let cheng = try person("程智鹏"), zhang = try person("张雨桐"), xu = try person("徐晓敏")
        let chengAt = try #require(new.events[0].participants.firstIndex { $0.person == cheng })
        new.events[0].participants[chengAt].attendance = .signedIn(at: try #require(ClockTime("08:32")))
        let zhangAt = try #require(new.events[0].participants.firstIndex { $0.person == zhang })
        new.events[0].participants[zhangAt].leave = Leave(reason: .sick)
        let symposium = try #require(new.events[0].items.firstIndex { $0.title == "党建座谈会" })
        new.events[0].items[symposium].start = try #require(ClockTime("10:30"))
        let hall = try #require(new.venues[0].rooms.firstIndex { $0.name == "展厅" })
        new.venues[0].rooms[hall].name = "一楼展厅"
        let oath = try #require(new.events[0].items.firstIndex { $0.kind == .oath })
        new.events[0].items[oath].roles = [Role(person: xu, part: .leader)]
        return (old, new)
    }

    @Test("the sample against an edited copy, as text", arguments: [Language.en, .zh])
    func text(language: Language) throws {
        let (old, new) = try Self.edited()
        try checkGolden(
            PlanDiffReport.text(PlanDiff(from: old, to: new), language: language), "plan-diff-\(language.rawValue).txt")
    }

    @Test("no changes is one line saying so, in both languages")
    func none() {
        let same = PlanDiff(from: SampleBook.make(), to: SampleBook.make())
        #expect(PlanDiffReport.text(same, language: .en) == "no changes to the plan's records\n")
        #expect(PlanDiffReport.text(same, language: .zh) == "计划中的记录没有变化\n")
    }

    @Test("as JSON: formatVersion, and per change its kind, record, ids, field, values and sentence")
    func json() throws {
        let (old, new) = try Self.edited()
        let text = try PlanDiffReport.json(PlanDiff(from: old, to: new), language: .zh)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["formatVersion"] as? Int == JSONOutput.formatVersion)
        let changes = try #require(object["changes"] as? [[String: Any]])
        let moved = try #require(changes.first { $0["field"] as? String == "start" })
        #expect(moved["kind"] as? String == "changed" && moved["record"] as? String == "item")
        #expect(moved["before"] as? String == "10:20" && moved["after"] as? String == "10:30")
        #expect(moved["section"] as? String == "event" && moved["event"] as? String == "e1")
        #expect(moved["text"] as? String == "“党建座谈会”时间调整：10:20 → 10:30")
        let added = try #require(changes.first)
        #expect(added["kind"] as? String == "added" && added["ids"] as? [String] == ["p99"])
        #expect(added["field"] == nil && added["section"] as? String == "rosters")
    }

    @Test("one plan as one line per fact, in both languages", arguments: [Language.en, .zh])
    func facts(language: Language) throws {
        try checkGolden(
            PlanFacts(book: SampleBook.make(), language: language).render(), "plan-facts-\(language.rawValue).txt")
    }

    @Test("a value with line breaks stays on its fact's line")
    func lineBreaks() {
        var book = SampleBook.make()
        book.events[0].items[0].notes = "第一行\n第二行"
        let facts = PlanFacts(book: book, language: .en).render()
        #expect(facts.contains(" › item 重温入党誓词 (i1) › notes: 第一行 ↵ 第二行\n"), "\(facts)")
    }

    @Test("two versions' facts differ in just the lines of what changed")
    func factsDiffer() throws {
        let (old, new) = try Self.edited()
        let before = Set(PlanFacts(book: old, language: .zh).render().split(separator: "\n"))
        let after = Set(PlanFacts(book: new, language: .zh).render().split(separator: "\n"))
        let gone = before.subtracting(after), came = after.subtracting(before)
        #expect(came.contains { $0.hasPrefix("人员 王芳（p99） › 单位：天极电子") })
        #expect(came.contains("活动 党建强堡垒 促发展 联建交流活动（e1） › 议程 党建座谈会（i3） › 开始时间：10:30"))
        #expect(gone.contains("活动 党建强堡垒 促发展 联建交流活动（e1） › 议程 党建座谈会（i3） › 开始时间：10:20"))
        #expect(came.contains { $0.contains("参加人员 林海青") && $0.hasSuffix("回复：已确认") })
        #expect(gone.count < 30 && came.count < 40, "only the changed facts: \(gone.count) gone, \(came.count) came")
    }
}
