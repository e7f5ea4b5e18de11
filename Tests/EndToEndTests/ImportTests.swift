import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore
import Testing

/// `convene import people` through the real binary: exit codes, stdout/stderr, and the plan file's bytes.
@Suite("Importing rosters, end to end")
struct ImportTests {
    /// A sample plan (o3 数字出版 has 李文博 p7, 张雨桐 p8, 王浩然 p9; the highest person id is p19).
    private func samplePlan(_ name: String = #function) throws -> Convene {
        let convene = try Convene(name)
        try convene.ok("init")
        return convene
    }

    private func csv(_ convene: Convene, _ text: String, name: String = "roster.csv") -> String {
        let path = convene.folder.file(name)
        write(Data(text.utf8), to: path)
        return path
    }

    private let roster = "\u{FEFF}姓名,拼音,身份,职务\r\n徐晓敏,Xu Xiaomin,党员,党支部书记\r\n陈思远,,预备党员,\r\n李文博,Li Wenbo,党员,党支部书记\r\n"

    @Test("adds the new people: ids on stdout, a summary on stderr, one save", .timeLimit(.minutes(2)))
    func adds() throws {
        let convene = try samplePlan()
        let file = csv(convene, roster)
        let result = try convene("import", "people", file, "--org", "数字出版")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "p20\np21\n")
        #expect(result.stderr == "convene: added 2 people to 数字出版, 1 already present\n")
        let book = try PlanStore(path: convene.plan).load()
        #expect(book.people.count == 21)
        #expect(
            book.person("p20")
                == Person(id: "p20", name: "徐晓敏", latin: "Xu Xiaomin", org: "o3", title: "党支部书记", politics: .member))
        #expect(book.person("p21") == Person(id: "p21", name: "陈思远", org: "o3", politics: .probationary))
        let backup = try PlanStore(path: convene.plan + ".bak").load()
        #expect(backup.people.count == 19, "one save: the backup is the plan before the import")

        let again = try convene("import", "people", file, "--org", "o3")
        #expect(again.status == 0)
        #expect(again.stdout.isEmpty)
        #expect(again.stderr == "convene: added 0 people, 3 already present\n")
        #expect(try PlanStore(path: convene.plan).load().people.count == 21, "people already present are not doubled")
    }

    @Test("a bad row: every bad line listed, exit 2, the plan file byte-identical", .timeLimit(.minutes(2)))
    func badRowsLeaveTheFileUntouched() throws {
        let convene = try samplePlan()
        let before = try #require(bytes(convene.plan))
        let file = csv(
            convene, "name,organisation,status\n徐晓敏,数字出版,member\n,数字出版,member\n陈思远,无此单位,member\n周明轩,o3,boss\n冯嘉欣,o3\n")
        let result = try convene("import", "people", file)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr == """
                convene: \(file): 4 bad lines:
                  line 3: the name is empty
                  line 4: unknown organisation '无此单位' (add it with 'convene org add' first; 'convene orgs' lists them)
                  line 5: unknown status 'boss' (use 党员, 预备党员, 团员, 群众 … (GB/T 4762), 入党积极分子, 发展对象, or member, probationary, league, masses …)
                  line 6: has 2 fields, the header has 3
                nothing was imported

                """)
        #expect(bytes(convene.plan) == before)
        #expect(!FileManager.default.fileExists(atPath: convene.plan + ".bak"), "nothing was saved")
    }

    @Test("--dry-run lists what would be added and matched, and changes nothing", .timeLimit(.minutes(2)))
    func dryRun() throws {
        let convene = try samplePlan()
        let before = try #require(bytes(convene.plan))
        let result = try convene("import", "people", csv(convene, roster), "--org", "数字出版", "--dry-run")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                line 2: add p20 徐晓敏 Xu Xiaomin, 数字出版, member, 党支部书记
                line 3: add p21 陈思远, 数字出版, probationary
                line 4: already present as p7: 李文博 Li Wenbo, 数字出版, member, 党支部书记

                """)
        #expect(
            result.stderr == "convene: dry run: would add 2 people to 数字出版, 1 already present; nothing was changed\n")
        #expect(bytes(convene.plan) == before)
    }

    @Test("--event adds the new and the matched people as participants with --rsvp", .timeLimit(.minutes(2)))
    func asParticipants() throws {
        let convene = try samplePlan()
        #expect(try convene("participant", "remove", "--person", "李文博").status == 0)
        let result = try convene(
            "import", "people", csv(convene, roster), "--org", "数字出版", "--event", "e1", "--rsvp", "confirmed")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "added 2 people to 数字出版, 1 already present; 3 added to '党建强堡垒 促发展 联建交流活动' as confirmed"))
        let event = try PlanStore(path: convene.plan).load().events[0]
        for id in ["p20", "p21", "p7"] { #expect(event.participant(id)?.rsvp == .confirmed, "\(id)") }
        let usage = try convene(
            "import", "people", csv(convene, roster, name: "b.csv"), "--org", "o3", "--rsvp", "confirmed")
        #expect(usage.status == 2 && usage.stderr.contains("--rsvp needs --event"))
    }

    @Test("a GB18030 roster from Excel on Chinese Windows", .timeLimit(.minutes(2)))
    func gb18030File() throws {
        let convene = try samplePlan()
        // 姓名,单位,身份 CRLF 徐晓敏,数字出版,党员 CRLF
        let gbBytes: [UInt8] = [
            0xD0, 0xD5, 0xC3, 0xFB, 0x2C, 0xB5, 0xA5, 0xCE, 0xBB, 0x2C, 0xC9, 0xED, 0xB7, 0xDD, 0x0D, 0x0A,
            0xD0, 0xEC, 0xCF, 0xFE, 0xC3, 0xF4, 0x2C, 0xCA, 0xFD, 0xD7, 0xD6, 0xB3, 0xF6, 0xB0, 0xE6, 0x2C,
            0xB5, 0xB3, 0xD4, 0xB1, 0x0D, 0x0A,
        ]
        let file = convene.folder.file("gb.csv")
        write(Data(gbBytes), to: file)
        let before = try #require(bytes(convene.plan))
        let forced = try convene("import", "people", file, "--encoding", "utf-8")
        #expect(forced.status == 2)
        #expect(forced.stderr.contains("line 1: cannot be read as UTF-8 (byte D0 at byte 1 of the line)"))
        #expect(bytes(convene.plan) == before)

        let result = try convene("import", "people", file)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "p20\n")
        #expect(try PlanStore(path: convene.plan).load().person("p20")?.name == "徐晓敏")
    }

    @Test(
        "the people CSV export reads back unchanged into an empty plan with the same organisations",
        .timeLimit(.minutes(2)))
    func roundTrip() throws {
        let source = try samplePlan()
        let exported = try source("people", "--format", "csv", "--with-contacts")
        #expect(exported.status == 0)
        let sample = try PlanStore(path: source.plan).load()

        let target = try Convene(#function + "target")
        try target.ok("init", "--empty")
        for org in sample.organisations {
            #expect(try target.ok("org", "add", "--name", org.name, "--short", org.short ?? "") == org.id)
        }
        let file = csv(target, exported.stdout)
        let result = try target("import", "people", file)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == sample.people.count)
        let imported = try PlanStore(path: target.plan).load()
        func fields(_ p: Person) -> [String] {
            [
                p.name, p.latin ?? "", p.org, p.politics.rawValue, p.stage?.rawValue ?? "", p.title ?? "",
                p.phone ?? "", p.email ?? "",
            ]
        }
        #expect(Set(imported.people.map(fields)) == Set(sample.people.map(fields)))
    }

    @Test(
        "exit codes: a missing roster is a usage error (2), a missing plan a plan-file error (3)",
        .timeLimit(.minutes(2)))
    func exitCodes() throws {
        let convene = try samplePlan()
        let missing = try convene("import", "people", convene.folder.file("nope.csv"), "--org", "o3")
        #expect(missing.status == 2 && missing.stderr.contains("nope.csv: no such file"))
        let unknownOrg = try convene("import", "people", csv(convene, roster), "--org", "无此单位")
        #expect(unknownOrg.status == 2 && unknownOrg.stderr.contains("no organisation matches '无此单位'"))
        let noPlan = try run(
            convene.binary,
            ["import", "people", csv(convene, roster), "--org", "o3", "--file", convene.folder.file("none.json")],
            environment: convene.baseEnvironment)
        #expect(noPlan.status == 3)
    }

    @Test("a GB18030 roster whose bytes are valid UTF-8 is read as GB18030, with a note", .timeLimit(.minutes(2)))
    func gb18030ThatIsValidUTF8() throws {
        let convene = try samplePlan()
        // python3 -c "print('郑伟'.encode('gb18030'))": b'\\xd6\\xa3\\xce\\xb0', as UTF-8 "֣ΰ".
        let gb: [UInt8] = [0xD6, 0xA3, 0xCE, 0xB0]  // 郑伟
        let gb2: [UInt8] = [0xD0, 0xBB, 0xC7, 0xBF]  // 谢强
        let file = convene.folder.file("gb.csv")
        write(
            Data("name,status\r\n".utf8) + Data(gb) + Data(",member\r\n".utf8) + Data(gb2) + Data(",guest\r\n".utf8),
            to: file)
        #expect(String(data: try #require(bytes(file)), encoding: .utf8) != nil, "the bytes are valid UTF-8")
        let result = try convene("import", "people", file, "--org", "o3")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr
                == "convene: read \(file) as GB18030: its bytes are also valid UTF-8, but only as GB18030 do they read "
                + "as Chinese names; give --encoding utf-8 if it is UTF-8\nconvene: added 2 people to 数字出版, 0 already present\n"
        )
        let names = try PlanStore(path: convene.plan).load().people.suffix(2).map(\.name)
        #expect(names == ["郑伟", "谢强"])
        let asUTF8 = try convene("import", "people", file, "--org", "o3", "--encoding", "utf-8", "--dry-run")
        #expect(asUTF8.stdout.contains("֣ΰ"), "--encoding utf-8 reads it as UTF-8: \(asUTF8.stdout)")
    }

    @Test("names beginning '=, '+ and '- survive people --format csv and import", .timeLimit(.minutes(2)))
    func formulaGuardRoundTrip() throws {
        let convene = try samplePlan()
        let names = ["'=SUM(A1)", "'+86 138", "'-1", "=cmd", "''@x"]
        for name in names {
            let id = try convene.ok("person", "add", "--name", name, "--org", "o3", "--politics", "masses")
            try convene.ok("participant", "add", "--person", id)
        }
        let exported = try convene("people", "--format", "csv")
        #expect(exported.status == 0, "\(exported.stderr)")
        let file = convene.folder.file("people.csv")
        write(Data(exported.stdout.utf8), to: file)
        let fresh = try Convene(#function + "-fresh")
        try fresh.ok("init")
        let imported = try fresh("import", "people", file)
        #expect(imported.status == 0, "\(imported.stderr)")
        let back = Set(try PlanStore(path: fresh.plan).load().people.map(\.name))
        for name in names { #expect(back.contains(name), "\(name) did not come back; read \(back.sorted())") }
    }

    @Test("empty, invisible-only and NUL names are refused with the line; person add refuses invisible names")
    func invisibleNames() throws {
        let convene = try samplePlan()
        let before = try #require(bytes(convene.plan))
        let file = csv(
            convene,
            "name,organisation,status\n徐晓敏,o3,member\n\u{200B}\u{3000},o3,member\n李\u{0}明,o3,member\n\u{3000},o3,guest\n"
        )
        let result = try convene("import", "people", file)
        #expect(result.status == 2)
        #expect(
            result.stderr == """
                convene: \(file): 3 bad lines:
                  line 3: the name has no visible character (only spaces or invisible characters such as U+200B)
                  line 4: the name contains the control character U+0000 (NUL); remove it and import again
                  line 5: the name is empty
                nothing was imported

                """)
        #expect(bytes(convene.plan) == before)
        let added = try convene("person", "add", "--name", "\u{200B}\u{FEFF}", "--org", "o3", "--politics", "member")
        #expect(added.status == 2)
        #expect(
            added.stderr
                == "convene: name: has no visible character (only spaces or invisible characters such as U+200B); type the name\n"
        )
        let empty = try convene("person", "edit", "--person", "p7", "--name", "\u{3000}")
        #expect(empty.status == 2)
        #expect(empty.stderr == "convene: name: must not be empty\n")
    }
}

/// `convene import people` on the committed roster files of every shape (Tests/RosterSheetsTests/Fixtures).
@Suite("Importing roster files of every shape, end to end")
struct ImportShapeTests {
    private func fixture(_ name: String, into convene: Convene, filePath: String = #filePath) throws -> String {
        let source = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("RosterSheetsTests/Fixtures/\(name)")
        let path = convene.folder.file(name)
        write(try Data(contentsOf: source), to: path)
        return path
    }

    @Test("an .xlsx from openpyxl: a title row, 政治面貌 and 发展阶段, 王　芳 as 王芳, one save", .timeLimit(.minutes(2)))
    func xlsx() throws {
        let convene = try Convene(#function)
        try convene.ok("init")
        let file = try fixture("openpyxl-roster.xlsx", into: convene)
        let dry = try convene("import", "people", file, "--dry-run")
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.hasPrefix("line 4: add p20 王芳, 数字出版, member, 党支部书记\nline 5: add p21 陈思远"))
        let result = try convene("import", "people", file)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "p20\np21\np22\np23\np24\n")
        #expect(result.stderr == "convene: added 5 people to 数字出版, 0 already present\n")
        let book = try PlanStore(path: convene.plan).load()
        #expect(book.person("p20")?.name == "王芳" && book.person("p20")?.phone == "13800138000")
        #expect(book.person("p22")?.politics == .league && book.person("p22")?.stage == .activist)
    }

    @Test("an .xls, a cut-short .xlsx: one message, exit 2, the plan untouched", .timeLimit(.minutes(2)))
    func refused() throws {
        let convene = try Convene(#function)
        try convene.ok("init")
        let before = try #require(bytes(convene.plan))
        let xls = try fixture("libreoffice-roster.xls", into: convene)
        let old = try convene("import", "people", xls)
        #expect(old.status == 2)
        #expect(
            old.stderr
                == "convene: \(xls): an old Excel .xls workbook, which Convene does not read; open it in Excel, WPS or LibreOffice and save it as .xlsx or CSV\n"
        )
        let cut = try fixture("truncated.xlsx", into: convene)
        let zh = try convene("import", "people", cut, "--lang", "zh")
        #expect(zh.status == 2)
        #expect(
            zh.stderr
                == "convene：\(cut)：无法作为 .xlsx 工作簿打开：文件已损坏或不完整（无法读取其 ZIP 目录）；请用 Excel 或 WPS 打开后重新保存\n")
        #expect(bytes(convene.plan) == before)
    }

    @Test("bad cells of a sheet are listed by cell in the user's language", .timeLimit(.minutes(2)))
    func badCells() throws {
        let convene = try Convene(#function)
        try convene.ok("init")
        let file = try fixture("openpyxl-bad-cells.xlsx", into: convene)
        let result = try convene("import", "people", file, "--lang", "zh")
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("convene：\(file)：有 2 行有误：\n  花名册!D7：未知政治面貌“外星人”"))
        #expect(result.stderr.contains("\n  花名册!B8：姓名为空\n未导入任何内容\n"))
    }

    @Test("UTF-16 tab-separated text, and a name given twice: imported once with a warning", .timeLimit(.minutes(2)))
    func utf16AndTwice() throws {
        let convene = try Convene(#function)
        try convene.ok("init")
        let file = try fixture("utf16le-tab.txt", into: convene)
        let result = try convene("import", "people", file)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 4)
        let twice = convene.folder.file("twice.csv")
        write(Data("姓名;单位;政治面貌\n王\u{3000}芳;o3;群众\n王芳;o3;群众\n".utf8), to: twice)
        let warned = try convene("import", "people", twice)
        #expect(warned.status == 0, "\(warned.stderr)")
        #expect(
            warned.stderr == """
                convene: warning: line 3: '王芳' is also on line 2 in the same organisation; imported once (if they are two people, tell them apart in the name)
                convene: added 1 person to 数字出版, 1 already present

                """)
    }
}
