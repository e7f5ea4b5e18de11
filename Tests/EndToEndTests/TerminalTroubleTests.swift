import BookGenerator
import ConveneTestSupport
import Foundation
import Testing

/// The planner when the terminal misbehaves: hang-ups, resize storms, tiny and dumb terminals, and a failing disk.
@Suite("Terminal trouble", .serialized)
struct TerminalTroubleTests {
    @Test("a hang-up keeps the unsaved edit in the 0600 journal, offered and replayed on the next start")
    func hangupJournal() throws {
        let tmux = try TmuxPlanner()
        defer { tmux.close() }
        try tmux.waitFor("1 Overview")
        tmux.keys("2", "a")
        try tmux.waitFor("New agenda item")
        tmux.literal("断线前的议程")
        tmux.keys("C-s")
        try tmux.waitFor("断线前的议程")
        let journals = tmux.journals()
        #expect(journals.count == 1, "one journal while the planner runs: \(journals)")
        #expect(journals.allSatisfy { mode(tmux.folder + "/convene/" + $0) == 0o600 })
        let pid = try #require(tmux.plannerPID())
        kill(pid, SIGHUP)
        try tmux.waitFor("EXITED 0")
        #expect(!(try tmux.convene(["agenda"])).contains("断线前的议程"))
        #expect(tmux.journals() == journals, "the journal outlives the hang-up")

        tmux.restart()
        try tmux.waitFor("did not close: its journal holds 1 edit since")
        #expect(tmux.capture().contains("as it is now"))
        tmux.keys("y")
        try tmux.waitFor("Replayed 1 edit from the journal")
        tmux.keys("2")
        try tmux.waitFor("断线前的议程")
        tmux.keys("s")
        try tmux.waitFor("Saved plan.json")
        #expect(tmux.journals().isEmpty, "a save folds the journal into the plan")
        tmux.keys("q")
        try tmux.waitFor("EXITED 0")
        #expect(try tmux.convene(["agenda"]).contains("断线前的议程"))
        print("hang-up with 1 unsaved edit: journal (0600) kept, offered, replayed, saved; no journal left")
    }

    @Test("SIGKILL after three edits and an undo: the next start replays them, and the saved file has them")
    func killedJournal() throws {
        let tmux = try TmuxPlanner()
        defer { tmux.close() }
        try tmux.waitFor("1 Overview")
        tmux.keys("4", "a")
        try tmux.waitFor("New organisation")
        tmux.literal("被杀前的单位")
        tmux.keys("C-s")
        try tmux.waitFor("被杀前的单位")
        tmux.keys("2", "a")
        try tmux.waitFor("New agenda item")
        tmux.literal("被杀前的议程")
        tmux.keys("C-s")
        try tmux.waitFor("被杀前的议程")
        tmux.keys("a")
        try tmux.waitFor("New agenda item")
        tmux.literal("撤销的议程")
        tmux.keys("C-s")
        try tmux.waitFor("撤销的议程")
        tmux.keys("u")
        try tmux.waitFor("Undid")
        let pid = try #require(tmux.plannerPID())
        kill(pid, SIGKILL)
        try tmux.waitFor("EXITED 137")

        tmux.restart()
        try tmux.waitFor("its journal holds 3 edits since")
        tmux.keys("y")
        try tmux.waitFor("Replayed 3 edits from the journal")
        tmux.keys("2")
        try tmux.waitFor("被杀前的议程")
        #expect(!tmux.capture().contains("撤销的议程"), "the undo was replayed too")
        tmux.keys("C-r")
        try tmux.waitFor("撤销的议程")
        tmux.keys("u")
        try tmux.waitFor("Undid")
        tmux.keys("s")
        try tmux.waitFor("Saved plan.json")
        tmux.keys("q")
        try tmux.waitFor("EXITED 0")
        let agenda = try tmux.convene(["agenda"])
        #expect(agenda.contains("被杀前的议程"))
        #expect(!agenda.contains("撤销的议程"))
        #expect(try tmux.convene(["orgs"]).contains("被杀前的单位"))
        #expect(tmux.journals().isEmpty)
        print("SIGKILL after 3 edits + undo: replayed with undo and redo intact, saved, journal gone")
    }

