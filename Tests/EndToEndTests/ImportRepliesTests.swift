import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore
import Testing

/// `convene import replies` through the real binary, on the sample (e1: 孙宇航 p12 declined, 何振宇 p15 invited).
@Suite("Importing replies, end to end")
struct ImportRepliesTests {
    private func reply(_ convene: Convene, _ text: String) -> String {
        let path = convene.folder.file("reply.csv")
        write(Data(text.utf8), to: path)
        return path
    }

    private let list = "天极电子党支部 活动回执\n姓名,单位,回复,请假事由,备注\n孙宇航,天极电子,请假,因公出差,外地客户会议\n何振宇,通则康威,是,,\n"

    @Test("a dry run lists each row's change in Chinese; the import records them in one save", .timeLimit(.minutes(2)))
    func records() throws {
        let convene = try Convene(#function)
        try convene.ok("init")
        let file = reply(convene, list)
        let before = try #require(bytes(convene.plan))
        let dry = try convene("--lang", "zh", "import", "replies", file, "--event", "e1", "--dry-run")
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(
            dry.stdout == """
                第 3 行：孙宇航，天极电子：已谢绝 → 已邀请、请假：因公（因公出差；外地客户会议）
                第 4 行：何振宇，通则康威：已邀请 → 已确认

                """)
        #expect(bytes(convene.plan) == before, "a dry run changes nothing")

        let result = try convene("import", "replies", file, "--event", "e1")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr
                == "convene: recorded replies to '党建强堡垒 促发展 联建交流活动': 1 confirmed, 0 declined, 1 on leave; 0 added as participants, 0 unchanged\n"
        )
        let e1 = try #require(try PlanStore(path: convene.plan).load().event("e1"))
        #expect(e1.participant("p12")?.rsvp == .invited)
        #expect(e1.participant("p12")?.leave == Leave(reason: .official, note: "因公出差；外地客户会议"))
        #expect(e1.participant("p15")?.rsvp == .confirmed)
        let backup = try PlanStore(path: convene.plan + ".bak").load()
        #expect(backup.event("e1")?.participant("p12")?.rsvp == .declined, "one save: the backup is the plan before")
    }

    @Test("bad rows: every one listed in the user's language, exit 2, the plan byte-identical", .timeLimit(.minutes(2)))
    func refused() throws {
        let convene = try Convene(#function)
        try convene.ok("init")
        let before = try #require(bytes(convene.plan))
        // 赵欣怡 is signed in: the core refuses her decline, and that row is listed with the others.
        let file = reply(convene, "姓名,回复\n王五,参加\n孙宇航,也许\n赵欣怡,不参加\n")
        let result = try convene("--lang", "zh", "import", "replies", file, "--event", "e1")
        #expect(result.status == 2)
        #expect(
            result.stderr == """
                convene：\(file)：有 2 行有误：
                  第 2 行：花名册中没有名叫“王五”的人；请先用 convene import people 添加，或改正姓名
                  第 3 行：未知回复“也许”（请用 参加/confirmed, 不参加/declined, 请假/leave (是, 否, 已确认, 已谢绝 …)）
                未导入任何内容

                """)
        let signedIn = reply(convene, "姓名,回复\n赵欣怡,不参加\n")
        let core = try convene("import", "replies", signedIn, "--event", "e1")
        #expect(core.status == 2)
        #expect(core.stderr.contains("line 2: 赵欣怡 has signed in to '党建强堡垒 促发展 联建交流活动'"))
        #expect(bytes(convene.plan) == before)
    }

    @Test("- reads the list from standard input, and messages call it so", .timeLimit(.minutes(2)))
    func standardInput() throws {
        let convene = try Convene(#function)
        try convene.ok("init")
        let file = reply(convene, "姓名,回复\n何振宇,参加\n王五,是\n")
        let script = "exec \"$0\" --file \"$1\" --lang zh import replies - --event e1 < \"$2\""
        let result = try Spawn.run(
            ["/bin/sh", "-c", script, convene.binary.path, convene.plan, file], environment: convene.baseEnvironment)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("convene：标准输入：有 1 行有误：\n  第 3 行：花名册中没有名叫“王五”的人"), "\(result.stderr)")
        write(Data("姓名,单位,政治面貌\n新人甲,o3,群众\n".utf8), to: file)
        let people = try Spawn.run(
            [
                "/bin/sh", "-c", "exec \"$0\" --file \"$1\" import people - < \"$2\"", convene.binary.path,
                convene.plan, file,
            ],
            environment: convene.baseEnvironment)
        #expect(people.status == 0, "\(people.stderr)")
        #expect(people.stdout == "p20\n")
    }
}
