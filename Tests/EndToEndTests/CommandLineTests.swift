import ConveneTestSupport
import Foundation
import Testing

/// Runs the real `convene` binary on a plan file in a private folder, with a fixed locale and zone and no $HOME of the user.
struct Convene {
    let binary: URL
    let folder: TempFolder
    var plan: String { folder.file("plan.json") }

    init(_ name: String = #function) throws {
        binary = try conveneBinary()
        folder = TempFolder(name)
    }

    var baseEnvironment: [String: String] { ["HOME": folder.file("home"), "LANG": "C.UTF-8", "TZ": "UTC"] }

    /// Runs `convene <arguments> --file <plan>`.
    func callAsFunction(_ arguments: String..., environment: [String: String] = [:]) throws -> Run {
        try run(binary, arguments + ["--file", plan], environment: baseEnvironment.merging(environment) { $1 })
    }

    /// Runs the command and expects success; returns its standard output without the final newline.
    @discardableResult
    func ok(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try run(binary, arguments + ["--file", plan], environment: baseEnvironment)
        #expect(
            result.status == 0, "convene \(arguments.joined(separator: " ")) failed: \(result.stderr)",
            sourceLocation: sourceLocation)
        #expect(result.stderr.isEmpty, "\(result.stderr)", sourceLocation: sourceLocation)
        return result.stdout.hasSuffix("\n") ? String(result.stdout.dropLast()) : result.stdout
    }

    /// The edits 天极电子's contact makes in a copy shared with it (`convene share`): adds 钱多多 with a phone and
    /// lists them, confirms 孙宇航, gives 赵欣怡 leave.
    func editAsContact(_ copy: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try edit(
            copy, "person", "add", "--name", "钱多多", "--org", "天极电子", "--phone", "13912345678",
            sourceLocation: sourceLocation)
        try edit(copy, "participant", "add", "--person", "钱多多", "--rsvp", "confirmed", sourceLocation: sourceLocation)
        try edit(copy, "participant", "set", "--person", "孙宇航", "--rsvp", "confirmed", sourceLocation: sourceLocation)
        try edit(copy, "participant", "leave", "--person", "赵欣怡", "--reason", "sick", sourceLocation: sourceLocation)
    }

    /// Runs `convene <arguments> --file <path>` on another plan file and expects success.
    func edit(_ path: String, _ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try run(binary, arguments + ["--file", path])
        #expect(result.status == 0, "convene \(arguments) failed: \(result.stderr)", sourceLocation: sourceLocation)
    }
}

@Suite("The command line, end to end")
struct CommandLineTests {
    /// Builds the whole joint activity through the command line alone.
    private func buildEvent(_ convene: Convene) throws {
        #expect(try convene.ok("init", "--empty") == convene.plan)
        #expect(mode(convene.plan) == 0o600)

        #expect(try convene.ok("org", "add", "--name", "广州市科学技术协会", "--short", "广州市科协", "--branch", "广州市科协党委") == "o1")
        #expect(try convene.ok("org", "add", "--name", "广东省电子信息行业协会", "--short", "电子信息行业协会") == "o2")
        #expect(try convene.ok("org", "add", "--name", "冼星海故乡纪念馆", "--short", "星海纪念馆") == "o3")

        #expect(
            try convene.ok(
                "venue", "add", "--name", "冼星海故乡纪念馆", "--address", "广州市南沙区榄核镇", "--capacity", "60",
                "--room", "展厅:60", "--room", "会议室:40") == "v1")

