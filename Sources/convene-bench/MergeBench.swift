import ArgumentParser
import BookGenerator
import Foundation
import PlanFile
import PlannerCore

/// `convene-bench merge`: issue 15's budget, `convene merge` of two 10k-person copies in under 0.5 s. Writes base,
/// ours and theirs (`ConcurrentEdits`) to a folder, then times the merge's parts in this process and the whole
/// `convene merge` process of each binary given, alternated per run.
struct MergeBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Time `convene merge` of two concurrently edited copies of a generated plan (budget 0.5 s at 10k).")
    @Option var people = 10_000
    @Option(help: "Runs per measurement.") var runs = 7
    @Option(help: "convene binaries, comma-separated (default: the one beside this one); alternated per run.")
    var convene: String?
    @Option(help: "Write base.json, ours.json and theirs.json here and keep them (for callgrind); no timings.")
    var keep: String?

    func run() throws {
        let edits = try ConcurrentEdits(people: people)
        if let keep {
            try FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
            try write(edits, to: keep)
            print("\(keep): base.json, ours.json, theirs.json (\(people) people)")
            return
        }
        let binaries = try conveneBinaries(convene)
        let folder = NSTemporaryDirectory() + "convene-merge-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = try write(edits, to: folder)

        var rows: [(String, [Double])] = []
        func time(_ name: String, _ body: () throws -> Void) rethrows {
            var times: [Double] = []
            for _ in 0..<max(1, runs) {
                let start = now()
                try body()
                times.append((now() - start) * 1000)
            }
            rows.append((name, times))
        }
        var merged = Book()
        try time("core: PlanMerge.merge") {
            merged = try PlanMerge.merge(base: edits.base, ours: edits.ours, theirs: edits.theirs)
        }
        try time("load the three files") { for f in files { sink &+= try PlanStore(path: f).load().people.count } }
        time("PlanDiff ours → result") { sink &+= PlanDiff(from: edits.ours, to: merged).changes.count }
        try time("PlanFormat.encode(result)") { sink &+= try PlanFormat.encode(merged).count }

        var memory = [Double](repeating: 0, count: binaries.count)
        var process = [[Double]](repeating: [], count: binaries.count)
        let out = "\(folder)/out.json", memo = "\(folder)/peak.txt"
        for _ in 0..<max(1, runs) {
            for (b, binary) in binaries.enumerated() {
                try? FileManager.default.removeItem(atPath: out)
                let timed = FileManager.default.isExecutableFile(atPath: "/usr/bin/time")
                let (program, prefix) = timed ? ("/usr/bin/time", ["-f", "%M", "-o", memo, binary]) : (binary, [])
                // Exit 1: the merge kept its one conflict, as it should.
                guard let r = runProcess(program, prefix + ["merge"] + files + ["-o", out]), r.status == 1 else {
                    throw ValidationError("\(binary) merge did not end with its one conflict")
                }
                process[b].append(r.milliseconds)
                memory[b] = max(memory[b], peakMegabytes(memo: timed ? memo : nil, else: r.megabytes))
            }
        }
        for (b, binary) in binaries.enumerated() { rows.append(("process: \(binary) merge", process[b])) }

        let conflicts = merged.conflicts.count
        print(
            "\(people) people; ours +\(ConcurrentEdits.added) people, \(ConcurrentEdits.replies) replies; theirs the "
                + "same and \(ConcurrentEdits.moves) items moved; \(conflicts) conflict(s); \(runs) runs, ms")
        print("| measurement | median | min – max |")
        print("|---|---:|---:|")
        for (name, times) in rows {
            let s = times.sorted()
            print("| \(name) | \(Report.ms(Measure.median(s))) | \(Report.ms(s.first)) – \(Report.ms(s.last)) |")
        }
        for (b, binary) in binaries.enumerated() {
            let median = Measure.median(process[b]) ?? 0
            print(
                "\(binary): peak \(String(format: "%.0f", memory[b])) MB; budget 500 ms: "
                    + (median < 500 ? "met" : "missed") + " (median \(Report.ms(median)))")
        }
    }

    /// The three plans saved in `folder`: base.json, ours.json, theirs.json.
    @discardableResult
    private func write(_ edits: ConcurrentEdits, to folder: String) throws -> [String] {
        let files = ["base", "ours", "theirs"].map { "\(folder)/\($0).json" }
        for (book, file) in zip([edits.base, edits.ours, edits.theirs], files) { try PlanStore(path: file).save(book) }
        return files
    }
}
