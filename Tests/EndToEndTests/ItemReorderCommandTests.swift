import ConveneTestSupport
import Foundation
import Testing

@Suite("convene item reorder")
struct ItemReorderCommandTests {
    /// The sample's symposium: host 陈思远 (p4), speakers 程智鹏 (p1) and 徐晓敏 (p3), recorder 黄雅琪 (p5).
    private func sample(_ name: String = #function) throws -> Convene {
        let convene = try Convene(name)
        try convene.ok("init")
        return convene
    }

    @Test("a new order of the speakers, by name or id, is saved and printed in that order")
    func reorders() throws {
        let convene = try sample()
        try convene.ok("item", "reorder", "--item", "座谈会", "--part", "speaker", "--people", "徐晓敏，p1")
        let agenda = try convene.ok("agenda", "--format", "json", "--lang", "en")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(agenda.utf8)) as? [String: Any])
        let items = try #require(json["items"] as? [[String: Any]])
        let symposium = try #require(items.first { $0["id"] as? String == "i3" })
        let people = try #require(symposium["people"] as? [[String: Any]])
        #expect(people.compactMap { $0["id"] as? String } == ["p4", "p3", "p1", "p5"])
        let text = try convene.ok("agenda", "--lang", "en", "--width", "120")
        let xu = try #require(text.range(of: "徐晓敏 Xu Xiaomin — ")), cheng = try #require(text.range(of: "程智鹏"))
        #expect(xu.lowerBound < cheng.lowerBound)
    }

    @Test("--part defaults to speaker")
    func defaultPart() throws {
        let convene = try sample()
        try convene.ok("item", "reorder", "--item", "i3", "--people", "p3,p1")
        try convene.ok("item", "reorder", "--item", "i3", "--people", "p1, p3")
    }

    @Test("a list that is not exactly the speakers is refused with who is missing and who is not one of them")
    func refused() throws {
        let convene = try sample()
        let before = try String(contentsOfFile: convene.plan, encoding: .utf8)
        let missing = try convene("item", "reorder", "--item", "i3", "--people", "p3", "--lang", "en")
        #expect(missing.status != 0)
        #expect(
            missing.stderr.contains(
                "people: list every speaker of '党建座谈会' in the new order (now: 程智鹏, 徐晓敏): 程智鹏 is missing"))
        let extra = try convene("item", "reorder", "--item", "i3", "--people", "p3,p1,p5", "--lang", "zh")
        #expect(extra.status != 0)
        #expect(extra.stderr.contains("人员：请按新顺序列出“党建座谈会”的全部发言人（现为：程智鹏、徐晓敏）：黄雅琪不在其中"))
        let nobody = try convene("item", "reorder", "--item", "i3", "--part", "narrator", "--people", "p19")
        #expect(nobody.stderr.contains("nobody is narrator of '党建座谈会', so there is nothing to reorder"))
        #expect(try String(contentsOfFile: convene.plan, encoding: .utf8) == before)
    }
}
