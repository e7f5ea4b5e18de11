import BookGenerator
import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore
import Testing

/// The planner remembers what the plan file held when it opened it (a fingerprint, worked out on another core;
/// a plan of a megabyte or more is read through a mapping) and asks before overwriting another program's change.
@Suite("Terminal planner: another program changes the plan while it is open", .serialized)
struct ChangedUnderneathTests {
    @Test("saving over another program's change asks first; o overwrites", arguments: [false, true])
    func asksBeforeOverwriting(big: Bool) throws {
        let tmux = try TmuxPlanner(start: false)
        defer { tmux.close() }
        let store = PlanStore(path: tmux.folder + "/convene/plan.json")
        let book =
            big
            ? BookGenerator(organisations: 20, people: 2_000, events: 60, itemsPerEvent: 6, seed: 3).make()
            : SampleBook.make()
        try store.save(book)
        let size = try store.readBytes().count
        #expect(big ? size >= 1 << 20 : size < 1 << 20, "the big plan is mapped, the small one read")

        tmux.restart()
        try tmux.waitFor("1 Overview")
        usleep(500_000)

        // Another program changes the file in place, keeping its size: only the contents tell.
        var bytes = try store.readBytes()
        // An item's length, one digit up or down: still a valid plan.
        let at = try #require(bytes.range(of: Data("\"minutes\" : ".utf8))).upperBound
        bytes[at] = bytes[at] == UInt8(ascii: "1") ? UInt8(ascii: "2") : bytes[at] - 1
        let handle = try #require(FileHandle(forWritingAtPath: store.path))
        try handle.write(contentsOf: bytes)
        try handle.close()

        tmux.keys("2", "a")
        try tmux.waitFor("New agenda item")
        tmux.literal("外部修改之后")
        tmux.keys("C-s")
        try tmux.waitFor("外部修改之后")
        tmux.keys("s")
        try tmux.waitFor("changed on disk since you opened it")
        try tmux.waitFor("1 agenda item changed")
        #expect(try store.readBytes() == bytes, "the other program's version is still there")
        tmux.keys("o")
        try tmux.waitFor("Saved plan.json")
        #expect(try store.load().events.contains { $0.items.contains { $0.title == "外部修改之后" } })
    }

    @Test("an unchanged file saves without asking, the first time and after a save")
    func unchanged() throws {
        let tmux = try TmuxPlanner(start: false)
        defer { tmux.close() }
        let store = PlanStore(path: tmux.folder + "/convene/plan.json")
        try store.save(BookGenerator(organisations: 20, people: 2_000, events: 60, itemsPerEvent: 6, seed: 4).make())
        tmux.restart()
        try tmux.waitFor("1 Overview")
        for title in ["第一次", "第二次"] {
            tmux.keys("2", "a")
            try tmux.waitFor("New agenda item")
            tmux.literal(title)
            tmux.keys("C-s")
            try tmux.waitFor(title)
            tmux.keys("s")
            try tmux.waitFor("Saved plan.json")
            #expect(!tmux.capture().contains("changed on disk"))
        }
    }

    @Test("r reloads the other program's version and reapplies the planner's edits on top; s saves both")
    func reloadAndReapply() throws {
        let tmux = try TmuxPlanner(start: false)
        defer { tmux.close() }
        let store = PlanStore(path: tmux.folder + "/convene/plan.json")
        try store.save(SampleBook.make())
        tmux.restart()
        try tmux.waitFor("1 Overview")
        tmux.keys("2", "a")
        try tmux.waitFor("New agenda item")
        tmux.literal("规划器的议程")
        tmux.keys("C-s")
        try tmux.waitFor("规划器的议程")
        // Meanwhile, on the command line: a person added.
        _ = try tmux.run(["person", "add", "--name", "命令行的人", "--org", "o2", "--politics", "masses"], initFirst: false)
        tmux.keys("s")
        try tmux.waitFor("1 person added (命令行的人)")
        tmux.keys("r")
        try tmux.waitFor("Reloaded plan.json and reapplied 1 edit on top")
        tmux.keys("s")
        try tmux.waitFor("Saved plan.json")
        let book = try store.load()
        #expect(book.people.contains { $0.name == "命令行的人" })
        #expect(book.events[0].items.contains { $0.title == "规划器的议程" })
        tmux.keys("q")
        try tmux.waitFor("EXITED 0")
        #expect(tmux.journals().isEmpty)
    }
}
