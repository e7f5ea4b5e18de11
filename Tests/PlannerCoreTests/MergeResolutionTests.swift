import Foundation
import Phrasebook
import PlannerCore
import Testing

@Suite("Merge conflicts: kept in the plan, listed by the checks, resolved by choosing a version")
struct MergeResolutionTests {
    let base = Fixture.book()

    /// Both sides renamed 党建座谈会 (i3) differently, and both changed 徐晓敏's title.
    func conflicted() throws -> (merged: Book, theirs: Book) {
        var ours = base, theirs = base
        ours.events[0].items[2].title = "甲的座谈会"
        theirs.events[0].items[2].title = "乙的座谈会"
        ours.people[1].title = "书记"
        theirs.people[1].title = "主任"
        let merged = try PlanMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(merged.conflicts.count == 2)
        return (merged, theirs)
    }

    @Test("each conflict is a merge-conflict error in every event's check, with both values, in both languages")
    func listedByChecks() throws {
        let (merged, _) = try conflicted()
        let problems = Checks.problems(in: merged.events[0], book: merged).filter { $0.code == "merge-conflict" }
        #expect(problems.count == 2)
        #expect(problems.allSatisfy { $0.severity == .error && $0.conflict != nil })
        let item = try #require(problems.first { $0.conflict?.record.kind == .item })
        #expect(
            item.message.text(.en)
                == "merge conflict: item '甲的座谈会' (e1 i3), title: ours “甲的座谈会”, theirs “乙的座谈会”; choose a version (Checks screen: o ours, t theirs; or convene resolve)"
        )
        #expect(item.message.text(.zh).contains("议程“甲的座谈会”（e1 i3）的标题：我方“甲的座谈会”，对方“乙的座谈会”"))
        let person = try #require(problems.first { $0.conflict?.record.kind == .person })
        #expect(person.message.text(.zh).contains("人员 徐晓敏（p2）的职务：我方“书记”，对方“主任”"))
        #expect(person.ids.first == "p2")
    }

    @Test("taking theirs sets their value through the ordinary edit, bumps the item's revision, and settles it")
    func takeTheirs() throws {
        let (merged, _) = try conflicted()
        let conflict = try #require(merged.conflicts.first { $0.record.kind == .item })
        let revision = merged.events[0].items.first { $0.id == "i3" }?.revision ?? -1
        let edit = try merged.resolution(of: conflict, taking: .theirs)
        let after = try merged.applying(edit)
        let item = try #require(after.events[0].items.first { $0.id == "i3" })
        #expect(item.title == "乙的座谈会")
        #expect(item.revision == revision + 1)
        #expect(after.conflicts.count == 1)
        #expect(!after.conflicts.contains(conflict))
        #expect(after.consistencyProblems().isEmpty)
    }

    @Test("keeping ours changes nothing but the conflict list")
    func keepOurs() throws {
        let (merged, _) = try conflicted()
        let conflict = try #require(merged.conflicts.first { $0.record.kind == .person })
        let edit = try merged.resolution(of: conflict, taking: .ours)
        #expect(edit == .settleConflict(conflict))
        var after = try merged.applying(edit)
        #expect(after.person("p2")?.title == "书记")
        #expect(after.conflicts == merged.conflicts.filter { $0 != conflict })
        after.conflicts = merged.conflicts
        #expect(after == merged)
    }

    @Test("a resolved conflict cannot be resolved again; undo brings it back")
    func undoAndTwice() throws {
        let (merged, _) = try conflicted()
        let conflict = merged.conflicts[0]
        var history = History(book: merged)
        try history.apply(try history.book.resolution(of: conflict, taking: .theirs))
        #expect(history.book.conflicts.count == 1)
        #expect(throws: PlanError.self) { try history.book.resolution(of: conflict, taking: .ours) }
        #expect(throws: PlanError.self) { try history.book.applying(.settleConflict(conflict)) }
        history.undo()
        #expect(history.book.conflicts == merged.conflicts)
        #expect(history.book.events == merged.events)
    }

    @Test("deleted on one side, changed on the other: the side that deleted it deletes it, the other keeps it")
    func deletedAndChanged() throws {
        // We removed the spare venue; they renamed it.
        var ours = base, theirs = base
        ours.venues.removeAll { $0.id == "v2" }
        theirs.venues[1].name = "备用会场"
        let merged = try PlanMerge.merge(base: base, ours: ours, theirs: theirs)
        let conflict = try #require(merged.conflicts.first)
        #expect(conflict.deletedByOurs)
        #expect(merged.venue("v2")?.name == "备用会场")
        #expect(merged.mergeConflictText(conflict).text(.en).contains("deleted in our copy and changed in theirs"))
        let keptTheirs = try merged.applying(try merged.resolution(of: conflict, taking: .theirs))
        #expect(keptTheirs.venue("v2")?.name == "备用会场")
        #expect(keptTheirs.conflicts.isEmpty)
        let tookOurs = try merged.applying(try merged.resolution(of: conflict, taking: .ours))
        #expect(tookOurs.venue("v2") == nil)
        #expect(tookOurs.conflicts.isEmpty)
    }

    @Test("they deleted a participant we changed: theirs removes the participant, ours keeps the change")
    func theyDeletedParticipant() throws {
        var ours = base, theirs = base
        ours.events[0].participants[2].rsvp = .confirmed
        theirs.events[0].participants.remove(at: 2)
        let merged = try PlanMerge.merge(base: base, ours: ours, theirs: theirs)
        let conflict = try #require(merged.conflicts.first)
        #expect(!conflict.deletedByOurs)
        let removed = try merged.applying(try merged.resolution(of: conflict, taking: .theirs))
        #expect(removed.events[0].participant("p3") == nil)
        // Their removal took 陈思远 out of the parts too, as removing a participant does.
        #expect(!removed.events[0].items.contains { $0.roles.contains { $0.person == "p3" } })
        let kept = try merged.applying(try merged.resolution(of: conflict, taking: .ours))
        #expect(kept.events[0].participant("p3")?.rsvp == .confirmed)
    }

    @Test("every field of every kind taken from theirs ends up with their value")
    func everyKind() throws {
        var ours = base, theirs = base
        ours.organisations[0].short = "甲"
        theirs.organisations[0].short = "乙"
        ours.venues[0].rooms[0].capacity = 50
        theirs.venues[0].rooms[0].capacity = 70
        ours.events[0].end = Fixture.t("12:30")
        theirs.events[0].end = Fixture.t("12:10")
        ours.events[0].orgs[1].quota = 3
        theirs.events[0].orgs[1].quota = 5
        ours.events[0].participants[2].rsvp = .declined
        theirs.events[0].participants[2].rsvp = .confirmed
        let merged = try PlanMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(merged.conflicts.count == 5)
        var book = merged
        for conflict in merged.conflicts {
            book = try book.applying(try book.resolution(of: conflict, taking: .theirs))
        }
        #expect(book.conflicts.isEmpty)
        #expect(book.organisations[0].short == "乙")
        #expect(book.venues[0].rooms[0].capacity == 70)
        #expect(book.events[0].end == Fixture.t("12:10"))
        #expect(book.events[0].orgs[1].quota == 5)
        #expect(book.events[0].participants[2].rsvp == .confirmed)
    }

    @Test("a field conflict on a record that is gone is refused with a message; keeping ours still closes it")
    func recordGone() throws {
        let (merged, _) = try conflicted()
        let conflict = try #require(merged.conflicts.first { $0.record.kind == .item })
        let without = try merged.applying(.removeItem(event: "e1", item: "i3"))
        #expect(throws: PlanError.self) { try without.resolution(of: conflict, taking: .theirs) }
        let closed = try without.applying(try without.resolution(of: conflict, taking: .ours))
        #expect(closed.conflicts.count == 1)
    }

    @Test("values read as in the file: replies, parts, leave")
    func valueText() throws {
        var ours = base, theirs = base
        ours.events[0].items[0].roles = [Role(person: "p1", part: .leader)]
        theirs.events[0].items[0].roles = [Role(person: "p2", part: .leader, topic: "誓词", minutes: 5)]
        ours.events[0].participants[0].leave = Leave(reason: .sick)
        theirs.events[0].participants[0].leave = Leave(reason: .official, note: "出差", approvedBy: "p2")
        let merged = try PlanMerge.merge(base: base, ours: ours, theirs: theirs)
        let shown = merged.conflicts.map { [$0.ours, $0.theirs] }
        #expect(shown.contains(["leader p1", "leader p2 (誓词) 5 min"]))
        #expect(shown.contains(["sick", "official, 出差, approved by p2"]))
    }
}

