import ConveneTestSupport
import Foundation
import Testing

/// Issue 13's documents from the command line: attendance, the meeting record, the brief, the sign-in sheet's rows.
@Suite("convene attendance, record, brief and people --sign-in --blank-rows")
struct DocumentCommandTests {
    @Test("attendance in each format and language; JSON keys for scripts; the counts follow a sign-in")
    func attendance() throws {
        let convene = try Convene()
        try convene.ok("init")
        let text = try convene.ok("attendance", "--lang", "zh", "--width", "80")
        #expect(text.contains("  合计                18    16     1     1   88.9%"))
        #expect(text.contains("请假人员\n  - 罗晓雯 Luo Xiaowen（南沙移动）：因公，外出参加客户会议（虚构），梁永康批准\n"))
        #expect(text.contains("缺席人员\n  - 何振宇 He Zhenyu（通则康威）"))
        #expect(
            try convene.ok("attendance", "--format", "markdown", "--lang", "en").contains("| **Total** | 18 | 16 |"))
        #expect(try convene.ok("attendance", "--format", "html").contains("<table class=\"attendance\">"))
        #expect(try convene.ok("attendance", "--format", "csv", "--lang", "zh").contains("合计,18,16,1,1,88.9%"))
        let json = try convene.ok("attendance", "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["formatVersion"] as? Int == 1)
        let total = try #require(object["total"] as? [String: Any])
        #expect(total["expected"] as? Int == 18 && total["present"] as? Int == 16)
        #expect(total["excused"] as? Int == 1 && total["absent"] as? Int == 1)
        #expect(abs((total["rate"] as? Double ?? 0) - 0.8889) < 0.0001)
        let orgs = try #require(object["organisations"] as? [[String: Any]])
        #expect(orgs.count == 7 && orgs.allSatisfy { $0.keys.contains("rate") && $0["expected"] is Int })
        let leave = try #require((total["onLeave"] as? [[String: Any]])?.first)
        #expect(leave["name"] as? String == "罗晓雯" && leave["reason"] as? String == "official")
        #expect(leave["approvedByName"] as? String == "梁永康")

        try convene.ok("participant", "sign-in", "--person", "何振宇", "--at", "09:10")
        #expect(
            try convene.ok("attendance", "--lang", "en").contains(
                "  Total                   18       17        1       0  94.4%"))
    }

    @Test("bad options say what is wrong: a format the document does not come in, --blank-rows out of range or alone")
    func badOptions() throws {
        let convene = try Convene()
        try convene.ok("init")
        let ics = try convene("record", "--format", "ics")
        #expect(ics.status == 2 && ics.stderr.contains("ics"))
        let many = try convene("people", "--sign-in", "--blank-rows", "1000")
        #expect(many.status == 2 && many.stderr == "convene: --blank-rows must be between 0 and 100 (got 1000)\n")
        let zh = try convene("people", "--blank-rows", "2", "--lang", "zh")
        #expect(zh.status == 2 && zh.stderr == "convene：--blank-rows 只用于 --sign-in\n")
    }

    @Test("the meeting record and the brief, in both languages")
    func recordAndBrief() throws {
        let convene = try Convene()
        try convene.ok("init")
        let record = try convene.ok("record", "--lang", "zh", "--width", "100")
        for line in ["主持人    陈思远 Chen Siyuan、徐晓敏 Xu Xiaomin", "记录人    黄雅琪 Huang Yaqi", "列席      王浩然 Wang Haoran（数字出版）"]
        {
            #expect(record.contains(line), "\(line)")
        }
        #expect(record.contains("\n发言要点\n") && record.contains("\n决定\n"))
        #expect(
            try convene.ok("record", "--format", "html", "--lang", "en").contains("<h2>Key points of the speeches</h2>")
        )
        let brief = try convene.ok("brief", "--lang", "zh")
        #expect(brief.contains("陈思远带领全体党员"))
        #expect(
            try convene.ok("brief", "--format", "markdown", "--lang", "en").contains(
                "guided by the narrator 冯嘉欣 Feng Jiaxin"))
    }

    @Test("people --sign-in --blank-rows N: N numbered empty rows under each organisation (default 3, 0 for none)")
    func blankRows() throws {
        let convene = try Convene()
        try convene.ok("init")
        let rows = { (html: String) in html.components(separatedBy: "<tr class=\"blank\">").count - 1 }
        #expect(rows(try convene.ok("people", "--sign-in", "--format", "html")) == 7 * 3)
        #expect(rows(try convene.ok("people", "--sign-in", "--format", "html", "--blank-rows", "1")) == 7)
        let none = try convene.ok("people", "--sign-in", "--blank-rows", "0", "--width", "100", "--lang", "zh")
        #expect(!none.contains("  3     ____"))
        #expect(try convene.ok("people", "--sign-in", "--width", "100", "--lang", "zh").contains("  3     ____"))
    }

    /// A program on the PATH, if the machine has it.
    static func tool(_ names: String...) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in names {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }
    static let chromium = tool("chromium", "chromium-headless-shell", "chromium-browser")
    static let pdftotext = tool("pdftotext")

    @Test(
        "printed by Chromium, every page of the meeting record carries the date and its page number",
        .enabled(
            if: chromium != nil && pdftotext != nil, "needs headless Chromium and pdftotext (poppler-utils)"))
    func pagesInChromium() throws {
        let chromium = try #require(Self.chromium), pdftotext = try #require(Self.pdftotext)
        let convene = try Convene()
        try convene.ok("init")
        let page = convene.folder.file("record.html"), pdf = convene.folder.file("record.pdf")
        try convene.ok("record", "--format", "html", "--lang", "en").write(
            toFile: page, atomically: true, encoding: .utf8)
        let print = try Spawn.run(
            [
                chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--print-to-pdf=\(pdf)", "file://" + page,
            ], environment: ["HOME": convene.folder.path, "PATH": "/usr/bin:/bin"])
        #expect(print.status == 0, "\(print.stderr)")
        let text = try Spawn.run([pdftotext, "-layout", pdf, "-"], environment: ["PATH": "/usr/bin:/bin"])
        let pages = text.stdout.components(separatedBy: "\u{0C}").filter {
            !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
        #expect(pages.count >= 2, "the record of the sample takes more than a page")
        for (n, one) in pages.enumerated() {
            #expect(one.contains("2023-06-16 Friday"), "page \(n + 1)")
            #expect(one.contains("Page \(n + 1) of \(pages.count)"), "page \(n + 1): \(one)")
        }
    }
}
