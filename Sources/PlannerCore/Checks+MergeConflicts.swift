import Phrasebook

extension Checks {
    /// The conflicts a merge recorded in the plan (`merge-conflict`), one error each until it is resolved: they
    /// concern the whole plan, so each event's check lists them, first.
    static func mergeConflicts(in book: Book) -> [Problem] {
        book.conflicts.map { conflict in
            let ids = [conflict.record.id] + (conflict.record.parent.map { [$0] } ?? [])
            return Problem(
                severity: .error, code: "merge-conflict",
                message: tr(
                    "merge conflict: \(book.mergeConflictText(conflict)); choose a version (Checks screen: o ours, t theirs; or convene resolve)"
                ), ids: ids, conflict: conflict)
        }
    }
}
