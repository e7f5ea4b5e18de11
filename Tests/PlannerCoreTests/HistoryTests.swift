import Foundation
import PlannerCore
import Testing

private typealias F = Fixture

/// One valid edit of every kind, each applicable to `Fixture.book()`.
private let everyEdit: [Edit] = {
    let book = F.book()
    var o1 = F.known(book.organisation("o1"), "organisation o1")
    o1.short = "市科协"
    var p4 = F.known(book.person("p4"), "person p4")
    p4.title = "会员部主任"
    var v2 = F.known(book.venue("v2"), "venue v2")
    v2.capacity = 30
    var i2 = F.known(book.e1.item("i2"), "item i2")
    i2.title = "参观冼星海故乡纪念馆"
    var details = EventDetails(of: book.e1)
    details.title = "党建强堡垒 促发展"
    details.end = F.t("12:30")
    return [
        .addOrganisation(Organisation(id: "o4", name: "广州天极电子科技有限公司", short: "天极电子")),
        .updateOrganisation(o1),
        .removeOrganisation(id: "o3"),
        .addPerson(Person(id: "p5", name: "黄雅琪", latin: "Huang Yaqi", org: "o2", politics: .probationary)),
        .updatePerson(p4),
        .removePerson(id: "p1"),
        .addVenue(Venue(id: "v3", name: "会展中心", rooms: [Room(id: "r9", name: "一号厅")])),
        .updateVenue(v2),
        .removeVenue(id: "v2"),
        .addEvent(Event(id: "e2", title: "第二次活动", date: F.d("2023-07-01"), start: F.t("14:00"), end: F.t("16:00"))),
        .updateEvent(id: "e1", details: details),
        .removeEvent(id: "e1"),
        .invite(event: "e1", org: "o3", part: .participant),
        .invite(event: "e1", org: "o2", part: .participant),
        .uninvite(event: "e1", org: "o1"),
        .addParticipant(event: "e1", person: "p4", rsvp: .invited),
        .setRSVP(event: "e1", person: "p3", rsvp: .declined),
        .removeParticipant(event: "e1", person: "p2"),
        .addItem(event: "e1", item: AgendaItem(id: "i5", kind: .other, title: "合影", start: F.t("08:50"), minutes: 10)),
        .updateItem(event: "e1", item: i2),
        .moveItem(event: "e1", item: "i4", to: F.t("11:30"), shiftFollowing: false),
        .moveItem(event: "e1", item: "i2", to: F.t("09:30"), shiftFollowing: true),
        .removeItem(event: "e1", item: "i1"),
        .assign(event: "e1", item: "i2", role: Role(person: "p4", part: .narrator)),
        .unassign(event: "e1", item: "i3", index: 1),
        .batch(
            [
                .addPerson(Person(id: "p5", name: "黄雅琪", org: "o2", politics: .probationary)),
                .addParticipant(event: "e1", person: "p5", rsvp: .confirmed),
            ], label: .verbatim("add 黄雅琪 and invite")),
    ]
}()

@Suite("History: undo and redo of every edit")
struct HistoryTests {
    @Test(
        "an edit is undone to the exact book before and redone to the exact book after, the ids issued kept",
        arguments: everyEdit)
    func undoRedo(edit: Edit) throws {
        let before = F.book()
        let now = Date(timeIntervalSince1970: 1_686_888_000)
        var history = History(book: before, clock: { now })
        #expect(!history.isModified && !history.canUndo && !history.canRedo)

        try history.apply(edit)
        let after = history.book
        #expect(after != before, "the edit \(edit.summary) changed nothing")
        #expect(after == (try before.applying(edit, at: now)))
        #expect(history.isModified && history.canUndo && !history.canRedo)

        #expect(history.undo() == edit)
        var beforeWithNumbers = before
        beforeWithNumbers.issued = after.issued
        #expect(content(history.book) == content(beforeWithNumbers), "all but the numbers issued and the revisions")
        expectRevisionsGrew(from: after, to: history.book)
        #expect(history.isModified == (history.book != beforeWithNumbers), "a revision moved on is unsaved")
        #expect(!history.canUndo && history.canRedo)

        let undone = history.book
        #expect(history.redo() == edit)
        #expect(content(history.book) == content(after))
        expectRevisionsGrew(from: undone, to: history.book)
        #expect(history.isModified)

        history.markSaved()
        let saved = history.book
        #expect(!history.isModified)
        history.undo()
        #expect(history.isModified, "undoing past the save makes the book differ from the file")
        history.redo()
        #expect(history.isModified == (history.book != saved), "redoing back to the saved book is unmodified again")
    }

