import ConveneTestSupport
import Foundation
import Testing

/// Drives the real `convene` binary in a tmux terminal, as a user would, and reads the screen back.
@Suite("Terminal planner in tmux", .serialized)
struct TerminalPlannerTests {
    @Test("plan in the TUI: every view, a Chinese item, a speaker by pinyin, undo/redo, save, resize, quit prompt")
    func planInTheTerminal() throws {
        let tmux = try TmuxPlanner()
        defer { tmux.close() }

        try tmux.waitFor("1 Overview")
        try tmux.waitFor("电子信息行业协会")
        let checks: [(String, String)] = [
            ("2", "Title / people"), ("3", "Latin"), ("4", "Organisations (Space invites)"),
            ("5", "会议室"), ("6", "Severity"), ("1", "Conf."),
        ]
        for (key, expected) in checks {
            tmux.keys(key)
            try tmux.waitFor(expected)
        }

        // A new agenda item titled in Chinese.
        tmux.keys("2", "a")
        try tmux.waitFor("New agenda item")
        tmux.literal("参观学习交流")
        try tmux.waitFor("参观学习交流")
        tmux.keys("C-s")
        // The kind column is as wide as its widest cell ("  oath leader"), so the title starts at cell 29.
        try tmux.waitFor("12:00–12:30  Other          参观学习交流")

        // Assign a host through the pick-list, found by pinyin initials.
        tmux.keys("p")
        try tmux.waitFor("Part in '参观学习交流'")
        tmux.keys("Enter")
        try tmux.waitFor("Choose a person")
        tmux.literal("xxm")
        try tmux.waitFor("1 of 19")
        tmux.keys("Enter")
        try tmux.waitFor("徐晓敏 Xu Xiaomin  ▾")
        tmux.keys("C-s")
        try tmux.waitFor("Assign host")
        let screen = tmux.capture()
        #expect(screen.contains("host           徐晓敏 Xu Xiaomin"))
        #expect(screen.contains("[+] plan.json"))

        tmux.keys("u")
        try tmux.waitFor("Undid: assign host")
        tmux.keys("C-r")
        try tmux.waitFor("Redid: assign host")
        tmux.keys("s")
        try tmux.waitFor("Saved plan.json")
        #expect(!tmux.capture().contains("[+]"))

        // Too small, then back.
        tmux.resize(width: 40, height: 10)
        try tmux.waitFor("Terminal too small (40×10)")
        tmux.resize(width: 100, height: 30)
        try tmux.waitFor("1 Overview")

        // An unsaved change, then quit: the planner asks; answer "no" to throw it away.
        tmux.keys("a")
        try tmux.waitFor("New agenda item")
        tmux.literal("不要保存")
        tmux.keys("C-s")
        try tmux.waitFor("不要保存")
        tmux.keys("q")
        try tmux.waitFor("Save changes to plan.json before quitting?")
        tmux.keys("n")
        try tmux.waitFor("EXITED 0")

        // Read the result back through the command line.
        let json = try tmux.convene(["agenda", "--format", "json"])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let items = try #require(doc["items"] as? [[String: Any]])
        #expect(items.count == 5)
        let added = try #require(items.first { $0["title"] as? String == "参观学习交流" })
        #expect(added["start"] as? String == "2023-06-16T12:00:00+08:00")
        #expect(added["end"] as? String == "2023-06-16T12:30:00+08:00")
        let people = try #require(added["people"] as? [[String: Any]])
        #expect(people.first?["name"] as? String == "徐晓敏")
        #expect(people.first?["part"] as? String == "host")
        #expect(!json.contains("不要保存"))
    }

    @Test("not a terminal: a clear message and exit code 2")
    func notATerminal() throws {
        let tmux = try TmuxPlanner(start: false)
        defer { tmux.close() }
        let result = try tmux.run(["--file", tmux.folder + "/x.json"], initFirst: true)
        #expect(result.status == 2)
        #expect(result.stderr.contains("must be a terminal"))
        #expect(result.stderr.contains("convene agenda"))
        #expect(!result.stderr.contains("convene: convene:"))
    }
}

/// One tmux session running the planner on a fresh plan in a temp folder.
final class TmuxPlanner {
    let folder: String
    let session: String
    let binary: String

    init(start: Bool = true, sharing other: TmuxPlanner? = nil) throws {
        folder = other?.folder ?? NSTemporaryDirectory() + "convene-tui-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        session = "convene-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        binary = try conveneBinary().path
        if start { restart() }
    }

