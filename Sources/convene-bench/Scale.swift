import ArgumentParser
import BookGenerator
import Foundation
import PlanFile
import PlannerCore

/// `convene-bench scale`: whole `convene` processes that edit big plans (issue 11: one load, work proportional to
/// the change, one save), with their peak memory against the plan's size, marked ✓ within the budget of three times. With several binaries
/// (`--convene new,old`) each run alternates them, so a before and an after share this machine's drifting clock.
struct Scale: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time roster imports and 'participant add --all-from' on big plans, as whole processes.")
    @Option(help: "Rows of the imports into a plan of one organisation, comma-separated.")
    var rows = "5000,20000,100000"
    @Option(help: "People in the plan that 1,000 rows are imported into.") var into = 100_000
    @Option(help: "People of the organisation that 'participant add --all-from' adds.") var allFrom = 40_000
    @Option(help: "Runs per measurement.") var runs = 3
    @Option(help: "convene binaries, comma-separated (default: the one beside this one); alternated per run.")
    var convene: String?
    @Option(help: "Skip a measurement of one binary once a run of it took longer than this (seconds).")
    var giveUp: Double = 120

    func run() throws {
        let binaries = try conveneBinaries(convene)
        let folder = NSTemporaryDirectory() + "convene-scale-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }

        var cases: [ScaleCase] = []
        let small = ScaleCase.onePlan(folder: folder)
        for n in rows.split(separator: ",").compactMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
            let csv = "\(folder)/rows-\(n).csv"
            try ScaleCase.roster(rows: n, org: ScaleCase.importOrg).write(
                toFile: csv, atomically: true, encoding: .utf8)
            cases.append(
                ScaleCase(
                    name: "import \(n) rows into an empty roster", plan: try small(),
                    arguments: ["import", "people", csv]))
        }
        let big = BookGenerator.standard(people: into, seed: 1).make()
        let bigPlan = "\(folder)/plan-\(into).json"
        try PlanStore(path: bigPlan).save(big)
        let csv = "\(folder)/rows-1000-into.csv"
        try ScaleCase.roster(rows: 1000, org: big.organisations[0].name).write(
            toFile: csv, atomically: true, encoding: .utf8)
        cases.append(
            ScaleCase(
                name: "import 1000 rows into \(into) people", plan: bigPlan, arguments: ["import", "people", csv]))
        cases.append(
            ScaleCase(
                name: "participant add --all-from, \(allFrom) people", plan: try ScaleCase.allFromPlan(allFrom, folder),
                arguments: ["participant", "add", "--event", "e1", "--all-from", "o1"]))

        // What a process of this binary holds before it does any work (Swift runtime, Foundation, ICU data): the
        // peak of `convene orgs` on the one-organisation plan. Issue 11's budget is memory at most three times the
        // plan's size; both ratios are printed, the whole peak's and the work's above this base.
        var base = [Double](repeating: 0, count: binaries.count)
        for (b, binary) in binaries.enumerated() {
            base[b] = try peakMegabytes(binary, ["orgs", "--file", try small()], folder: folder) ?? 0
        }
        print(
            "| case | binary | median s | runs | peak MB | base MB | plan MB after | peak / plan | (peak − base) / plan |"
        )
        print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
        for c in cases {
            var times = [[Double]](repeating: [], count: binaries.count)
            var memory = [Double](repeating: 0, count: binaries.count)
            var planMB = [Double](repeating: 0, count: binaries.count)
            for _ in 0..<max(1, runs) {
                for (b, binary) in binaries.enumerated() where (times[b].max() ?? 0) < giveUp {
                    let work = "\(folder)/work.json"
                    try? FileManager.default.removeItem(atPath: work)
                    try? FileManager.default.removeItem(atPath: work + ".bak")
                    try FileManager.default.copyItem(atPath: c.plan, toPath: work)
                    // The spawned child's own rusage counts this process's pages until it execs (vfork), so its
                    // peak comes from /usr/bin/time when there is one.
                    let memo = "\(folder)/peak.txt"
                    let timed = FileManager.default.isExecutableFile(atPath: "/usr/bin/time")
                    let (program, prefix) = timed ? ("/usr/bin/time", ["-f", "%M", "-o", memo, binary]) : (binary, [])
                    guard let r = runProcess(program, prefix + c.arguments + ["--file", work]), r.status == 0 else {
                        throw ValidationError("\(binary) \(c.arguments.joined(separator: " ")) failed")
                    }
                    times[b].append(r.milliseconds / 1000)
                    memory[b] = max(memory[b], peakMegabytes(memo: timed ? memo : nil, else: r.megabytes))
                    let bytes = (try? FileManager.default.attributesOfItem(atPath: work)[.size] as? Int) ?? 0
                    planMB[b] = Double(bytes) / 1_048_576
                }
            }
            for (b, binary) in binaries.enumerated() {
                let median = Measure.median(times[b]) ?? 0
                func ratio(_ megabytes: Double) -> String {
                    guard planMB[b] > 0 else { return "–" }
                    let r = megabytes / planMB[b]
                    return String(format: "%.1f", r) + (r <= 3 ? " ✓" : " ✗")
                }
                print(
                    "| \(c.name) | \(binary) | \(String(format: "%.2f", median)) | \(times[b].count) | "
                        + "\(String(format: "%.0f", memory[b])) | \(String(format: "%.0f", base[b])) | "
                        + "\(String(format: "%.1f", planMB[b])) | \(ratio(memory[b])) | \(ratio(memory[b] - base[b])) |"
                )
            }
        }
    }
}

