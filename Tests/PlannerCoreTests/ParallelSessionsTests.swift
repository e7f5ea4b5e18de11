import Phrasebook
import PlannerCore
import Testing

/// Items at the same time: parallel sessions in different rooms are normal; the same room twice is an error, the
/// same person twice is `double-booked`, and an item with no room overlapping another is a warning.
@Suite("Checks: parallel sessions")
struct ParallelSessionsTests {
    /// The clean fixture with the symposium (会议室, 10:20–11:20) joined by a parallel session at 10:20.
    static func book(room: String?, roles: [Role] = []) -> Book {
        var book = ChecksTests.clean()
        book.venues[0].rooms.append(Room(id: "r3", name: "报告厅", capacity: 60))
        book.events[0].items.insert(
            AgendaItem(
                id: "i5", kind: .other, title: "分组讨论", start: Fixture.t("10:20"), minutes: 60, room: room,
                roles: roles),
            at: 3)
        return book
    }

    @Test("items in different rooms at the same time are no problem")
    func differentRooms() {
        #expect(ChecksTests.problems(Self.book(room: "r3")).isEmpty)
    }

    @Test("the same room twice at once is an overlap error naming the room")
    func sameRoom() throws {
        let p = try #require(ChecksTests.only(Self.book(room: "r2"), code: "overlap"))
        #expect(p.severity == .error)
        #expect(p.ids == ["i3", "i5"])
        #expect(
            p.message.description
                == "'党建座谈会' (10:20–11:20) uses 会议室 at the same time as '分组讨论' (10:20–11:20); move one or give it another room"
        )
        #expect(p.message.text(.zh) == "“党建座谈会”（10:20–11:20）与“分组讨论”（10:20–11:20）同时使用会议室；请调整时间或改用其他场地")
    }

    @Test("an item with no room beside another is a warning: it may be in the same place")
    func noRoom() throws {
        let p = try #require(ChecksTests.only(Self.book(room: nil), code: "overlap"))
        #expect(p.severity == .warning)
        #expect(
            p.message.description
                == "'党建座谈会' (10:20–11:20) overlaps '分组讨论' (10:20–11:20), and not both have a room; give each its room if they run in parallel"
        )
    }

    @Test("the same person in two parallel sessions is double-booked, even in different rooms")
    func samePerson() throws {
        let book = Self.book(room: "r3", roles: [Role(person: "p1", part: .speaker)])
        let p = try #require(ChecksTests.only(book, code: "double-booked"))
        #expect(p.message.description == "程智鹏 has parts in '党建座谈会' and '分组讨论' at the same time")
    }

    @Test("one problem per item however many it clashes with, same-room and roomless counted apart")
    func many() {
        var book = Self.book(room: "r2")
        for (n, room) in ["r2", "r2", nil, "r3"].enumerated() {
            book.events[0].items.insert(
                AgendaItem(
                    id: "i\(6 + n)", kind: .other, title: "分组\(n)", start: Fixture.t("10:30"), minutes: 20,
                    room: room),
                at: 4 + n)
        }
        let overlaps = ChecksTests.problems(book).filter { $0.code == "overlap" && $0.ids.first == "i3" }
        #expect(
            overlaps.map(\.message.description) == [
                "'党建座谈会' (10:20–11:20) uses 会议室 at the same time as '分组讨论' (10:20–11:20) and 2 more items; move one or give it another room",
                "'党建座谈会' (10:20–11:20) overlaps '分组2' (10:30–10:50), and not both have a room; give each its room if they run in parallel",
            ])
        #expect(overlaps.map(\.severity) == [.error, .warning])
    }
}