    /// The planner's command line in the session: the plan under XDG_DATA_HOME = the temp folder.
    var plannerCommand: String {
        "cd '\(folder)' && XDG_DATA_HOME='\(folder)' LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=UTC '\(binary)'; echo EXITED $?; sleep 60"
    }

    /// (Re)starts the planner in a fresh session of the same name.
    func restart() { start(plannerCommand) }

    /// Runs `command` in the session's pane: a fresh session the first time, the same pane after that.
    ///
    /// Restarting respawns the pane instead of killing the session: killing the tmux server's last session makes
    /// the server exit, and a `new-session` racing that exit fails (CI saw a blank pane for 15 s). Each step is
    /// retried until the pane runs the command.
    func start(_ command: String) {
        for attempt in 0..<5 {
            if attempt > 0 { usleep(200_000) }
            let exists = (try? Spawn.run(["/usr/bin/env", "tmux", "has-session", "-t", session]).status) == 0
            let result: Run?
            if exists {
                result = try? Spawn.run(["/usr/bin/env", "tmux", "respawn-pane", "-k", "-t", session, command])
            } else {
                result = try? Spawn.run([
                    "/usr/bin/env", "tmux", "new-session", "-d", "-s", session, "-x", "100", "-y", "30", command,
                ])
            }
            guard result?.status == 0 else { continue }
            _ = try? TmuxPlanner.tmux(["set-option", "-t", session, "window-size", "manual"])
            return
        }
    }

    /// The pid of the convene process running in the session, if it runs.
    func plannerPID() -> pid_t? {
        guard
            let shell = Int32(
                (try? TmuxPlanner.tmux(["display", "-p", "-t", session, "#{pane_pid}"]))?
                    .trimmingCharacters(in: .whitespacesAndNewlines) ?? "")
        else { return nil }
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        for child in children.split(separator: " ").compactMap({ Int32($0) }) {
            let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(child)/exe")) ?? ""
            if exe.hasSuffix("/convene") { return child }
        }
        return nil
    }

    /// The journals of live or dead planners beside the session's plan.
    func journals() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/convene")) ?? [])
            .filter { $0.hasPrefix(".plan.json.") && $0.hasSuffix(".journal") }.sorted()
    }

    func close(keepFolder: Bool = false) {
        _ = try? TmuxPlanner.tmux(["kill-session", "-t", session])
        if !keepFolder { try? FileManager.default.removeItem(atPath: folder) }
    }

    func keys(_ keys: String...) {
        for key in keys {
            _ = try? TmuxPlanner.tmux(["send-keys", "-t", session, key])
            usleep(50_000)
        }
    }

    func literal(_ text: String) {
        _ = try? TmuxPlanner.tmux(["send-keys", "-t", session, "-l", text])
        usleep(50_000)
    }

    func resize(width: Int, height: Int) {
        _ = try? TmuxPlanner.tmux(["resize-window", "-t", session, "-x", String(width), "-y", String(height)])
    }

    func capture() -> String { (try? TmuxPlanner.tmux(["capture-pane", "-p", "-t", session])) ?? "" }

    struct Timeout: Error, CustomStringConvertible {
        let description: String
    }

    func waitFor(_ text: String, seconds: Double = 15) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if capture().contains(text) { return }
            usleep(50_000)
        }
        throw Timeout(description: "'\(text)' never appeared; the screen was:\n\(capture())")
    }

    /// Runs `convene` with the session's plan (XDG_DATA_HOME = the temp folder).
    func convene(_ args: [String]) throws -> String {
        let result = try run(args, initFirst: false)
        guard result.status == 0 else { throw Timeout(description: "convene \(args) failed: \(result.stderr)") }
        return result.stdout
    }

    func run(_ args: [String], initFirst: Bool) throws -> Run {
        let env = [
            "XDG_DATA_HOME": folder, "LANG": "C.UTF-8", "TZ": "UTC", "HOME": folder, "PATH": "/usr/bin:/bin",
            "TERM": "xterm",
        ]
        if initFirst, let file = args.firstIndex(of: "--file").map({ args[$0 + 1] }) {
            _ = try Spawn.run([binary, "init", "--file", file], environment: env)
        }
        return try Spawn.run([binary] + args, environment: env)
    }

    /// Runs tmux and returns what it printed. Never through Foundation's `Process`: see `Spawn`.
    @discardableResult
    static func tmux(_ args: [String]) throws -> String {
        try Spawn.run(["/usr/bin/env", "tmux"] + args).stdout
    }
}