/// The peak memory of one run of `binary` (MB), from /usr/bin/time; nil without it or when the run fails.
func peakMegabytes(_ binary: String, _ arguments: [String], folder: String) throws -> Double? {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else { return nil }
    let memo = "\(folder)/peak.txt"
    guard let r = runProcess("/usr/bin/time", ["-f", "%M", "-o", memo, binary] + arguments), r.status == 0 else {
        return nil
    }
    let text = try String(contentsOfFile: memo, encoding: .utf8)
    return Double(text.trimmingCharacters(in: .whitespacesAndNewlines)).map { $0 / 1024 }
}

/// One whole-process measurement: a plan file to start from and the command to run on a copy of it.
struct ScaleCase {
    static let importOrg = "导入测试单位"

    var name: String
    var plan: String
    var arguments: [String]

    /// Makes (once) a plan of one organisation, no people, one event.
    static func onePlan(folder: String) -> () throws -> String {
        let path = "\(folder)/one-org.json"
        return {
            if !FileManager.default.fileExists(atPath: path) {
                guard let date = CivilDate("2026-06-01"), let start = ClockTime("09:00"), let end = ClockTime("17:00")
                else { preconditionFailure("literal dates and times parse") }
                let book = Book(
                    organisations: [Organisation(id: "o1", name: importOrg)],
                    events: [Event(id: "e1", title: "测试活动", date: date, start: start, end: end)])
                try PlanStore(path: path).save(book)
            }
            return path
        }
    }

    /// An organisation of `people` people and an event none of them takes part in yet.
    static func allFromPlan(_ people: Int, _ folder: String) throws -> String {
        var book = BookGenerator(organisations: 1, people: people, events: 1, itemsPerEvent: 0, seed: 1).make()
        for e in book.events.indices { book.events[e].participants = [] }
        let path = "\(folder)/all-from-\(people).json"
        try PlanStore(path: path).save(book)
        return path
    }

    /// A roster CSV of `rows` different people of `org`.
    static func roster(rows: Int, org: String) -> String {
        let family = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗")
        let given = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂")
        var text = "姓名,拼音,单位,身份\n"
        text.reserveCapacity(rows * 40)
        for n in 0..<rows {
            let name = "\(family[n % family.count])\(given[(n / family.count) % given.count])\(n)"
            text += "\(name),Ren \(n),\(org),党员\n"
        }
        return text
    }
}
