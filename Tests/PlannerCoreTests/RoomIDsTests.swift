import Phrasebook
import PlannerCore
import Testing

private typealias F = Fixture

@Suite("Rooms by id, and ids that are never handed out twice")
struct RoomIDsTests {
    private func refusal(_ edit: Edit, on book: Book = F.book(), in language: Language = .en) -> String? {
        do {
            _ = try book.applying(edit)
            return nil
        } catch let error as PlanError {
            return error.phrase.text(language)
        } catch {
            return "unexpected \(error)"
        }
    }

    @Test("renaming a room renames it in every item that uses it")
    func renameShowsEverywhere() throws {
        var venue = try #require(F.book().venue("v1"))
        venue.rooms[0].name = "序厅"
        let book = try F.book().applying(.updateVenue(venue))
        let names = book.e1.items.map { book.roomName(of: $0, in: book.e1) }
        #expect(names == ["序厅", "序厅", "会议室", nil])
    }

    @Test("a room in use cannot leave its venue: the refusal names the items, in both languages")
    func removingARoomInUseIsRefused() throws {
        var venue = try #require(F.book().venue("v1"))
        venue.rooms.removeAll { $0.id == "r1" }
        #expect(
            refusal(.updateVenue(venue))
                == "the room 展厅 is used by 2 items: '重温入党誓词' (i1), '参观学习' (i2); give them another room or none first")
        #expect(
            refusal(.updateVenue(venue), in: .zh)
                == "场地“展厅”正由2 项议程使用：“重温入党誓词”（i1）、“参观学习”（i2）；请先为这些议程另选场地或不设场地")
    }

    @Test("the removal the planner asks about takes the room off its items too, and one undo brings all back")
    func roomRemovalIsOneStep() throws {
        let book = F.book()
        let removal = try #require(book.roomRemoval("r1", from: "v1"))
        var history = History(book: book)
        try history.apply(removal)
        #expect(history.book.venue("v1")?.rooms.map(\.id) == ["r2"])
        #expect(history.book.e1.items.map(\.room) == [nil, nil, "r2", nil])
        history.undo()
        #expect(history.book.e1.items.map(\.room) == book.e1.items.map(\.room))
        #expect(history.book.venue("v1") == book.venue("v1"))
        #expect(book.roomRemoval("r9", from: "v1") == nil)
    }

    @Test("choosing another venue says which items lose their rooms")
    func newVenueConsequence() throws {
        var details = EventDetails(of: F.book().e1)
        details.venue = "v2"
        let note = try #require(F.book().consequences(of: .updateEvent(id: "e1", details: details)))
        #expect(
            note.text(.en)
                == "3 items lose their room, which the new venue does not have: '重温入党誓词' (i1), '参观学习' (i2), '党建座谈会' (i3)"
        )
        #expect(note.text(.zh) == "3 项议程将不再设场地（新场馆没有原来的场地）：“重温入党誓词”（i1）、“参观学习”（i2）、“党建座谈会”（i3）")
    }

    @Test("a new room's id is never one another venue's room has")
    func roomIDsAreUniqueAcrossVenues() throws {
        var v2 = try #require(F.book().venue("v2"))
        v2.rooms = [Room(id: "r1", name: "大厅")]
        #expect(refusal(.updateVenue(v2)) == "there is already a room with id r1")
        #expect(F.book().newID(.room) == "r3")
    }

    @Test("deleting the newest person and adding another does not reuse the id")
    func deletedIDIsNotReused() throws {
        var book = try F.book().applying(.addPerson(Person(id: F.book().newID(.person), name: "王芳", org: "o1")))
        let added = try #require(book.people.last?.id)
        book = try book.applying(.removePerson(id: added))
        #expect(book.newID(.person) != added)
        #expect(book.issued[.person] == Int(added.dropFirst()))
    }

    @Test("undoing an add does not make its id free again, and redo keeps it")
    func undoKeepsTheNumbers() throws {
        var history = History(book: F.book())
        let id = history.book.newID(.item)
        try history.apply(
            .addItem(
                event: "e1", item: AgendaItem(id: id, kind: .other, title: "合影留念", start: F.t("12:00"), minutes: 10)))
        history.undo()
        #expect(history.book.e1.item(id) == nil)
        #expect(history.book.newID(.item) != id)
        history.redo()
        #expect(history.book.e1.item(id) != nil)
        #expect(history.book.newID(.item) != id)
    }

    @Test("the allocator continues after the highest number issued, even above the ids in use")
    func allocatorStartsAboveIssued() {
        var book = F.book()
        book.issued = IssuedIDs([.person: 40])
        var allocator = book.idAllocator(.person)
        #expect([allocator.next(), allocator.next()] == ["p41", "p42"])
        book.issued = IssuedIDs()
        book.noteIDsInUse()
        #expect(book.issued[.person] == book.highestInUse(.person))
        #expect(book.issued[.room] == 2)
    }
}
