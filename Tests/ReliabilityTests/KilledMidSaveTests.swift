import BookGenerator
import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Killed mid-save", .serialized)
struct KilledMidSaveTests {
    /// Rule for temp files: a killed writer may leave `.plan.json.<pid>.tmp` (or `plan.json.bak.tmp`); the next
    /// successful save removes temp files of dead processes (and any older than ten minutes), so none accumulate.
    @Test(
        "SIGKILL at a random moment of `person add`: the plan always loads as the state before or after",
        .timeLimit(.minutes(8)))
    func killLoop() throws {
        let binary = try convenePath()
        let folder = TempFolder()
        let path = folder.file("plan.json")
        let store = PlanStore(path: path)
        try store.save(realisticBook(extraPeople: 2_000))
        let size = try store.readBytes().count

        func add(_ name: String) throws -> Child {
            try spawn(
                binary, ["person", "add", "--file", path, "--name", name, "--org", "o2", "--politics", "member"],
                environment: ["HOME": folder.path], scratch: nil)
        }
        // Calibrate: how long one complete `person add` takes here.
        var durations: [Double] = []
        for n in 0..<3 {
            let ended = try add("calibrate\(n)").wait()
            #expect(ended.status == 0)
            durations.append(ended.seconds)
        }
        let typical = durations.sorted()[1]

        var random = SplitMix64(seed: 0xC0FFEE)
        let iterations = 300
        var loadsOK = 0, before = 0, after = 0, finishedFirst = 0, staleSeen = 0, maxTemps = 0, backupsOK = 0
        for i in 0..<iterations {
            let old = try store.load()
            let name = "K\(i)"
            let new = try old.applying(
                .addPerson(Person(id: old.newID(.person), name: name, org: "o2", politics: .member)))
            // Most kills land in start-up and reading; a third are aimed at the last quarter, where the save is.
            let fraction =
                i % 3 == 0 ? Double.random(in: 0.75...1.1, using: &random) : Double.random(in: 0...1.1, using: &random)
            let child = try add(name)
            usleep(useconds_t(typical * fraction * 1_000_000))
            kill(child.pid, SIGKILL)
            let ended = child.wait()
            if ended.status == 0 { finishedFirst += 1 }

            let temps = tempFiles(in: folder)
            maxTemps = max(maxTemps, temps.count)
            if !temps.isEmpty { staleSeen += 1 }
            if ended.status == 0 {
                let pidTemps = temps.filter { $0.hasPrefix(".plan.json.") }
                #expect(pidTemps.isEmpty, "a completed save removes dead writers' temps: \(pidTemps)")
            }
            let now = try #require(try? store.load(), "iteration \(i): the plan does not load after the kill")
            loadsOK += 1
            if now == old {
                before += 1
            } else if now == new {
                after += 1
            } else {
                Issue.record("iteration \(i): the plan is neither the state before nor after the save")
            }
            #expect(mode(path) == 0o600)
            if let bak = bytes(store.backupPath), (try? PlanFormat.decode(bak, path: store.backupPath)) != nil {
                backupsOK += 1
            }
        }
        // One more save cleans up whatever the last kill left.
        #expect(try add("final").wait().status == 0)
        let left = tempFiles(in: folder)
        #expect(left.isEmpty, "temp files left: \(left)")
        #expect(loadsOK == iterations && before + after == iterations)
        print(
            """
            [reliability] killed \(iterations) saves (plan \(size / 1024) KB, one save ≈ \(ms(typical)), seeded delays): \
            \(loadsOK) loads ok, \(before) before / \(after) after (\(finishedFirst) finished before the kill), \
            \(staleSeen) kills left a stale temp (at most \(maxTemps) at once), .bak loaded \(backupsOK)/\(iterations), \
            \(left.count) temp files left after the next save
            """)
    }

    @Test("a successful save removes temp files of dead writers, keeps a live writer's")
    func staleTempRule() throws {
        let folder = TempFolder()
        let path = folder.file("plan.json")
        let store = PlanStore(path: path)
        try store.save(SampleBook.make())
        // A pid that surely is dead: a child that has been reaped.
        let dead = try spawn("/bin/true", [], scratch: nil)
        _ = dead.wait()
        let stale = folder.file(".plan.json.\(dead.pid).tmp")
        let live = folder.file(".plan.json.1.tmp")  // pid 1 is alive
        let other = folder.file(".plan.json.recovery.\(dead.pid).tmp")
        let unrelated = folder.file(".plan.json.notapid.tmp")
        for f in [stale, live, other, unrelated, store.backupPath + ".tmp"] { write(Data("x".utf8), to: f) }
        try store.update { book in book.people.append(Person(id: "p90", name: "甲", org: "o2", politics: .unrecorded)) }
        #expect(bytes(stale) == nil, "a dead writer's temp is removed")
        #expect(bytes(store.backupPath + ".tmp") == nil, "the backup temp is replaced and renamed away")
        #expect(bytes(live) != nil, "a live process's temp is kept (it may be saving right now)")
        #expect(bytes(other) != nil && bytes(unrelated) != nil, "other files are not touched")
        // Old enough, even a live pid's temp goes.
        var times = [timespec(tv_sec: 1_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000, tv_nsec: 0)]
        utimensat(AT_FDCWD, live, &times, 0)
        try store.update { book in book.people.append(Person(id: "p91", name: "乙", org: "o2", politics: .unrecorded)) }
        #expect(bytes(live) == nil)
    }
}
