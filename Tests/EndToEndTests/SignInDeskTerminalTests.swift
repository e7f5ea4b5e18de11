import ConveneTestSupport
import Foundation
import Testing

/// The sign-in desk in the real planner, in tmux, in Chinese: pinyin initials find the arrival, Enter signs them in
/// by the system clock, and the counts on screen change.
@Suite("Sign-in desk in tmux", .serialized)
struct SignInDeskTerminalTests {
    @Test("I, then hzy and Enter: 何振宇 is signed in and 实到 goes from 16 to 17; the file keeps it after s")
    func signInByInitials() throws {
        let tmux = try TmuxPlanner(start: false)
        defer { tmux.close() }
        tmux.start(
            "cd '\(tmux.folder)' && XDG_DATA_HOME='\(tmux.folder)' LC_ALL= LC_MESSAGES= LANG=zh_CN.UTF-8 LC_CTYPE=C.UTF-8 TZ=UTC "
                + "'\(tmux.binary)'; echo EXITED $?; sleep 60")
        try tmux.waitFor("电子信息行业协会")
        tmux.keys("3")
        try tmux.waitFor("19 名参加人员")
        tmux.keys("I")
        try tmux.waitFor("签到台 · 应到 18 · 实到 16 · 请假 1 · 缺席 1")
        tmux.literal("hzy")
        try tmux.waitFor("姓名、拼音或首字母：hzy")
        tmux.keys("Enter")
        try tmux.waitFor("签到台 · 应到 18 · 实到 17 · 请假 1 · 缺席 0")
        try tmux.waitFor("何振宇 ")
        #expect(tmux.capture().contains("签到 · 应到 18 · 实到 17"))
        tmux.literal("hzy")
        tmux.keys("Enter")
        try tmux.waitFor("何振宇 已于")
        tmux.keys("Escape", "s")
        try tmux.waitFor("已保存")
        // The plan file holds the sign-in.
        let data = try Data(contentsOf: URL(fileURLWithPath: tmux.folder + "/convene/plan.json"))
        let plan = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let events = try #require(plan["events"] as? [[String: Any]])
        let participants = try #require(events.first?["participants"] as? [[String: Any]])
        let he = try #require(participants.first { $0["person"] as? String == "p15" })
        #expect(he["attendance"] as? String == "signed-in")
        #expect((he["at"] as? String)?.count == 5)
    }
}
