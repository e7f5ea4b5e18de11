import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore
import Testing

/// Issue 11: a removal takes an exact id or a whole name, says what it removed, and refuses anything looser
/// (initials, pinyin, a part of a name, a missing --event) with the records it may have meant, leaving the file
/// as it was.
@Suite("Removals take exact references, end to end")
struct ExactRemovalTests {
    private func samplePlan(_ name: String = #function) throws -> Convene {
        let convene = try Convene(name)
        try convene.ok("init")
        return convene
    }

    /// Runs a removal that must be refused: exit 2, nothing on stdout, the file byte-identical; returns stderr.
    private func refused(
        _ convene: Convene, _ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        let before = bytes(convene.plan)
        let result = try run(
            convene.binary, arguments + ["--file", convene.plan], environment: convene.baseEnvironment)
        #expect(result.status == 2, "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
        #expect(bytes(convene.plan) == before, "nothing removed", sourceLocation: sourceLocation)
        return result.stderr
    }

    /// Runs a removal that must succeed; returns stderr.
    private func removes(
        _ convene: Convene, _ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        let result = try run(
            convene.binary, arguments + ["--file", convene.plan], environment: convene.baseEnvironment)
        #expect(result.status == 0, "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, "stdout is for ids and printouts", sourceLocation: sourceLocation)
        return result.stderr
    }

    @Test(
        "person remove: pinyin initials and a part of the name are refused with the candidates", .timeLimit(.minutes(2))
    )
    func personInexact() throws {
        let convene = try samplePlan()
        #expect(
            try refused(convene, "person", "remove", "--person", "xxm") == """
                convene: 'xxm' is not the exact id or full name of a person; removing takes one of these, by id or by full name:
                  p3  徐晓敏 (电子信息行业协会)

                """)
        #expect(
            try refused(convene, "person", "remove", "--person", "晓敏") == """
                convene: '晓敏' is not the exact id or full name of a person; removing takes one of these, by id or by full name:
                  p3  徐晓敏 (电子信息行业协会)

                """)
        #expect(try refused(convene, "person", "remove", "--person", "Xu").contains("p3  徐晓敏"))
        let nobody = try refused(convene, "person", "remove", "--person", "无此人")
        #expect(nobody == "convene: no person matches '无此人'; list them with 'convene roster'\n")
    }

    @Test(
        "person remove: an exact name (trimmed; Latin in any case) or id removes and says so", .timeLimit(.minutes(2)))
    func personExact() throws {
        let convene = try samplePlan()
        #expect(
            try removes(convene, "person", "remove", "--person", " 徐晓敏 ")
                == "convene: removed person 徐晓敏 (p3)\nconvene: 徐晓敏 also leaves 1 event and 2 parts\n")
        #expect(
            try removes(convene, "person", "remove", "--person", "chen siyuan").hasPrefix(
                "convene: removed person 陈思远 (p4)\n"))
        #expect(
            try removes(convene, "person", "remove", "--person", "p19").hasPrefix("convene: removed person 冯嘉欣 (p19)\n")
        )
        let book = try PlanStore(path: convene.plan).load()
        #expect(book.person("p3") == nil && book.person("p4") == nil && book.person("p19") == nil)
        #expect(book.people.count == 16)
    }

    @Test("person remove: two people of the same name are listed by id", .timeLimit(.minutes(2)))
    func personSameName() throws {
        let convene = try samplePlan()
        #expect(try convene.ok("person", "add", "--name", "徐晓敏", "--org", "o1", "--politics", "masses") == "p20")
        let text = try refused(convene, "person", "remove", "--person", "徐晓敏")
        #expect(text.hasPrefix("convene: '徐晓敏' matches 2 people; use one of these ids:\n  p3  徐晓敏"))
        #expect(text.contains("\n  p20  徐晓敏 ("))
    }

    @Test(
        "event remove needs --event even when the plan has one event, and takes the whole title",
        .timeLimit(.minutes(2)))
    func event() throws {
        let convene = try samplePlan()
        #expect(
            try refused(convene, "event", "remove") == """
                convene: removing an event needs --event with its exact id or title:
                  e1  2023-06-16  党建强堡垒 促发展 联建交流活动

                """)
        #expect(
            try refused(convene, "event", "remove", "--event", "党建") == """
                convene: '党建' is not the exact id or title of an event; removing takes one of these, by id or by title:
                  e1  2023-06-16  党建强堡垒 促发展 联建交流活动

                """)
        #expect(
            try removes(convene, "event", "remove", "--event", "党建强堡垒 促发展 联建交流活动")
                == "convene: removed event 党建强堡垒 促发展 联建交流活动 (e1)\n")
        #expect(try PlanStore(path: convene.plan).load().events.isEmpty)
    }

    @Test("org remove: a short name or a part is refused; the full name removes", .timeLimit(.minutes(2)))
    func organisation() throws {
        let convene = try samplePlan()
        #expect(try convene.ok("org", "add", "--name", "广州市测试中心", "--short", "测试中心") == "o8")
        #expect(
            try refused(convene, "org", "remove", "--org", "测试中心") == """
                convene: '测试中心' is not the exact id or full name of an organisation; removing takes one of these, by id or by full name:
                  o8  广州市测试中心

                """)
        #expect(try refused(convene, "org", "remove", "--org", "测试").contains("o8  广州市测试中心"))
        #expect(
            try removes(convene, "org", "remove", "--org", "广州市测试中心") == "convene: removed organisation 广州市测试中心 (o8)\n")
    }

    @Test("venue remove: a part of the name is refused", .timeLimit(.minutes(2)))
    func venue() throws {
        let convene = try samplePlan()
        #expect(try convene.ok("venue", "add", "--name", "南沙会议中心") == "v2")
        #expect(try refused(convene, "venue", "remove", "--venue", "会议中心").contains("  v2  南沙会议中心\n"))
        #expect(try removes(convene, "venue", "remove", "--venue", "南沙会议中心") == "convene: removed venue 南沙会议中心 (v2)\n")
    }

    @Test("item remove and item unassign: a part of a title or name is refused", .timeLimit(.minutes(2)))
    func items() throws {
        let convene = try samplePlan()
        #expect(
            try refused(convene, "item", "remove", "--item", "互动") == """
                convene: '互动' is not the exact id or title of an item; removing takes one of these, by id or by title:
                  i4  11:20  互动交流

                """)
        #expect(
            try removes(convene, "item", "remove", "--item", "互动交流")
                == "convene: removed item 互动交流 (i4) from 党建强堡垒 促发展 联建交流活动 (e1)\n")
        #expect(
            try refused(convene, "item", "unassign", "--item", "座谈", "--person", "程智鹏").contains("i3  10:20  党建座谈会"))
        #expect(try refused(convene, "item", "unassign", "--item", "党建座谈会", "--person", "czp").contains("p1  程智鹏"))
        #expect(
            try removes(convene, "item", "unassign", "--item", "党建座谈会", "--person", "程智鹏")
                == "convene: took 程智鹏 (p1) off speaker of 党建座谈会 (i3)\n")
    }

    @Test("participant remove: initials are refused; the exact name removes and says so", .timeLimit(.minutes(2)))
    func participant() throws {
        let convene = try samplePlan()
        #expect(try refused(convene, "participant", "remove", "--person", "lwb").contains("  p7  李文博 (数字出版)\n"))
        #expect(
            try removes(convene, "participant", "remove", "--person", "李文博")
                == "convene: removed 李文博 (p7) from 党建强堡垒 促发展 联建交流活动 (e1)\n")
        #expect(try PlanStore(path: convene.plan).load().events[0].participant("p7") == nil)
    }
}
