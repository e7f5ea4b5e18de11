import Foundation
import PlannerCore
import Testing

@Suite("An agenda item's revision and modified time advance when an edit changes it")
struct ItemRevisionTests {
    private let noon = Date(timeIntervalSince1970: 1_686_888_000)
    private let later = Date(timeIntervalSince1970: 1_686_891_600)

    private func item(_ book: Book, _ id: String) throws -> AgendaItem { try #require(book.events[0].item(id)) }

    @Test("updating an item advances its revision and sets modified to the edit's time; the others stay")
    func updateAdvances() throws {
        let book = Fixture.book()
        var changed = try item(book, "i3")
        changed.title = "党建座谈会（扩大）"
        let once = try book.applying(.updateItem(event: "e1", item: changed), at: noon)
        #expect(try item(once, "i3").revision == 1)
        #expect(try item(once, "i3").modified == noon)
        #expect(try item(once, "i1").revision == 0 && item(once, "i1").modified == nil)
        changed.notes = "议程调整"
        let twice = try once.applying(.updateItem(event: "e1", item: changed), at: later)
        #expect(try item(twice, "i3").revision == 2)
        #expect(try item(twice, "i3").modified == later)
    }

    @Test("an update to the values an item already has keeps its revision, whatever revision the edit carried")
    func sameValuesKeep() throws {
        let book = Fixture.book()
        var same = try item(book, "i2")
        same.revision = 41
        let after = try book.applying(.updateItem(event: "e1", item: same), at: noon)
        #expect(try item(after, "i2").revision == 0 && item(after, "i2").modified == nil)
        #expect(!book.wouldChange(.updateItem(event: "e1", item: same)))
    }

    @Test("moving with the following items, assigning a part and changing the event's date advance each item touched")
    func otherEdits() throws {
        let book = Fixture.book()
        let moved = try book.applying(
            .moveItem(event: "e1", item: "i3", to: try #require(ClockTime("10:30")), shiftFollowing: true), at: noon)
        #expect(try moved.events[0].items.map(\.revision) == [0, 0, 1, 1])
        let assigned = try moved.applying(.assign(event: "e1", item: "i3", role: Role(person: "p1", part: .speaker)))
        #expect(try item(assigned, "i3").revision == 2)
        var details = EventDetails(of: assigned.events[0])
        details.date = try #require(CivilDate("2023-06-17"))
        let redated = try assigned.applying(.updateEvent(id: "e1", details: details), at: later)
        #expect(redated.events[0].items.map(\.revision) == [1, 1, 3, 2])
        #expect(redated.events[0].items.allSatisfy { $0.modified == later })
    }

    @Test("an added item starts at revision 0, modified when added; History uses its clock")
    func addAndHistory() throws {
        var history = History(book: Fixture.book(), clock: { Date(timeIntervalSince1970: 1_686_888_000) })
        let new = AgendaItem(
            id: "i9", kind: .other, title: "合影留念", start: try #require(ClockTime("12:00")), minutes: 10)
        try history.apply(.addItem(event: "e1", item: new))
        let added = try item(history.book, "i9")
        #expect(added.revision == 0 && added.modified == noon)
    }
}

@Suite("Renaming what an item's calendar entry shows advances that item's revision")
struct CalendarNameRevisionTests {
    private let noon = Date(timeIntervalSince1970: 1_686_888_000)

    private func revisions(_ book: Book) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: book.events[0].items.map { ($0.id, $0.revision) })
    }

    @Test("renaming a person who has a part advances exactly the items where they have one")
    func renamePerson() throws {
        let book = Fixture.book()
        var person = try #require(book.person("p1"))
        let holding = Set(book.events[0].items.filter { $0.roles.contains { $0.person == "p1" } }.map(\.id))
        #expect(!holding.isEmpty && holding.count < book.events[0].items.count)
        person.name = "程智鹏（改）"
        let after = try book.applying(.updatePerson(person), at: noon)
        for item in after.events[0].items {
            #expect(item.revision == (holding.contains(item.id) ? 1 : 0), "\(item.id)")
            #expect((item.modified == noon) == holding.contains(item.id), "\(item.id)")
        }
        person.phone = "13800000000"
        let phoned = try after.applying(.updatePerson(person), at: noon)
        #expect(revisions(phoned) == revisions(after), "a phone number is not in the calendar")
    }

    @Test("renaming the venue advances every item of its events; renaming a room only the items in it")
    func renameVenueAndRoom() throws {
        let book = Fixture.book()
        let venueID = try #require(book.events[0].venue)
        var venue = try #require(book.venue(venueID))
        venue.name = "冼星海纪念馆（新馆）"
        let renamed = try book.applying(.updateVenue(venue), at: noon)
        #expect(renamed.events[0].items.allSatisfy { $0.revision == 1 })
        let room = try #require(venue.rooms.first)
        let inRoom = Set(book.events[0].items.filter { $0.room == room.id }.map(\.id))
        #expect(!inRoom.isEmpty && inRoom.count < book.events[0].items.count)
        venue.rooms[0].name = "一号展厅"
        let roomed = try renamed.applying(.updateVenue(venue), at: noon)
        for item in roomed.events[0].items {
            #expect(item.revision == (inRoom.contains(item.id) ? 2 : 1), "\(item.id)")
        }
        venue.notes = "停车场在东门"
        #expect(revisions(try roomed.applying(.updateVenue(venue), at: noon)) == revisions(roomed))
    }
}