        #expect(
            try convene.ok(
                "person", "add", "--name", "程智鹏", "--latin", "Cheng Zhipeng", "--org", "广州市科协",
                "--politics", "member", "--title", "党委书记") == "p1")
        #expect(try convene.ok("person", "add", "--name", "林海青", "--org", "o1", "--politics", "member") == "p2")
        #expect(
            try convene.ok(
                "person", "add", "--name", "徐晓敏", "--latin", "Xu Xiaomin", "--org", "电子信息",
                "--politics", "member", "--title", "党支部书记") == "p3")
        #expect(
            try convene.ok(
                "person", "add", "--name", "陈思远", "--latin", "Chen Siyuan", "--org", "电子信息行业协会",
                "--politics", "member") == "p4")
        #expect(try convene.ok("person", "add", "--name", "黄雅琪", "--org", "o2", "--politics", "probationary") == "p5")
        #expect(
            try convene.ok(
                "person", "add", "--name", "冯嘉欣", "--latin", "Feng Jiaxin", "--org", "星海", "--politics", "masses",
                "--title", "讲解员") == "p6")

        #expect(
            try convene.ok(
                "event", "add", "--title", "党建强堡垒 促发展 联建交流活动", "--date", "2023-06-16",
                "--start", "9:00", "--end", "12:00", "--venue", "纪念馆",
                "--event-theme", "推动落实南沙方案“十大行动”") == "e1")

        try convene.ok("event", "invite", "--org", "科协", "--part", "guiding")
        try convene.ok("event", "invite", "--org", "电子信息行业协会", "--part", "host")
        try convene.ok("event", "invite", "--org", "星海纪念馆")

        #expect(try convene.ok("participant", "add", "--all-from", "科协", "--rsvp", "confirmed") == "2")
        #expect(try convene.ok("participant", "add", "--all-from", "o2", "--rsvp", "confirmed") == "3")
        #expect(try convene.ok("participant", "add", "--all-from", "星海纪念馆") == "1")
        #expect(try convene.ok("participant", "add", "--all-from", "o2") == "0", "nobody is added twice")

        // Added out of order on purpose: the agenda keeps start order.
        #expect(
            try convene.ok(
                "item", "add", "--kind", "discussion", "--title", "互动交流", "--start", "11:20", "--minutes", "40",
                "--room", "会议室") == "i1")
        #expect(
            try convene.ok(
                "item", "add", "--kind", "oath", "--title", "重温入党誓词", "--start", "09:00", "--minutes", "20",
                "--room", "展厅") == "i2")
        #expect(
            try convene.ok(
                "item", "add", "--kind", "visit", "--title", "参观冼星海故乡纪念馆", "--start", "09:20",
                "--minutes", "60", "--room", "展厅") == "i3")
        #expect(
            try convene.ok(
                "item", "add", "--kind", "symposium", "--title", "党建座谈会", "--start", "10:20", "--minutes", "60",
                "--room", "会议室") == "i4")

        try convene.ok("item", "assign", "--item", "重温", "--person", "陈思远", "--part", "leader")
        try convene.ok("item", "assign", "--item", "参观", "--person", "fjx", "--part", "narrator")
        try convene.ok("item", "assign", "--item", "座谈", "--person", "csy", "--part", "host")
        try convene.ok(
            "item", "assign", "--item", "座谈", "--person", "Cheng Zhipeng", "--part", "speaker",
            "--topic", "发挥产业链集群效应，增强产业链韧性，推动产业链升级", "--minutes", "20")
        try convene.ok(
            "item", "assign", "--item", "i4", "--person", "xu", "--part", "speaker",
            "--topic", "广东省电子信息制造业发展现状分析报告", "--minutes", "30")
        try convene.ok("item", "assign", "--item", "互动", "--person", "徐晓敏", "--part", "host")
        try convene.ok("item", "assign", "--item", "互动", "--person", "黄雅琪", "--part", "recorder")
    }

    @Test("a whole event built through the command line prints as an aligned agenda", .timeLimit(.minutes(2)))
    func wholeEventText() throws {
        let convene = try Convene()
        try buildEvent(convene)
        let text = try convene.ok("agenda", "--lang", "en", "--width", "80")
        for expected in [
            "党建强堡垒 促发展 联建交流活动", "Date   2023-06-16 Friday", "Time   09:00–12:00 (Asia/Shanghai)",
            "Venue  冼星海故乡纪念馆, 广州市南沙区榄核镇",
            "Guiding body  广州市科学技术协会", "Host          广东省电子信息行业协会", "Participant   冼星海故乡纪念馆",
            "重温入党誓词", "参观冼星海故乡纪念馆", "党建座谈会", "互动交流",
            "陈思远 Chen Siyuan", "冯嘉欣 Feng Jiaxin", "程智鹏 Cheng Zhipeng — 发挥产业链集群效应", "(20 min)",
            "徐晓敏 Xu Xiaomin — 广东省电子信息制造业发展现状", "(30 min)", "推动落实南沙方案“十大行动”", "黄雅琪",
        ] {
            #expect(text.contains(expected), "the agenda shows \(expected)")
        }
        let lines = text.components(separatedBy: "\n")
        let agenda = Array(lines[(lines.firstIndex(of: "Agenda")! + 1)...])
        #expect(agenda.first == "  09:00–09:20  Oath review   重温入党誓词  [展厅]")
        #expect(agenda.filter { $0.contains("–") && $0.hasPrefix("  ") && !$0.hasPrefix("   ") }.count == 4)
        let order = ["重温入党誓词", "参观冼星海故乡纪念馆", "党建座谈会", "互动交流"].map { text.range(of: $0)!.lowerBound }
        #expect(order == order.sorted(), "items print in start order")
        for line in agenda where !line.isEmpty {
            let starts = columnStarts(line)
            #expect(Set(starts.filter { $0 < 29 }).isSubset(of: [2, 15]) && starts.contains(29), "aligned: \(line)")
            #expect(cells(line) <= 80)
        }

        let chinese = try convene("agenda", "--width", "60", environment: ["LANG": "zh_CN.UTF-8"])
        #expect(chinese.status == 0)
        #expect(chinese.stdout.contains("日期  2023-06-16 星期五"))
        #expect(chinese.stdout.contains("  09:00–09:20            重温入党誓词  [展厅]"))
        #expect(!chinese.stdout.contains("重温入党誓词  重温入党誓词") && !chinese.stdout.contains("互动交流  互动交流"))
        #expect(chinese.stdout.components(separatedBy: "\n").allSatisfy { cells($0) <= 60 })
    }

    @Test(
        "the agenda as JSON has the items, kinds, local ISO times with their offset and people with their parts",
        .timeLimit(.minutes(2)))
    func wholeEventJSON() throws {
        let convene = try Convene()
        try buildEvent(convene)
        let json = try convene.ok("agenda", "--format", "json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let event = try #require(root["event"] as? [String: Any])
        #expect(event["title"] as? String == "党建强堡垒 促发展 联建交流活动")
        #expect(event["start"] as? String == "2023-06-16T09:00:00+08:00")
        #expect(event["end"] as? String == "2023-06-16T12:00:00+08:00")
        #expect(event["tz"] as? String == "Asia/Shanghai")
        #expect(event["theme"] as? String == "推动落实南沙方案“十大行动”", "--theme after a subcommand is the event's theme")
        #expect((event["venue"] as? [String: Any])?["name"] as? String == "冼星海故乡纪念馆")
        let orgs = try #require(root["organisations"] as? [[String: Any]])
        #expect(orgs.map { $0["part"] as? String } == ["guiding", "host", "participant"])

        let items = try #require(root["items"] as? [[String: Any]])
        #expect(items.count == 4)
        #expect(items.map { $0["kind"] as? String } == ["oath", "visit", "symposium", "discussion"])
        #expect(items.map { $0["title"] as? String } == ["重温入党誓词", "参观冼星海故乡纪念馆", "党建座谈会", "互动交流"])
        #expect(
            items.map { $0["start"] as? String } == [
                "2023-06-16T09:00:00+08:00", "2023-06-16T09:20:00+08:00", "2023-06-16T10:20:00+08:00",
                "2023-06-16T11:20:00+08:00",
            ])
        #expect(
            items.map { $0["end"] as? String } == [
                "2023-06-16T09:20:00+08:00", "2023-06-16T10:20:00+08:00", "2023-06-16T11:20:00+08:00",
                "2023-06-16T12:00:00+08:00",
            ])
        #expect(items.map { $0["minutes"] as? Int } == [20, 60, 60, 40])
        #expect(items.map { $0["room"] as? String } == ["展厅", "展厅", "会议室", "会议室"])

        func people(_ i: Int) -> [[String: Any]] { items[i]["people"] as? [[String: Any]] ?? [] }
        #expect(people(0).map { $0["name"] as? String } == ["陈思远"])
        #expect(people(0).first?["part"] as? String == "leader")
        #expect(people(1).first?["part"] as? String == "narrator")
        #expect(people(1).first?["latin"] as? String == "Feng Jiaxin")
        let symposium = people(2)
        #expect(symposium.map { $0["part"] as? String } == ["host", "speaker", "speaker"])
        #expect(symposium.map { $0["name"] as? String } == ["陈思远", "程智鹏", "徐晓敏"])
        #expect(symposium[1]["topic"] as? String == "发挥产业链集群效应，增强产业链韧性，推动产业链升级")
        #expect(symposium[1]["minutes"] as? Int == 20)
        #expect(symposium[2]["minutes"] as? Int == 30)
        #expect(symposium[2]["id"] as? String == "p3")
        #expect(people(3).map { $0["part"] as? String } == ["host", "recorder"])

        let csv = try convene.ok("people", "--format", "csv")
        #expect(
            csv.hasPrefix(
                "\u{FEFF}name,latin,organisation,politics,title,capacity,rsvp,leave,leave note,"
                    + "approved by,attendance,signed in at,parts\r\n"))
        #expect(
            csv.components(separatedBy: "\r\n").count == 8,
            "a header, six participants, and the empty rest after the last CRLF")
    }

    @Test("event edit changes the theme, title and times it is given and nothing else")
    func editEvent() throws {
        let convene = try Convene()
        try convene.ok("init", "--empty")
        try convene.ok("event", "add", "--title", "甲", "--date", "2023-06-16", "--start", "09:00", "--end", "10:00")
        try convene.ok("event", "edit", "--event-theme", "新主题", "--end", "11:30")
        let json = try convene.ok("agenda", "--format", "json")
        let event = try #require(
            (try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["event"] as? [String: Any])
        #expect(event["theme"] as? String == "新主题")
        #expect(event["title"] as? String == "甲")
        #expect(event["end"] as? String == "2023-06-16T11:30:00+08:00")
        let late = try convene("event", "edit", "--end", "08:00")
        #expect(late.status == 2)
        #expect(late.stderr == "convene: end: the event ends (08:00) before it starts (09:00)\n")
    }

    @Test("an unknown or ambiguous reference exits 2 with a clear message and leaves the file alone")
    func badReferences() throws {
        let convene = try Convene()
        try buildEvent(convene)
        let before = try #require(bytes(convene.plan))

        let unknown = try convene("item", "assign", "--item", "座谈", "--person", "王五", "--part", "host")
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "convene: no person matches '王五'; list them with 'convene roster'\n")
        #expect(unknown.stdout.isEmpty)

        let ambiguous = try convene("person", "add", "--name", "某人", "--org", "广", "--politics", "masses")
        #expect(ambiguous.status == 2)
        #expect(
            ambiguous.stderr == """
                convene: '广' matches 2 organisations; use one of these ids:
                  o1  广州市科学技术协会
                  o2  广东省电子信息行业协会

                """)

        let refused = try convene("org", "remove", "--org", "广州市科学技术协会")
        #expect(refused.status == 2)
        #expect(refused.stderr == "convene: 广州市科学技术协会 still has 2 people on its roster; move or remove them first\n")

        let room = try convene("item", "add", "--title", "合影", "--start", "12:00", "--minutes", "10", "--room", "礼堂")
        #expect(room.status == 2)
        #expect(room.stderr == "convene: room: 冼星海故乡纪念馆 has no room '礼堂'; its rooms are: 展厅, 会议室\n")

        #expect(bytes(convene.plan) == before)
    }

    @Test("bad values and missing options are usage errors (exit 2)")
    func usageErrors() throws {
        let convene = try Convene()
        try convene.ok("init")
        let before = try #require(bytes(convene.plan))

        let time = try convene("item", "add", "--title", "夜谈", "--start", "25:70", "--minutes", "10")
        #expect(time.status == 2)
        #expect(time.stderr.contains("25:70") && time.stderr.contains("--start"), "\(time.stderr)")

        let date = try convene(
            "event", "add", "--title", "甲", "--date", "2023-02-29", "--start", "09:00", "--end", "10:00")
        #expect(date.status == 2)
        #expect(date.stderr.contains("2023-02-29") && date.stderr.contains("--date"), "\(date.stderr)")

        let missing = try convene("person", "add", "--name", "某人", "--politics", "member")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Missing expected argument '--org <org>'"), "\(missing.stderr)")

        let both = try convene("participant", "add", "--person", "p1", "--all-from", "o1")
        #expect(both.status == 2)
        #expect(both.stderr.contains("give exactly one of --person or --all-from"), "\(both.stderr)")

        let width = try convene("agenda", "--width", "20")
        #expect(width.status == 2)
        #expect(width.stderr == "convene: --width must be between 40 and 1000 (got 20)\n")

        let late = try convene("item", "add", "--title", "夜谈", "--start", "23:50", "--minutes", "20")
        #expect(late.status == 2)
        #expect(late.stderr == "convene: minutes: '夜谈' would end after midnight (23:50 + 20 min)\n")

        let again = try convene("init")
        #expect(again.status == 2)
        #expect(again.stderr == "convene: \(convene.plan) already exists; it was left untouched\n")

        let unknownCommand = try convene("frobnicate")
        #expect(unknownCommand.status == 2)

        #expect(bytes(convene.plan) == before)

        let help = try convene("--help")
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE") || help.stdout.contains("Usage"))
    }

    @Test("a broken plan file exits 3, names the file, and is left untouched")
    func brokenFile() throws {
        let convene = try Convene()
        let broken = Data("{\"formatVersion\": 1, \"people\": [".utf8)
        write(broken, to: convene.plan)

        let read = try convene("agenda")
        #expect(read.status == 3)
        #expect(
            read.stderr.hasPrefix("convene: \(convene.plan): is not a Convene plan (not valid JSON: "), "\(read.stderr)"
        )
        #expect(read.stdout.isEmpty)

        let change = try convene("org", "add", "--name", "新单位")
        #expect(change.status == 3)
        #expect(bytes(convene.plan) == broken)
        #expect(!FileManager.default.fileExists(atPath: convene.plan + ".bak"))

        let newer = Data("{\"formatVersion\": 99}".utf8)
        write(newer, to: convene.plan)
        let future = try convene("person", "add", "--name", "某人", "--org", "o1", "--politics", "masses")
        #expect(future.status == 3)
        #expect(future.stderr.contains("format version 99"))
        #expect(bytes(convene.plan) == newer)

        let missing = try run(
            convene.binary, ["agenda", "--file", convene.folder.file("nope.json")], environment: convene.baseEnvironment
        )
        #expect(missing.status == 3)
        #expect(missing.stderr.contains("nope.json: no such plan file"))
        #expect(
            !FileManager.default.fileExists(atPath: convene.folder.file("nope.json")), "--file never creates a plan")
    }

    @Test("with no --file, the plan lives under XDG_DATA_HOME and starts as the sample")
    func defaultFileIsTheSample() throws {
        let convene = try Convene()
        let data = convene.folder.file("data")
        let env = convene.baseEnvironment.merging(["XDG_DATA_HOME": data]) { $1 }
        let result = try run(convene.binary, ["agenda", "--width", "80"], environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("程智鹏") && result.stdout.contains("徐晓敏"))
        #expect(result.stdout.contains("Cheng Zhipeng") && result.stdout.contains("Xu Xiaomin"))
        let created = data + "/convene/plan.json"
        #expect(mode(created) == 0o600)
        #expect(!FileManager.default.fileExists(atPath: convene.folder.file("home")), "nothing is written under HOME")

        // Changes go to the same file.
        let add = try run(
            convene.binary, ["person", "add", "--name", "新成员", "--org", "科协", "--politics", "member"], environment: env)
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout == "p20\n")
        let roster = try run(convene.binary, ["roster", "--search", "xxm"], environment: env)
        #expect(roster.stdout.contains("徐晓敏"))
        #expect(!roster.stdout.contains("新成员"))

        // CONVENE_FILE wins over XDG_DATA_HOME.
        let other = convene.folder.file("other.json")
        let viaEnv = try run(convene.binary, ["people"], environment: env.merging(["CONVENE_FILE": other]) { $1 })
        #expect(viaEnv.status == 0)
        #expect(FileManager.default.fileExists(atPath: other))
        #expect(viaEnv.stdout.contains("Total: 19"))
    }
}
