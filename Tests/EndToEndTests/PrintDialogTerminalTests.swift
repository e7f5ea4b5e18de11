import ConveneTestSupport
import Foundation
import Testing

/// `P` in the real planner, in tmux: the dialog writes the printout, names it, and the file is what it says.
@Suite("Print dialog in tmux", .serialized)
struct PrintDialogTerminalTests {
    static let name = "2023-06-16-党建强堡垒-促发展-联建交流活动"

    /// Headless Chromium, when the machine has it (`which chromium chromium-headless-shell`): the written page is
    /// also printed to PDF.
    static let chromium: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-headless-shell", "chromium-browser"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }()

    @Test("P then Enter writes the agenda as a printable HTML page in the planner's language and names the file")
    func agendaPage() throws {
        let tmux = try TmuxPlanner()
        defer { tmux.close() }
        // Wide enough for the temp folder's long path on one line.
        tmux.resize(width: 160, height: 30)
        try tmux.waitFor("1 Overview")
        tmux.keys("P")
        try tmux.waitFor("Print or export")
        try tmux.waitFor("‹ the agenda ›")
        tmux.keys("Enter")
        let path = tmux.folder + "/convene/\(Self.name).html"
        try tmux.waitFor("Wrote the agenda: \(path)")
        let page = try String(contentsOfFile: path, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.contains("<title>党建强堡垒 促发展 联建交流活动</title>"))
        #expect(page.contains("<h2>Agenda</h2>"))
        for item in ["重温入党誓词", "参观冼星海故乡纪念馆", "党建座谈会", "互动交流"] {
            #expect(page.contains(item), "the item \(item)")
        }
        #expect(page.contains("@page { size: A4"), "printable")
    }

    @Test("a Chinese planner writes the Chinese page; P, Enter again asks before replacing; the sign-in sheet is 0600")
    func chinesePlanner() throws {
        let tmux = try TmuxPlanner(start: false)
        defer { tmux.close() }
        tmux.start(
            "cd '\(tmux.folder)' && XDG_DATA_HOME='\(tmux.folder)' HOME='\(tmux.folder)' LC_ALL= LC_MESSAGES= LANG=zh_CN.UTF-8 LC_CTYPE=C.UTF-8 TZ=UTC "
                + "'\(tmux.binary)'; echo EXITED $?; sleep 60")
        try tmux.waitFor("电子信息行业协会")
        tmux.keys("P")
        try tmux.waitFor("打印或导出")
        tmux.keys("Enter")
        try tmux.waitFor("已写入议程：")
        let path = tmux.folder + "/convene/\(Self.name).html"
        let page = try String(contentsOfFile: path, encoding: .utf8)
        #expect(page.contains("<html lang=\"zh-CN\">"))
        #expect(page.contains("<h2>议程</h2>"))
        #expect(page.contains("党建座谈会"))

        // The same again: the file exists, so the planner asks; y replaces it.
        tmux.keys("P")
        try tmux.waitFor("打印或导出")
        tmux.keys("Enter")
        try tmux.waitFor("已存在")
        tmux.keys("y")
        try tmux.waitFor("已写入议程：")

        // The sign-in sheet, to a file under ~ (HOME is the temp folder): up to "what", two choices on, back down past
        // its blank rows to the file, a name of one's own, accept. Personal data: 0600.
        tmux.keys("P")
        try tmux.waitFor("打印或导出")
        tmux.keys("Up", "Up", "Up", "Right", "Right")
        try tmux.waitFor("‹ 签到表 ›")
        try tmux.waitFor("空行")
        tmux.keys("Down", "Down", "Down", "Down")
        tmux.literal("~/签到表.html")
        tmux.keys("Enter")
        try tmux.waitFor("已写入签到表：")
        try tmux.waitFor("签到表.html")
        let sheet = tmux.folder + "/签到表.html"
        #expect(mode(sheet) == 0o600)
        #expect(try String(contentsOfFile: sheet, encoding: .utf8).contains("<html lang=\"zh-CN\">"))
    }

    @Test(
        "the written agenda page prints to PDF in headless Chromium",
        .enabled(if: chromium != nil, "needs headless Chromium (chromium or chromium-headless-shell)"))
    func printsToPDF() throws {
        let chromium = try #require(Self.chromium)
        let tmux = try TmuxPlanner()
        defer { tmux.close() }
        try tmux.waitFor("1 Overview")
        tmux.keys("P")
        try tmux.waitFor("Print or export")
        tmux.keys("Enter")
        try tmux.waitFor("Wrote the agenda:")
        let page = tmux.folder + "/convene/\(Self.name).html"
        let pdf = tmux.folder + "/agenda.pdf"
        let run = try Spawn.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--print-to-pdf=\(pdf)", "file://" + page],
            environment: ["HOME": tmux.folder, "PATH": "/usr/bin:/bin"])
        #expect(run.status == 0, "\(run.stderr)")
        let head = try #require(FileManager.default.contents(atPath: pdf))
        #expect(head.prefix(5) == Data("%PDF-".utf8))
    }
}
