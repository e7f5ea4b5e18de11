import ArgumentParser
import Foundation
import Phrasebook
import PlanFile
import PlannerCore
import Printing

/// `convene merge --reply FILE [--file PLAN]`: a copy made by `convene share` and sent back, merged into the host's
/// plan three-way against the state it was shared in (recorded in the copy). Changes outside the organisation it was
/// shared with are listed and not merged (`ShareReply`). Exit 0 when everything merged, 1 when something was refused or
/// conflicted, 2 when the file is not a shared copy, 3 when a file is not a plan or is of another plan.
extension MergeCommand {
    func mergeReply(_ path: String) throws {
        let reply: ShareReply
        do {
            reply = try ShareReply(try load(path, as: tr("reply")).book)
        } catch let problem as ShareReply.Problem {
            printError(tr("\(tr("reply")) (\(path)): \(problem.message)").text(language))
            throw ExitCode(ExitStatus.usage)
        }
        let store = plan.editingStore
        var diff = PlanDiff(from: Book(), to: Book())
        var result = Book()
        do {
            try store.edit { host in
                let merged = try PlanMerge.merge(base: reply.base, ours: host, theirs: reply.accepted)
                diff = PlanDiff(cameIn: host, merged: merged)
                result = merged
                let changed = merged != host
                host = merged
                return ((), changed)
            }
        } catch let refusal as PlanMerge.Refusal {
            printError(refusal.message.text(language))
            throw ExitCode(ExitStatus.planFile)
        }
        if !reply.refusals.isEmpty {
            let org = reply.refusals[0].sharedWith
            Console.out(
                tr(
                    "not merged: \(reply.refusals.count) changes outside \(org), the organisation the copy was shared with"
                )
                .text(language))
            for refusal in reply.refusals { Console.out("  " + refusal.message.text(language)) }
        }
        report(diff, conflicts: result.conflicts, in: result)
        if !result.conflicts.isEmpty || !reply.refusals.isEmpty { throw ExitCode(1) }
    }
}
