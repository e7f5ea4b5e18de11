import BookGenerator
import Foundation
import PlannerCore
import Testing

/// Issue 15: merging two 10k-person plans takes under half a second (measured by `convene-bench merge`, see
/// docs/PERFORMANCE.md). A wall-clock bound would be flaky in a debug build on a shared machine, so this guards the
/// shape of the cost instead: the merge and the diff `convene merge` prints, of four times the people, take at most
/// twice the linear factor (quadratic code, a scan of the roster per participant, would take sixteen times).
@Suite("Merging big plans")
struct MergeScaleTests {
    /// The fastest of three merges of `edits` with the diff of what came in, in seconds.
    private func seconds(_ edits: ConcurrentEdits) throws -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let start = Date()
            let result = try PlanMerge.merge(base: edits.base, ours: edits.ours, theirs: edits.theirs)
            let diff = PlanDiff(from: edits.ours, to: result)
            best = min(best, Date().timeIntervalSince(start))
            #expect(!diff.isEmpty)
        }
        return best
    }

    @Test("both sides' edits come in, theirs renumbered, and the one title both changed is a conflict")
    func edits() throws {
        let edits = try ConcurrentEdits(people: 2_500)
        let result = try PlanMerge.merge(base: edits.base, ours: edits.ours, theirs: edits.theirs)
        #expect(result.consistencyProblems().isEmpty)
        #expect(result.people.count == 2_540)
        #expect(result.people.filter { $0.name.hasPrefix("新同事") }.count == 20)
        #expect(result.people.filter { $0.name.hasPrefix("新成员") }.map(\.id).first == "p2521")
        #expect(result.events[0].participants.count == edits.base.events[0].participants.count + 40)
        #expect(result.conflicts.map(\.field) == ["title"])
        #expect(result.conflicts.map(\.record.id) == ["p1"])
        #expect(result.conflicts.map(\.ours) == ["办公室主任"] && result.conflicts.map(\.theirs) == ["办公室副主任"])

        let diff = PlanDiff(from: edits.ours, to: result)
        let added = diff.changes.filter { $0.kind == .added }
        #expect(added.filter { $0.record == .person }.count == 20)
        #expect(added.filter { $0.record == .participant }.count == 20)
        #expect(diff.changes.filter { $0.field == "rsvp" }.count == ConcurrentEdits.replies)
        #expect(diff.changes.filter { $0.record == .item && $0.field == "start" }.count == ConcurrentEdits.moves)
        // The conflict the merge recorded is a change too (`convene merge` lists it on its own, numbered).
        #expect(diff.changes.filter { $0.record == .conflict }.count == 1)
        #expect(diff.changes.count == 40 + ConcurrentEdits.replies + ConcurrentEdits.moves + 1)
    }

    @Test(
        "merging two edited copies of 10,000 people takes at most 8 times as long as of 2,500", .timeLimit(.minutes(5)))
    func linear() throws {
        let small = try seconds(ConcurrentEdits(people: 2_500))
        let big = try seconds(ConcurrentEdits(people: 10_000))
        #expect(big < 8 * small, "2,500 people \(small) s, 10,000 people \(big) s")
    }
}