    /// The book with every item's revision and time cleared: what undo and redo must bring back exactly.
    private func content(_ book: Book) -> Book {
        var cleared = book
        for e in cleared.events.indices {
            for j in cleared.events[e].items.indices {
                cleared.events[e].items[j].revision = 0
                cleared.events[e].items[j].modified = nil
            }
        }
        return cleared
    }

    /// Every item in both books has a revision no lower in `now`, and a higher one where its content changed.
    private func expectRevisionsGrew(from earlier: Book, to now: Book) {
        for event in now.events {
            guard let old = earlier.event(event.id) else { continue }
            for item in event.items {
                guard let was = old.item(item.id) else { continue }
                #expect(item.revision >= was.revision, "\(item.id) went back from \(was.revision) to \(item.revision)")
                var bare = item, wasBare = was
                (bare.revision, bare.modified, wasBare.revision, wasBare.modified) = (0, nil, 0, nil)
                if bare != wasBare {
                    #expect(item.revision > was.revision, "\(item.id) changed but kept \(was.revision)")
                }
            }
        }
    }

    @Test("undo and redo with nothing to do return nil and change nothing")
    func emptyStacks() {
        var history = History(book: F.book())
        #expect(history.undo() == nil)
        #expect(history.redo() == nil)
        #expect(history.book == F.book())
        #expect(!history.isModified)
    }

    @Test("a refused edit leaves the book and the stacks as they were")
    func refusedEdit() {
        var history = History(book: F.book())
        #expect(throws: PlanError.self) { try history.apply(.removeOrganisation(id: "o2")) }
        #expect(history.book == F.book())
        #expect(!history.canUndo && !history.isModified)
    }

    @Test("a new edit after an undo clears the redo stack")
    func newEditClearsRedo() throws {
        var history = History(book: F.book())
        try history.apply(.removeItem(event: "e1", item: "i1"))
        history.undo()
        #expect(history.canRedo)
        try history.apply(.removeItem(event: "e1", item: "i2"))
        #expect(!history.canRedo)
        #expect(history.book.e1.items.map(\.id) == ["i1", "i3", "i4"])
    }

    @Test("several steps undo in reverse order and the saved point is remembered in the middle")
    func severalSteps() throws {
        let start = F.book()
        var history = History(book: start)
        try history.apply(.removeItem(event: "e1", item: "i1"))
        let one = history.book
        try history.apply(.removeItem(event: "e1", item: "i2"))
        history.markSaved()
        try history.apply(.removeItem(event: "e1", item: "i3"))
        #expect(history.isModified)
        history.undo()
        #expect(!history.isModified)
        history.undo()
        #expect(history.book == one)
        #expect(history.isModified)
        history.undo()
        #expect(history.book == start)
        #expect(history.isModified)
        history.redo()
        history.redo()
        #expect(!history.isModified)
    }

    @Test("an edit, undone, then the same edit applied anew is modified relative to a save made before")
    func reapplyIsModified() throws {
        var history = History(book: F.book())
        history.markSaved()
        try history.apply(.removeItem(event: "e1", item: "i1"))
        history.undo()
        try history.apply(.removeItem(event: "e1", item: "i2"))
        #expect(history.isModified)
    }

    @Test("only the last History.depth steps can be undone")
    func depth() throws {
        var history = History(book: Book(organisations: [Organisation(id: "o1", name: "甲")]))
        for n in 0...History.depth {
            var o = history.book.organisations[0]
            o.name = "名称\(n)"
            try history.apply(.updateOrganisation(o))
        }
        var undone = 0
        while history.undo() != nil { undone += 1 }
        #expect(undone == History.depth)
        #expect(history.book.organisations[0].name == "名称0")
    }

    @Test("reset forgets the history and counts as saved")
    func reset() throws {
        var history = History(book: F.book())
        try history.apply(.removeItem(event: "e1", item: "i1"))
        history.reset(to: Book())
        #expect(history.book == Book())
        #expect(!history.canUndo && !history.canRedo && !history.isModified)
    }

    @Test("every edit has a short summary for the status line, in either language")
    func summaries() {
        #expect(Edit.removeItem(event: "e1", item: "i1").summary.description == "remove item")
        #expect(Edit.removeItem(event: "e1", item: "i1").summary.text(.zh) == "删除议程")
        #expect(
            Edit.moveItem(event: "e1", item: "i1", to: F.t("09:05"), shiftFollowing: false).summary.description
                == "move item to 09:05")
        #expect(Edit.batch([], label: .verbatim("add participants")).summary.description == "add participants")
        for edit in everyEdit {
            #expect(!edit.summary.description.isEmpty)
            #expect(!edit.summary.text(.zh).isEmpty)
        }
    }
}
