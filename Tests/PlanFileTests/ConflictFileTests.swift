import Foundation
import PlanFile
import PlannerCore
import Testing

/// The merge conflicts a plan keeps: written by both writers alike, read back equal, journaled, and left out when
/// there are none.
@Suite("Plan format: merge conflicts kept in the file")
struct ConflictFileTests {
    /// The sample with a conflict of every shape: a field of an item, a field of a participant (their whole record
    /// kept) and a venue deleted on our side.
    func conflicted() throws -> Book {
        let base = SampleBook.make()
        var ours = base, theirs = base
        ours.events[0].items[2].title = "甲的座谈会"
        theirs.events[0].items[2].title = "乙的\"座谈会\"\n"
        ours.events[0].participants[0].capacity = .guest
        theirs.events[0].participants[0].capacity = .observer
        ours.people[0].phone = "13800000000"
        theirs.people.remove(at: 0)
        theirs.events[0].participants.removeAll { $0.person == base.people[0].id }
        for i in theirs.events[0].items.indices {
            theirs.events[0].items[i].roles.removeAll { $0.person == base.people[0].id }
        }
        let merged = try PlanMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(merged.conflicts.count >= 3)
        return merged
    }

    @Test("both writers write the same bytes; reading them back gives the same conflicts")
    func roundTrip() throws {
        let book = try conflicted()
        let fast = try PlanFormat.encode(book), slow = try PlanFormat.encode(book, fastWriter: false)
        #expect(fast == slow)
        let read = try PlanFormat.decode(fast, path: "plan.json")
        #expect(read.conflicts == book.conflicts)
        #expect(read == book)
        #expect(try PlanFormat.decode(fast, path: "plan.json", fastReader: false) == book)
        let text = try #require(String(data: fast, encoding: .utf8))
        #expect(text.hasPrefix("{\n  \"conflicts\" : [\n    {\n"))
        #expect(text.contains("\"deletedBy\" : \"theirs\""))
    }

    @Test("a plan without conflicts has no conflicts key; resolving the last one removes it")
    func leftOut() throws {
        let sample = try PlanFormat.encode(SampleBook.make())
        #expect(!(String(data: sample, encoding: .utf8) ?? "").contains("conflicts"))
        var book = try conflicted()
        for conflict in book.conflicts { book = try book.applying(try book.resolution(of: conflict, taking: .ours)) }
        let text = String(data: try PlanFormat.encode(book), encoding: .utf8) ?? ""
        #expect(!text.contains("\"conflicts\""))
    }

    @Test("a conflict of an unknown kind is an error naming the place and the values it takes")
    func badKind() throws {
        let book = try conflicted()
        var text = try #require(String(data: try PlanFormat.encode(book), encoding: .utf8))
        text = text.replacingOccurrences(of: "\"record\" : \"item\"", with: "\"record\" : \"agenda\"")
        #expect {
            try PlanFormat.decode(Data(text.utf8), path: "plan.json")
        } throws: { error in
            "\(error)".contains("agenda") && "\(error)".contains("participant")
        }
    }

    @Test("a settled conflict is journaled and replays")
    func journaled() throws {
        let book = try conflicted()
        let conflict = try #require(book.conflicts.first { $0.field == "title" })
        let steps: [HistoryStep] = [
            .apply(try book.resolution(of: conflict, taking: .theirs)), .undo, .apply(.settleConflict(conflict)),
        ]
        let folder = NSTemporaryDirectory() + "convene-conflict-journal-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let plan = folder + "/plan.json"
        try PlanStore(path: plan).save(book)
        let journal = try PlanJournal.create(
            forPlan: plan, base: PlanFingerprint(try PlanStore(path: plan).readBytes()))
        for step in steps { try journal.append(step) }
        #expect(try PlanJournal.read(journal.path).steps == steps)
    }
}
