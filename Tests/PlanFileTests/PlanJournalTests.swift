import ConveneTestSupport
import Foundation
import Phrasebook
import PlanFile
import PlannerCore
import Testing

@Suite("The planner's journal")
struct PlanJournalTests {
    /// One edit of every kind, on the sample's records.
    static var everyEdit: [Edit] {
        let book = SampleBook.make()
        let event = book.events[0], item = event.items[2], person = book.people[0], org = book.organisations[0]
        let venue = book.venues[0]
        let role = Role(person: person.id, part: .speaker, topic: "题目", minutes: 20)
        return [
            .addOrganisation(org), .updateOrganisation(org), .removeOrganisation(id: org.id),
            .addPerson(person), .updatePerson(person), .removePerson(id: person.id),
            .addVenue(venue), .updateVenue(venue), .removeVenue(id: venue.id),
            .addEvent(event), .updateEvent(id: event.id, details: EventDetails(of: event)), .removeEvent(id: event.id),
            .invite(event: event.id, org: org.id, part: .host), .uninvite(event: event.id, org: org.id),
            .setQuota(event: event.id, org: org.id, quota: 5), .setQuota(event: event.id, org: org.id, quota: nil),
            .addParticipant(event: event.id, person: person.id, rsvp: .invited),
            .setRSVP(event: event.id, person: person.id, rsvp: .declined),
            .addParticipant(event: event.id, person: person.id, rsvp: .confirmed, capacity: .observer),
            .setCapacity(event: event.id, person: person.id, capacity: .staff),
            .setLeave(event: event.id, person: person.id, leave: Leave(reason: .sick, note: "发烧", approvedBy: "p3")),
            .setLeave(event: event.id, person: person.id, leave: nil),
            .setAttendance(event: event.id, person: person.id, attendance: .signedIn(at: ClockTime(clamping: 530))),
            .setAttendance(event: event.id, person: person.id, attendance: .signedIn(at: nil)),
            .setAttendance(event: event.id, person: person.id, attendance: .absent),
            .setAttendance(event: event.id, person: person.id, attendance: .notYet),
            .removeParticipant(event: event.id, person: person.id),
            .addItem(event: event.id, item: item), .updateItem(event: event.id, item: item),
            .moveItem(event: event.id, item: item.id, to: ClockTime(clamping: 615), shiftFollowing: true),
            .removeItem(event: event.id, item: item.id), .assign(event: event.id, item: item.id, role: role),
            .updateRole(event: event.id, item: item.id, index: 1, role: role),
            .unassign(event: event.id, item: item.id, index: 0),
            .batch(
                [.removeItem(event: event.id, item: item.id), .removeEvent(id: event.id)], label: Self.everyArgument),
        ]
    }

    /// A multi-edit step's label with every kind of argument, nested: the journal keeps it as a phrase.
    static let everyArgument = Phrase(
        key: "{} {} {} {} {}",
        arguments: [
            .text("座谈会"), .phrase(tr("move '\("x")' earlier")), .count(2),
            .series([.verbatim("a"), tr("remove part")]),
            .clauses([Phrase(key: "{}", arguments: [.phrase(.verbatim("b"))])]),
        ])

    /// A journal of the sample plan holding `steps`, closed as after its planner died, with `then` appended as it
    /// is (a torn line, a line an older Convene wrote).
    static func deadJournal(_ steps: [HistoryStep], then text: String) throws -> (TempFolder, String, String) {
        let folder = TempFolder()
        let plan = folder.file("plan.json")
        try PlanStore(path: plan).save(SampleBook.make())
        var path = ""
        do {
            let journal = try PlanJournal.create(forPlan: plan, base: PlanFingerprint(Data()))
            for step in steps { try journal.append(step) }
            path = journal.path
        }  // closed: as after a death, nobody holds it
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
        try handle.close()
        return (folder, plan, path)
    }