    @Test("the plan changed on the command line after the crash: edits that apply go on top, the others are listed")
    func journalOnChangedFile() throws {
        let tmux = try TmuxPlanner()
        defer { tmux.close() }
        try tmux.waitFor("1 Overview")
        // Two edits: retitle the discussion, and add a person to the roster.
        tmux.keys("2", "G", "k", "k", "e")
        try tmux.waitFor("Edit agenda item")
        tmux.keys("C-e", "C-u")
        tmux.literal("自由交流")
        tmux.keys("C-s")
        try tmux.waitFor("自由交流")
        tmux.keys("4", "Tab", "a")
        try tmux.waitFor("New person")
        tmux.literal("后来的人")
        tmux.keys("C-s")
        try tmux.waitFor("后来的人")
        let pid = try #require(tmux.plannerPID())
        kill(pid, SIGKILL)
        try tmux.waitFor("EXITED 137")
        // Meanwhile on the command line: the discussion is removed, a venue note is added.
        let items = try tmux.convene(["agenda", "--format", "json"])
        #expect(items.contains("互动交流"))
        _ = try tmux.convene(["item", "remove", "--item", "互动交流"])
        _ = try tmux.convene(["venue", "edit", "--venue", "冼星海故乡纪念馆", "--notes", "命令行的备注"])

        tmux.restart()
        try tmux.waitFor("its journal holds 2 edits since")
        #expect(tmux.capture().contains("file changed since"))
        tmux.keys("y")
        try tmux.waitFor("Replayed 1 edit from the journal")
        #expect(tmux.capture().contains("1 no longer applies: edit item 自由交流"))
        tmux.keys("s")
        try tmux.waitFor("Saved plan.json")
        tmux.keys("q")
        try tmux.waitFor("EXITED 0")
        #expect(try tmux.convene(["roster"]).contains("后来的人"))
        #expect(!(try tmux.convene(["agenda"])).contains("自由交流"))
        #expect(try tmux.convene(["venues"]).contains("冼星海故乡纪念馆"))
        print(
            "changed underneath: 1 journaled edit applied on top of the command line's, 1 listed as no longer applying")
    }

