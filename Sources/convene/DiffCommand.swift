import ArgumentParser
import Foundation
import Phrasebook
import PlanFile
import PlannerCore
import Printing

/// `convene diff A B`: the changes from plan A to plan B as an organiser says them. Also git's diff driver for a
/// plan: `--textconv FILE` (one line per fact, for `git log -p`) and `--git-external` (git's seven arguments, for
/// `git diff`), which `convene setup-git` configures.
struct DiffCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "diff",
            abstract: tr("List the changes from plan A to plan B as an organiser says them; exit 1 when they differ.")
                .cli,
            discussion: tr(
                "Exit 0 when the plans hold the same records, 1 when they differ (as diff does), 3 when a file is not a plan. --textconv FILE prints one plan as one line per fact, for git's textconv; --git-external takes git's seven arguments (path old-file old-hex old-mode new-file new-hex new-mode) and always exits 0 on success, as git requires."
            ).cli)
    }

    @Argument(help: ArgumentHelp(tr("The old plan and the new plan (one file with --textconv).").cli))
    var files: [String] = []

    @Option(help: ArgumentHelp(tr("text or json.").cli)) var format: ListFormat = .text

    @Flag(help: ArgumentHelp(tr("Print one plan as one line per fact (git's textconv).").cli))
    var textconv = false

    @Flag(help: ArgumentHelp(tr("Take git's arguments of an external diff and print the changes of that file.").cli))
    var gitExternal = false

    @OptionGroup var languageOption: LanguageOption

    private var language: Language { languageOption.language }

    func validate() throws {
        if textconv && gitExternal { throw UsageError(tr("--textconv and --git-external exclude each other")) }
        if textconv, files.count != 1 { throw UsageError(tr("--textconv takes one plan file (got \(files.count))")) }
        if gitExternal, ![1, 7, 9].contains(files.count) {
            throw UsageError(tr("--git-external takes the 7 arguments git gives an external diff (got \(files.count))"))
        }
        if !textconv, !gitExternal, files.count != 2 {
            throw UsageError(tr("diff takes two plan files, the old one and the new one (got \(files.count))"))
        }
    }

    func run() throws {
        if textconv {
            return Console.out(PlanFacts(book: try load(files[0]), language: language).render(), terminator: "")
        }
        if gitExternal { return try external() }
        let (old, new) = (try load(files[0]), try load(files[1]))
        // Two plans made apart (two `convene init`s) can hold the same records: say they are not one plan's versions.
        if let a = old.identity, let b = new.identity, a != b {
            printNote(
                tr(
                    "\(files[0]) and \(files[1]) are two different plans (identity \(a) and \(b)), not versions of one plan; the changes below are between their records"
                ))
        }
        let diff = PlanDiff(from: old, to: new)
        try show(diff)
        if !diff.isEmpty { throw ExitCode(1) }
    }

    private func show(_ diff: PlanDiff) throws {
        switch format {
        case .text: Console.out(PlanDiffReport.text(diff, language: language), terminator: "")
        case .json: Console.out(try PlanDiffReport.json(diff, language: language), terminator: "")
        }
    }

    /// git's external diff: `path old-file old-hex old-mode new-file new-hex new-mode` (two more after a rename),
    /// or the path alone for a file with unresolved conflicts; `/dev/null` stands for a file added or removed.
    private func external() throws {
        guard files.count > 1 else {
            return Console.out(tr("\(files[0]): unmerged, resolve the conflicts first").text(language))
        }
        let diff = PlanDiff(from: try load(files[1]), to: try load(files[4]))
        if format == .text { Console.out(tr("changes in \(files[0])").text(language)) }
        try show(diff)
    }

    /// The plan in `path`; `/dev/null` (git's side of an added or removed file) is an empty plan.
    private func load(_ path: String) throws -> Book {
        path == "/dev/null" ? Book() : try PlanStore(path: path).load()
    }
}
