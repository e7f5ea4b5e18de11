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