    @Test("n sets the journal aside under the name the question gives, and deletes nothing")
    func journalSetAside() throws {
        let tmux = try TmuxPlanner()
        defer { tmux.close() }
        try tmux.waitFor("1 Overview")
        tmux.keys("3", "Space")
        try tmux.waitFor("→")
        let pid = try #require(tmux.plannerPID())
        kill(pid, SIGKILL)
        try tmux.waitFor("EXITED 137")
        tmux.restart()
        try tmux.waitFor("plan.json.journal-")
        tmux.keys("n")
        try tmux.waitFor("The journal was set aside as")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: tmux.folder + "/convene")) ?? []
        #expect(names.contains { $0.hasPrefix("plan.json.journal-") })
        #expect(tmux.journals().isEmpty)
        tmux.keys("q")
        try tmux.waitFor("EXITED 0")
        tmux.restart()
        try tmux.waitFor("1 Overview")
        #expect(!tmux.capture().contains("did not close"))
    }

    @Test("a damaged journal is not replayed: it is kept under another name and the planner says so")
    func damagedJournal() throws {
        let tmux = try TmuxPlanner()
        defer { tmux.close() }
        try tmux.waitFor("1 Overview")
        tmux.keys("3", "Space")
        try tmux.waitFor("→")
        tmux.keys("Space")
        try tmux.waitFor("→")
        let pid = try #require(tmux.plannerPID())
        kill(pid, SIGKILL)
        try tmux.waitFor("EXITED 137")
        let name = try #require(tmux.journals().first)
        let path = tmux.folder + "/convene/" + name
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[1] = "{ damaged"
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: false, encoding: .utf8)
        tmux.restart()
        try tmux.waitFor("journal is damaged (line 2 cannot be read)")
        #expect(tmux.journals().isEmpty)
        let kept = (try? FileManager.default.contentsOfDirectory(atPath: tmux.folder + "/convene")) ?? []
        #expect(kept.contains { $0.hasPrefix("plan.json.journal-") })
    }

    @Test("two planners on one plan keep two journals")
    func twoPlannersTwoJournals() throws {
        let first = try TmuxPlanner()
        defer { first.close() }
        try first.waitFor("1 Overview")
        let second = try TmuxPlanner(sharing: first)
        defer { second.close(keepFolder: true) }
        try second.waitFor("1 Overview")
        first.keys("3", "Space")
        second.keys("3", "j", "Space")
        try first.waitFor("→")
        try second.waitFor("→")
        #expect(first.journals().count == 2)
        first.keys("q", "n")
        try first.waitFor("EXITED 0")
        #expect(first.journals().count == 1, "quitting without saving ends only that planner's journal")
        second.keys("q", "n")
        try second.waitFor("EXITED 0")
        #expect(first.journals().isEmpty)
    }

    @Test(
        "a trap or fatal signal in the planner restores the terminal before the process dies",
        arguments: [SIGILL, SIGTRAP, SIGSEGV, SIGABRT])
    func fatalSignalRestoresTerminal(signal: Int32) throws {
        let tmux = try TmuxPlanner(start: false)
        defer { tmux.close() }
        // After the planner: is the terminal in canonical mode with echo again, and out of the alternate screen?
        // Swift's backtracer runs after our handler; not interactive, so the test does not wait for its prompt.
        let command = tmux.plannerCommand.replacingOccurrences(
            of: "TZ=UTC '", with: "TZ=UTC SWIFT_BACKTRACE=interactive=no '"
        )
        .replacingOccurrences(
            of: "echo EXITED $?;",
            with:
                "echo EXITED $?; stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo -e -icanon -e -echo | tr '\\n' ' '; echo;"
        )
        tmux.start(command)
        try tmux.waitFor("1 Overview")
        tmux.keys("3", "Space")
        try tmux.waitFor("→")
        let pid = try #require(tmux.plannerPID())
        kill(pid, signal)
        try tmux.waitFor("EXITED \(128 + signal)")
        try tmux.waitFor("icanon echo")
        let alternate = try TmuxPlanner.tmux(["display", "-p", "-t", tmux.session, "#{alternate_on}"])
        #expect(alternate.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
        #expect(tmux.journals().count == 1, "the edit before the crash is in the journal")
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

    @Test("save-as expands ~ and asks before replacing an existing file; n keeps the file, y replaces it")
    func saveAsAsksBeforeReplacing() throws {
        let tmux = try TmuxPlanner(start: false)
        defer { tmux.close() }
        tmux.start(tmux.plannerCommand.replacingOccurrences(of: "TZ=UTC '", with: "TZ=UTC HOME='\(tmux.folder)' '"))
        try tmux.waitFor("1 Overview")
        let other = tmux.folder + "/other.json"
        try Data("not mine to lose\n".utf8).write(to: URL(fileURLWithPath: other))
        tmux.keys("3", "Space")
        try tmux.waitFor("→")
        for answer in ["n", "y"] {
            tmux.keys("S")
            try tmux.waitFor("Save as")
            tmux.keys("C-u")
            tmux.literal("~/other.json")
            tmux.keys("Enter")
            try tmux.waitFor("exists. Replace it with this plan?")
            tmux.keys(answer)
            if answer == "n" {
                usleep(300_000)
                #expect(try String(contentsOfFile: other, encoding: .utf8) == "not mine to lose\n")
            }
        }
        try tmux.waitFor("Saved as \(other)")
        #expect(try tmux.convene(["agenda", "--file", other]).contains("重温入党誓词"))
        #expect(!FileManager.default.fileExists(atPath: tmux.folder + "/~"), "no folder named ~")
    }
}
