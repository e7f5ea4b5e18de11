import ArgumentParser
import BookGenerator
import Foundation
import PlanFile

/// `convene-bench`: times Convene on synthetic books of 1k, 10k and 100k people against the budgets of issue 5.
struct ConveneBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convene-bench",
        abstract: "Measure load, save, checks, printing, pinyin filtering, TUI frames and merges on synthetic books.",
        subcommands: [RunBench.self, Generate.self, FirstFrame.self, TypingCommand.self, Scale.self, MergeBench.self],
        defaultSubcommand: RunBench.self)
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic plan file (deterministic from --seed).")
    @Option(help: "The plan file to write.") var out: String
    @Option(help: "Organisations (default: people / 100).") var orgs: Int?
    @Option var people = 10_000
    @Option var events = 200
    @Option var itemsPerEvent = 10
    @Option var seed: UInt64 = 1

    func run() throws {
        let generator = BookGenerator(
            organisations: orgs ?? max(1, people / 100), people: people, events: events,
            itemsPerEvent: itemsPerEvent, seed: seed)
        let book = generator.make()
        try PlanStore(path: out).save(book)
        print(
            "\(out): \(book.organisations.count) organisations, \(book.people.count) people, \(book.events.count) events, "
                + "\(book.events.reduce(0) { $0 + $1.items.count }) items")
    }
}

struct RunBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run the benchmark (the default).")
    @Option(help: "Book sizes in people, comma-separated.") var sizes = "1000,10000,100000"
    @Option(help: "Runs per measurement (at most 3 for 100k people).") var runs = 7
    @Flag(help: "Print JSON instead of the table.") var json = false
    @Option(help: "The convene binary for whole-process timings (default: beside this one).") var convene: String?
    @Flag(help: .hidden) var inProcess = false

    func run() throws {
        let list = sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !list.isEmpty else { throw ValidationError("--sizes wants numbers, e.g. 1000,10000") }
        let binary = convene ?? ((executablePath() as NSString).deletingLastPathComponent + "/convene")
        let conveneBinary = FileManager.default.isExecutableFile(atPath: binary) ? binary : nil
        var results: [SizeResult] = []
        if inProcess || list.count == 1 {
            let folder = NSTemporaryDirectory() + "convene-bench-\(getpid())"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            for people in list {
                results.append(try Measure.run(people: people, runs: runs, convene: conveneBinary, folder: folder))
            }
        } else {
            // One child process per size, so each size's peak memory is its own.
            for people in list {
                if !json { FileHandle.standardError.write(Data("measuring \(people) people…\n".utf8)) }
                let child = Process()
                child.executableURL = URL(fileURLWithPath: executablePath())
                child.arguments =
                    ["run", "--sizes", String(people), "--runs", String(runs), "--json", "--in-process"]
                    + (conveneBinary.map { ["--convene", $0] } ?? [])
                let pipe = Pipe()
                child.standardOutput = pipe
                try child.run()
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                child.waitUntilExit()
                guard child.terminationStatus == 0 else {
                    throw ValidationError("the measurement of \(people) people failed")
                }
                results += try JSONDecoder().decode([SizeResult].self, from: data)
            }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(results), as: UTF8.self))
        } else {
            print(Report.table(results))
            print(Report.budgets(results))
        }
    }
}

ConveneBench.main()
