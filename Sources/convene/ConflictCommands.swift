import ArgumentParser
import Foundation
import Phrasebook
import PlannerCore

/// `convene conflicts`: the merge conflicts the plan keeps, numbered for `convene resolve`; exit 1 while any is left.
struct ConflictsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "conflicts",
            abstract: tr("List the merge conflicts the plan keeps, numbered for resolve; exit 1 while any is left.").cli
        )
    }
    @OptionGroup var plan: PlanOptions

    func run() throws {
        let book = try plan.load()
        guard !book.conflicts.isEmpty else {
            return Console.out(tr("no merge conflicts").text(plan.language))
        }
        for (n, conflict) in book.conflicts.enumerated() {
            Console.out(tr("\(n + 1). \(book.mergeConflictText(conflict))").text(plan.language))
        }
        throw ExitCode(ExitStatus.checkFailed)
    }
}

/// Which version `convene resolve` takes.
extension MergeSide: ExpressibleByArgument {}

/// `convene resolve N…|all --take ours|theirs`: resolves merge conflicts by choosing a version, as one edit. The
/// numbers are those `convene conflicts` listed, all read before any is resolved, so `resolve 1 3` means what the
/// list said.
struct ResolveCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "resolve",
            abstract: tr("Resolve a merge conflict by choosing our version or theirs.").cli,
            discussion: tr(
                "N is the conflict's number in convene conflicts (several numbers, or all). ours keeps what the plan holds (for a record we deleted: deletes it again); theirs sets their value (for a record they deleted: deletes it)."
            ).cli)
    }
    @OptionGroup var plan: PlanOptions

    @Argument(help: ArgumentHelp(tr("The conflicts' numbers in convene conflicts, or all.").cli))
    var conflicts: [String]

    @Option(help: ArgumentHelp(tr("ours or theirs.").cli))
    var take: MergeSide

    func run() throws {
        let language = plan.language
        let book = try plan.load()
        var chosen: [MergeConflict] = []
        for conflict in conflicts {
            if conflict.lowercased() == "all" {
                chosen = book.conflicts
                break
            }
            guard let n = Int(conflict), book.conflicts.indices.contains(n - 1) else {
                throw UsageError(
                    book.conflicts.isEmpty
                        ? tr("the plan has no merge conflicts to resolve")
                        : tr(
                            "'\(conflict)' is not a conflict's number: give 1 to \(book.conflicts.count) or all (see convene conflicts)"
                        ))
            }
            if !chosen.contains(book.conflicts[n - 1]) { chosen.append(book.conflicts[n - 1]) }
        }
        guard !chosen.isEmpty else { return Console.out(tr("no merge conflicts").text(language)) }
        let left = try plan.edit { book in
            var steps: [Edit] = []
            var after = book
            for c in chosen {
                let step = try after.resolution(of: c, taking: take)
                try after.applyInPlace(step)
                steps.append(step)
            }
            return (
                steps.count == 1 ? steps[0] : .batch(steps, label: tr("resolve merge conflicts")), after.conflicts.count
            )
        }
        for c in chosen { Console.out(book.mergeResolutionText(c, taking: take).text(language)) }
        Console.out(
            (left == 0 ? tr("no merge conflicts left") : tr("merge conflicts left: \(left) (see convene conflicts)"))
                .text(language))
    }
}
