import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore
import Testing

/// `event invite --quota` and the `quota` check, and a branch meeting's `quorum`, from the command line.
@Suite("convene event invite --quota, item add --kind meeting, and their checks")
struct CycleCheckCommandTests {
    @Test("--quota sets an invited organisation's quota, keeps its part, and check warns in English and Chinese")
    func quotaEndToEnd() throws {
        let convene = try Convene()
        try convene.ok("init")
        try convene.ok("event", "invite", "--org", "天极电子", "--quota", "5")
        var invited = try PlanStore(path: convene.plan).load().events[0].orgs.first { $0.org == "o4" }
        #expect(invited == EventOrganisation(org: "o4", part: .participant, quota: 5))
        #expect(try String(contentsOfFile: convene.plan, encoding: .utf8).contains(#""quota" : 5"#))

        let en = try convene("check")
        #expect(en.status == 0)
        #expect(
            en.stdout.contains("warning: [quota] 天极电子 has a quota of 5, but 2 confirmed participants: 3 short  (o4)"),
            "\(en.stdout)")
        let zh = try convene("check", "--lang", "zh")
        #expect(zh.stdout.contains("警告：[quota] 天极电子的名额为 5 人，但已确认参加 2 人，还差 3 人（o4）"), "\(zh.stdout)")
        let json = try convene("check", "--format", "json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rows = try #require(root["problems"] as? [[String: Any]])
        let quota = try #require(rows.first { $0["code"] as? String == "quota" })
        #expect(quota["severity"] as? String == "warning" && quota["ids"] as? [String] == ["o4"])

        // The part changes without losing the quota; a quota met is quiet; an empty one clears it.
        try convene.ok("event", "invite", "--org", "o4", "--part", "host")
        try convene.ok("event", "invite", "--org", "o4", "--quota", "2")
        invited = try PlanStore(path: convene.plan).load().events[0].orgs.first { $0.org == "o4" }
        #expect(invited == EventOrganisation(org: "o4", part: .host, quota: 2))
        #expect(!(try convene("check").stdout.contains("[quota]")))
        try convene.ok("event", "invite", "--org", "o4", "--quota", "")
        #expect(try PlanStore(path: convene.plan).load().events[0].orgs.first { $0.org == "o4" }?.quota == nil)
    }

    @Test("a quota that is not a whole number of at least 1 is refused in the user's language, the plan unchanged")
    func badQuota() throws {
        let convene = try Convene()
        try convene.ok("init")
        let before = try Data(contentsOf: URL(fileURLWithPath: convene.plan))
        let word = try convene("event", "invite", "--org", "o4", "--quota", "五", "--lang", "zh")
        #expect(word.status == 2)
        #expect(word.stderr.contains("--quota：“五”不是人数；请给出整数，例如 5，或用 \"\" 取消名额"), "\(word.stderr)")
        let zero = try convene("event", "invite", "--org", "o4", "--quota", "0")
        #expect(zero.status == 2)
        #expect(
            zero.stderr.contains("quota: a quota is at least 1 person (got 0); leave it empty for none"),
            "\(zero.stderr)")
        let negative = try convene("event", "invite", "--org", "o4", "--quota=-3", "--lang", "zh")
        #expect(negative.status == 2 && negative.stderr.contains("名额至少为 1 人（现为 -3）"), "\(negative.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: convene.plan)) == before)
    }

    @Test("item add --kind meeting adds a branch meeting, which needs a host and a recorder and reports its quorum")
    func meeting() throws {
        let convene = try Convene()
        try convene.ok("init")
        let id = try convene.ok(
            "item", "add", "--kind", "meeting", "--title", "支部党员大会", "--start", "11:20", "--minutes", "30", "--room",
            "展厅")
        #expect(try PlanStore(path: convene.plan).load().events[0].item(id)?.kind == .meeting)
        let zh = try convene("check", "--lang", "zh")
        #expect(zh.status == 0)
        #expect(zh.stdout.contains("警告：[unfilled-part] “支部党员大会”没有记录人；请指定记录人（\(id)）"), "\(zh.stdout)")
        #expect(
            zh.stdout.contains(
                "提示：[quorum] “支部党员大会”达到法定人数：应到正式党员 10 人，实到 9 人，超过半数；预备党员不参加表决：黄雅琪、张雨桐、郑佳慧、谢子豪（\(id)）"
            ), "\(zh.stdout)")
        // The printouts name the kind in the reader's language.
        try convene.ok("item", "edit", "--item", id, "--title", "第三季度党员会议")
        #expect(try convene.ok("agenda", "--lang", "zh").contains("支部党员大会"))
        #expect(try convene.ok("agenda", "--lang", "en", "--width", "100").contains("Branch meeting"))
        #expect(try convene.ok("agenda", "--format", "json").contains(#""kind" : "meeting""#))
    }
}

extension CycleCheckCommandTests {
    @Test("check --all-events: each event under its heading in date order, the plan-wide problems once at the end")
    func allEvents() throws {
        let convene = try Convene()
        try convene.ok("init")
        try convene.ok("event", "add", "--title", "第二次活动", "--date", "2023-05-01", "--start", "09:00", "--end", "10:00")
        try convene.ok("org", "add", "--name", "广州市科学技术协会")
        let zh = try convene("check", "--all-events", "--lang", "zh")
        #expect(zh.status == 0)
        let text = zh.stdout
        let second = try #require(text.range(of: "活动 e2“第二次活动”（2023-05-01）：\n警告：[no-venue]"), "\(text)")
        let first = try #require(text.range(of: "活动 e1“党建强堡垒 促发展 联建交流活动”（2023-06-16）：\n提示：[oath-observers]"), "\(text)")
        let plan = try #require(text.range(of: "整个计划：\n警告：[duplicate-organisation] 单位 o1、o8 同名"), "\(text)")
        #expect(second.lowerBound < first.lowerBound && first.lowerBound < plan.lowerBound)
        #expect(text.components(separatedBy: "duplicate-organisation").count == 2, "listed once")

        let json = try convene("check", "--all-events", "--format", "json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(root["formatVersion"] as? Int == 1 && root["event"] == nil, "several events: no event at the top")
        let rows = try #require(root["problems"] as? [[String: Any]])
        #expect(rows.first?["event"] as? String == "e2")
        let namesake = try #require(rows.first { $0["code"] as? String == "duplicate-organisation" })
        #expect(namesake["event"] == nil)
        // One event's check still lists the namesakes, and its rows carry no event.
        let one = try convene("check", "--event", "e1", "--format", "json")
        let oneRoot = try #require(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [String: Any])
        let oneRows = try #require(oneRoot["problems"] as? [[String: Any]])
        #expect(oneRows.contains { $0["code"] as? String == "duplicate-organisation" })
        #expect(oneRows.allSatisfy { $0["event"] == nil })

        try convene.ok("item", "edit", "--event", "e1", "--item", "i2", "--minutes", "70", "--room", "会议室")
        #expect(try convene("check", "--all-events").status == 1)
    }
}