@Suite("Three-way merge: changes to different fields that cannot go together")
struct MergeInvariantTests {
    let base = Fixture.book()

    @Test("ours declined, theirs signed the person in: ours kept whole, their sign-in a conflict, the plan whole")
    func declinedAndSignedIn() throws {
        var ours = base, theirs = base
        ours.events[0].participants[0].rsvp = .declined
        theirs.events[0].participants[0].attendance = .signedIn(at: Fixture.t("08:55"))
        let merged = try PlanMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(merged.consistencyProblems().isEmpty)
        #expect(merged.events[0].participants[0] == ours.events[0].participants[0])
        #expect(merged.conflicts.map(\.field) == ["attendance"])
        // Taking theirs is refused by the ordinary edit, with its reason: a decline must be changed first.
        let conflict = try #require(merged.conflicts.first)
        #expect(throws: PlanError.self) { try merged.applying(try merged.resolution(of: conflict, taking: .theirs)) }
    }

    @Test("ours moved the event's start after the end theirs set: ours kept, a conflict on end")
    func startAfterEnd() throws {
        var ours = base, theirs = base
        ours.events[0].start = Fixture.t("11:00")
        theirs.events[0].end = Fixture.t("10:30")
        let merged = try PlanMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(merged.consistencyProblems().isEmpty)
        #expect(merged.events[0].start == Fixture.t("11:00") && merged.events[0].end == Fixture.t("12:00"))
        #expect(merged.conflicts.map(\.field) == ["end"])
    }