    @Test("every kind of edit, undo and redo survives the journal; the file is 0600")
    func roundTrip() throws {
        let folder = TempFolder()
        let plan = folder.file("plan.json")
        try PlanStore(path: plan).save(SampleBook.make())
        let fingerprint = PlanFingerprint(try PlanStore(path: plan).readBytes())
        let journal = try PlanJournal.create(forPlan: plan, base: fingerprint)
        let steps = Self.everyEdit.map(HistoryStep.apply) + [.undo, .redo]
        for step in steps { try journal.append(step) }
        #expect(mode(journal.path) == 0o600)
        let read = try PlanJournal.read(journal.path)
        #expect(read.steps == steps)
        #expect(read.base == fingerprint.description)
        #expect(PlanJournal.orphans(forPlan: plan).isEmpty, "a journal whose planner lives is not offered")
    }

    @Test("a journal whose planner died is offered; a torn last line is left out; set aside keeps it")
    func orphanAndTorn() throws {
        let (folder, plan, path) = try Self.deadJournal(
            [.apply(.removeEvent(id: "e1")), .undo], then: "{\"at\":\"2026-12-01T00:00:00Z\",\"op\":\"app")
        #expect(PlanJournal.orphans(forPlan: plan) == [path])
        #expect(try PlanJournal.read(path).steps == [.apply(.removeEvent(id: "e1")), .undo])
        let aside = try PlanJournal.setAside(path, to: PlanJournal.asidePath(for: plan))
        #expect(aside.hasPrefix(folder.file("plan.json.journal-")))
        #expect(FileManager.default.fileExists(atPath: aside))
        #expect(PlanJournal.orphans(forPlan: plan).isEmpty)
    }

    @Test("a multi-edit step from an older journal (its label in English only) replays with that label")
    func olderBatchLabel() throws {
        let line =
            #"{"at":"2026-12-01T00:00:00Z","edit":{"case":"batch","edits":[{"case":"removeEvent","id":"e1"}],"label":"remove it"},"op":"apply"}"#
        let (folder, _, path) = try Self.deadJournal([], then: line + "\n")
        let steps = try withExtendedLifetime(folder) { try PlanJournal.read(path).steps }
        #expect(steps == [.apply(.batch([.removeEvent(id: "e1")], label: .verbatim("remove it")))])
    }

    @Test("a multi-edit step is said in the reader's language after a replay")
    func batchLabelInChinese() throws {
        let folder = TempFolder()
        let plan = folder.file("plan.json")
        try PlanStore(path: plan).save(SampleBook.make())
        let journal = try PlanJournal.create(forPlan: plan, base: PlanFingerprint(Data()))
        try journal.append(.apply(.batch([.removeEvent(id: "e1")], label: tr("move '\("座谈会")' later"))))
        let read = try PlanJournal.read(journal.path)
        guard case .apply(let edit) = try #require(read.steps.first) else {
            Issue.record("\(read.steps)")
            return
        }
        #expect(edit.summary.text(.zh) == "把“座谈会”后移")
        #expect(edit.summary.text(.en) == "move '座谈会' later")
    }

    @Test("two planners on one plan get two journals, both hidden beside the plan")
    func twoSessions() throws {
        let folder = TempFolder()
        let plan = folder.file("plan.json")
        let first = try PlanJournal.create(forPlan: plan, base: PlanFingerprint(Data()))
        let second = try PlanJournal.create(forPlan: plan, base: PlanFingerprint(Data()))
        #expect(first.path != second.path)
        #expect([first.path, second.path].allSatisfy { $0.hasPrefix(folder.file(".plan.json.")) })
        #expect(PlanJournal.orphans(forPlan: plan).isEmpty)
    }

    @Test("replaying on a changed book skips an edit that no longer applies, with its undo and redo")
    func replaySkips() throws {
        let book = SampleBook.make()
        let event = book.events[0]
        let steps: [HistoryStep] = [
            .apply(.setRSVP(event: event.id, person: "nobody", rsvp: .declined)),  // fails
            .apply(.removeItem(event: event.id, item: event.items[0].id)),
            .undo,  // undoes the removal
            .undo,  // would undo the failed one: skipped
            .redo,  // redoes the failed one: skipped
        ]
        var history = History(book: book)
        let (performed, skipped) = history.replay(steps)
        #expect(skipped.map(\.index) == [0])
        #expect(performed == [.apply(.removeItem(event: event.id, item: event.items[0].id)), .undo])
        #expect(history.book == book)
    }
}
