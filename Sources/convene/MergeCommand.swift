import ArgumentParser
import Foundation
import Phrasebook
import PlanFile
import PlannerCore
import Printing
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// `convene merge BASE OURS THEIRS [-o OUT]`: three-way merge of two copies of one plan (`PlanMerge`), git's merge
/// driver for a plan (`convene setup-git` configures it as `merge %O %A %B`). Without `-o` the result replaces OURS,
/// as git expects. Exit 0 for a clean merge, 1 when conflicts were recorded in the result, 3 when a file is not a plan.
/// `convene merge --reply FILE` merges a shared copy sent back (`MergeCommand+Reply.swift`).
struct MergeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "merge",
            abstract: tr("Merge two copies of one plan against their common ancestor; exit 1 on conflicts.").cli,
            discussion: tr(
                "Combines the changes from BASE to OURS and from BASE to THEIRS record by record and field by field, and writes the result over OURS (git's merge-driver convention) or to -o OUT. A field both sides changed differently keeps our value and is listed with both values as a conflict: exit 1. With nothing new on one side the result is the other side, byte for byte."
            ).cli)
    }

    @Argument(help: ArgumentHelp(tr("The common ancestor, our copy and their copy.").cli))
    var files: [String] = []

    @Option(
        help: ArgumentHelp(
            tr("A copy made by convene share and sent back: merge its changes into the plan (--file).").cli,
            valueName: "file"))
    var reply: String?

    @Option(name: .shortAndLong, help: ArgumentHelp(tr("Write the merged plan to this file instead of over OURS.").cli))
    var output: String?

    /// `--file` (the plan a reply is merged into) and `--lang`.
    @OptionGroup var plan: PlanOptions

    var language: Language { plan.language }

    func validate() throws {
        if reply != nil {
            if !files.isEmpty || output != nil {
                throw UsageError(tr("merge --reply takes no other files: it merges into the plan given by --file"))
            }
        } else if plan.file != nil {
            throw UsageError(tr("--file goes with --reply; a three-way merge takes BASE OURS THEIRS"))
        } else if files.count != 3 {
            throw UsageError(tr("merge takes three plan files: BASE OURS THEIRS (got \(files.count))"))
        }
    }

    func run() throws {
        if let reply { return try mergeReply(reply) }
        let (base, ours, theirs) = try loadAll()
        let result: Book
        do {
            result = try PlanMerge.merge(base: base.book, ours: ours.book, theirs: theirs.book)
        } catch {
            printError(error.message.text(language))
            throw ExitCode(ExitStatus.planFile)
        }
        let bytes: Data
        if theirs.book == base.book {
            bytes = ours.bytes
        } else if ours.book == base.book {
            bytes = theirs.bytes
        } else {
            bytes = try PlanFormat.encode(result)
        }
        try write(bytes, to: output ?? files[1])
        report(PlanDiff(cameIn: ours.book, merged: result), conflicts: result.conflicts, in: result)
        if !result.conflicts.isEmpty { throw ExitCode(1) }
    }

    /// The plan in `path` with its bytes; a file that is not a plan is named by its part in the merge, exit 3.
    func load(_ path: String, as part: Phrase) throws -> Loaded {
        try named(Result { try PlanStore(path: path).loadWithBytes() }, path, as: part)
    }

    /// The three plans with their bytes, read at the same time (one on each core; a 10k-person plan takes ~40 ms).
    /// The first file in BASE OURS THEIRS order that is not a plan is the one named, as when read one by one.
    private func loadAll() throws -> (Loaded, Loaded, Loaded) {
        let results = Mutex([Result<Loaded, any Error>](repeating: .failure(ExitCode.failure), count: 3))
        let paths = files
        DispatchQueue.concurrentPerform(iterations: 3) { n in
            let result = Result { try PlanStore(path: paths[n]).loadWithBytes() }
            results.withLock { $0[n] = result }
        }
        let read = results.withLock { $0 }
        return (
            try named(read[0], paths[0], as: tr("base")), try named(read[1], paths[1], as: tr("ours")),
            try named(read[2], paths[2], as: tr("theirs"))
        )
    }

    /// What was read; for a file that is not a plan, its part in the merge and its problem are said, exit 3.
    private func named(_ read: Result<Loaded, any Error>, _ path: String, as part: Phrase) throws -> Loaded {
        do {
            return try read.get()
        } catch let error as PlanFileError {
            printError(tr("\(part) (\(path)): \(error.phrase)").text(language))
            throw ExitCode(ExitStatus.planFile)
        }
    }

    /// A plan as read, with the bytes it was read from.
    typealias Loaded = (book: Book, bytes: Data)

    /// Writes the merged plan atomically over `path`, keeping its mode (0600 for a new file).
    private func write(_ bytes: Data, to path: String) throws {
        var st = stat()
        let mode = stat(path, &st) == 0 ? st.st_mode & 0o777 : 0o600
        do {
            try PrintoutFile.write(bytes, to: path, mode: mode, replace: true)
        } catch let failure as PrintoutFile.Failure {
            printError(failure.phrase.text(language))
            throw ExitCode(ExitStatus.planFile)
        }
    }

    /// What came in from their side (the changes from ours to the result) and each conflict the result keeps, with
    /// both values, numbered as `convene conflicts` and `convene resolve` number them.
    func report(_ diff: PlanDiff, conflicts: [MergeConflict], in result: Book) {
        if diff.isEmpty {
            Console.out(tr("merged: nothing new came in").text(language))
        } else {
            Console.out(tr("merged: these changes came in").text(language))
            Console.out(PlanDiffReport.text(diff, language: language), terminator: "")
        }
        guard !conflicts.isEmpty else { return }
        Console.out(
            tr(
                "conflicts, kept in the plan: \(conflicts.count); choose a version of each with convene resolve N --take ours (or theirs) or on the planner's Checks screen, then commit"
            ).text(language))
        for (n, conflict) in conflicts.enumerated() {
            Console.out(tr("\(n + 1). \(result.mergeConflictText(conflict))").text(language))
        }
    }
}

extension PlanDiff {
    /// What a merge brought into `ours`: the changes from ours to the merged plan but for the conflicts it recorded,
    /// which the merge lists on their own, numbered.
    init(cameIn ours: Book, merged: Book) {
        var shown = merged
        shown.conflicts = ours.conflicts
        self.init(from: ours, to: shown)
    }
}