    @Test("an item moved late on one side and lengthened on the other past midnight: a conflict, not a broken plan")
    func pastMidnight() throws {
        var ours = base, theirs = base
        ours.events[0].items[3].start = Fixture.t("23:00")
        theirs.events[0].items[3].minutes = 120
        let merged = try PlanMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(merged.consistencyProblems().isEmpty)
        #expect(merged.conflicts.map(\.field) == ["minutes"])
    }
}

@Suite("Three-way merge: a person deleted on one side and changed on the other stays whole")
struct MergeKeptRecordsTests {
    let base = Fixture.book()

    @Test("they removed 陈思远, we changed his phone: kept with his participation and parts until resolved")
    func keptWhole() throws {
        var ours = base
        ours.people[2].phone = "13800000000"
        let theirs = try base.applying(.removePerson(id: "p3"))
        let merged = try PlanMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(merged.consistencyProblems().isEmpty)
        #expect(merged.conflicts.map(\.record) == [MergeRecordPath(.person, id: "p3")])
        #expect(merged.events[0].participant("p3") != nil, "his participation is kept with him")
        #expect(merged.events[0].items[0].roles == base.events[0].items[0].roles, "and his part")
        #expect(merged.events[0].items[2].roles == base.events[0].items[2].roles)
        let conflict = try #require(merged.conflicts.first)
        let kept = try merged.applying(try merged.resolution(of: conflict, taking: .ours))
        #expect(kept.events[0].participant("p3") != nil && kept.person("p3")?.phone == "13800000000")
        let removed = try merged.applying(try merged.resolution(of: conflict, taking: .theirs))
        #expect(removed.person("p3") == nil && removed.events[0].participant("p3") == nil)
        #expect(!removed.events[0].items.contains { $0.roles.contains { $0.person == "p3" } })
        #expect(removed.events[0].participants == theirs.events[0].participants)
        #expect(removed.events[0].items.map(\.roles) == theirs.events[0].items.map(\.roles))
    }

    @Test("conflicts read in the reader's language: replies, parts with names, lengths in minutes")
    func saidInLanguage() throws {
        var ours = base, theirs = base
        ours.events[0].participants[2].rsvp = .declined
        theirs.events[0].participants[2].rsvp = .confirmed
        ours.events[0].items[3].minutes = 30
        theirs.events[0].items[3].minutes = 50
        ours.events[0].items[1].roles = [Role(person: "p1", part: .narrator)]
        theirs.events[0].items[1].roles = [Role(person: "p2", part: .narrator)]
        let merged = try PlanMerge.merge(base: base, ours: ours, theirs: theirs)
        let zh = merged.conflicts.map { merged.mergeConflictText($0).text(.zh) }
        #expect(zh.contains("参加人员“陈思远”（e1 p3）的回复：我方“已谢绝”，对方“已确认”"), "\(zh)")
        #expect(zh.contains { $0.hasSuffix("的时长：我方“30 分钟”，对方“50 分钟”") }, "\(zh)")
        #expect(zh.contains { $0.contains("的分工：我方“讲解员 程智鹏”，对方“讲解员 徐晓敏”") }, "\(zh)")
        let en = merged.conflicts.map { merged.mergeConflictText($0).text(.en) }
        #expect(en.contains("participant 陈思远 (e1 p3), reply: ours “declined”, theirs “confirmed”"), "\(en)")
    }
}
