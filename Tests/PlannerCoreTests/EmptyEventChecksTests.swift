import Phrasebook
import PlannerCore
import Testing

/// An event with nothing planned yet says what it lacks instead of "no problems".
@Suite("Checks: what an event still lacks")
struct EmptyEventChecksTests {
    /// The fixture's book with a second event that has nothing yet.
    static func bookWithBlankEvent() -> Book {
        var book = ChecksTests.clean()
        book.events.append(
            Event(
                id: "e2", title: "新活动", date: Fixture.d("2023-07-01"), start: Fixture.t("09:00"),
                end: Fixture.t("11:00")))
        return book
    }

    @Test("a blank event warns of no venue, no participants and no agenda, in that order")
    func blankEvent() {
        let book = Self.bookWithBlankEvent()
        let found = Checks.problems(in: book.events[1], book: book)
        #expect(found.map(\.code) == ["no-venue", "no-participants", "no-agenda"])
        #expect(found.allSatisfy { $0.severity == .warning && $0.ids == ["e2"] })
        #expect(
            found.map(\.message.description) == [
                "'新活动' has no venue yet; choose where it takes place",
                "nobody takes part in '新活动' yet; add participants",
                "'新活动' has no agenda yet; add its items",
            ])
        #expect(
            found.map { $0.message.text(.zh) } == [
                "“新活动”还没有活动地点；请选定场馆", "“新活动”还没有参加人员；请添加参加人员", "“新活动”还没有议程；请添加议程项目",
            ])
    }

    @Test(
        "each lack alone gives only its own warning",
        arguments: ["no-venue", "no-participants", "no-agenda"])
    func eachAlone(code: String) throws {
        var book = ChecksTests.clean()
        switch code {
        case "no-venue":
            book.events[0].venue = nil
        // Without a venue no room can be checked; the items keep their room names.
        case "no-participants":
            book.events[0].participants = []
            book.events[0].orgs = []
            for i in book.events[0].items.indices { book.events[0].items[i].roles = [] }
            book.events[0].items = [book.events[0].items[3]]
            book.events[0].items[0].start = Fixture.t("09:00")
            book.events[0].items[0].minutes = 180
            book.events[0].items[0].kind = .other
        default:
            book.events[0].items = []
        }
        let found = ChecksTests.problems(book)
        #expect(found.map(\.code) == [code])
    }
}
