import BookGenerator
import ConveneTestSupport
import Foundation
import Testing

/// The planner when the terminal misbehaves: hang-ups, resize storms, tiny and dumb terminals, and a failing disk.
@Suite("Terminal trouble", .serialized)
struct TerminalTroubleTests {
    @Test("closing the terminal with unsaved changes keeps them in a 0600 recovery file, offered on the next start")
    func hangupRecovery() throws {
        let tmux = try TmuxPlanner()
        defer { tmux.close() }
        try tmux.waitFor("1 Overview")
        tmux.keys("2", "a")
        try tmux.waitFor("New agenda item")
        tmux.literal("断线前的议程")
        tmux.keys("C-s")
        try tmux.waitFor("断线前的议程")
        let pid = try #require(tmux.plannerPID())
        kill(pid, SIGHUP)
        try tmux.waitFor("EXITED 0")
        let recovery = tmux.folder + "/convene/plan.json.recovery"
        #expect(FileManager.default.fileExists(atPath: recovery))
        #expect(mode(recovery) == 0o600)
        #expect(!(try tmux.convene(["agenda"])).contains("断线前的议程"))
        print("hang-up with 1 unsaved edit: recovery file written (mode 0600), plan file unchanged")

        tmux.restart()
        try tmux.waitFor("Restore it?")
        tmux.keys("y")
        try tmux.waitFor("Restored the unsaved work")
        tmux.keys("2")
        try tmux.waitFor("断线前的议程")
        #expect(tmux.capture().contains("[+] plan.json"))
        tmux.keys("s")
        try tmux.waitFor("Saved plan.json")
        tmux.keys("q")
        try tmux.waitFor("EXITED 0")
        #expect(try tmux.convene(["agenda"]).contains("断线前的议程"))
        #expect(!FileManager.default.fileExists(atPath: recovery))
        print("next start: recovery offered, restored, saved; recovery file removed")
    }

    @Test("a resize storm down to 1×1 and back leaves a working planner")
    func resizeStorm() throws {
        let tmux = try TmuxPlanner()
        defer { tmux.close() }
        try tmux.waitFor("1 Overview")
        var generator = SplitMix64(seed: 42)
        let sizes =
            (0..<60).map { _ in (Int(generator.next() % 120) + 1, Int(generator.next() % 40) + 1) } + [
                (1, 1), (2, 1), (1, 3),
            ]
        for (w, h) in sizes { tmux.resize(width: w, height: h) }
        tmux.resize(width: 100, height: 30)
        try tmux.waitFor("1 Overview")
        tmux.keys("3")
        try tmux.waitFor("徐晓敏")
        #expect(tmux.plannerPID() != nil)
        print("resize storm: \(sizes.count) sizes including 1×1, planner alive and drawing at 100×30 afterwards")
    }

    @Test("TERM=dumb or unknown: a clear message pointing to the commands, exit 2")
    func dumbTerminal() throws {
        let tmux = try TmuxPlanner(start: false)
        defer { tmux.close() }
        for term in ["dumb", "no-such-terminal-xyz"] {
            let command =
                "cd '\(tmux.folder)' && XDG_DATA_HOME='\(tmux.folder)' TERM=\(term) '\(tmux.binary)' 2> out.txt; echo EXITED $? >> out.txt; sleep 30"
            tmux.start(command)
            let out = tmux.folder + "/out.txt"
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline, !((try? String(contentsOfFile: out, encoding: .utf8))?.contains("EXITED") ?? false)
            { usleep(50_000) }
            let text = try String(contentsOfFile: out, encoding: .utf8)
            #expect(text.contains("EXITED 2"), "TERM=\(term): \(text)")
            #expect(text.contains("convene agenda"), "TERM=\(term): \(text)")
            #expect(!text.contains("\u{1B}["), "TERM=\(term) printed escape sequences")
            tmux.close(keepFolder: true)
        }
    }

    @Test("a save that fails keeps the edits, and save-as writes them elsewhere")
    func saveFailsThenSaveAs() throws {
        let tmux = try TmuxPlanner()
        defer { tmux.close() }
        try tmux.waitFor("1 Overview")
        let plan = tmux.folder + "/convene/plan.json"
        let before = try Data(contentsOf: URL(fileURLWithPath: plan))
        // Make the plan's path unwritable even for root: replace the folder's lock file with a folder.
        let lock = tmux.folder + "/convene/plan.json.lock"
        try? FileManager.default.removeItem(atPath: lock)
        try FileManager.default.createDirectory(atPath: lock, withIntermediateDirectories: false)
        tmux.keys("2", "a")
        try tmux.waitFor("New agenda item")
        tmux.literal("保存失败也不丢")
        tmux.keys("C-s")
        try tmux.waitFor("保存失败也不丢")
        tmux.keys("s")
        try tmux.waitFor("Not saved")
        #expect(tmux.capture().contains("[+] plan.json"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: plan)) == before)
        tmux.keys("S")
        try tmux.waitFor("Save as")
        tmux.keys("C-u")
        tmux.literal(tmux.folder + "/elsewhere.json")
        tmux.keys("Enter")
        try tmux.waitFor("Saved as")
        #expect(try Data(contentsOf: URL(fileURLWithPath: plan)) == before)
        let saved = try tmux.convene(["agenda", "--file", tmux.folder + "/elsewhere.json"])
        #expect(saved.contains("保存失败也不丢"))
        #expect(mode(tmux.folder + "/elsewhere.json") == 0o600)
        print("failed save: old file byte-identical, edits kept; save-as wrote them to another file (0600)")
    }
}
