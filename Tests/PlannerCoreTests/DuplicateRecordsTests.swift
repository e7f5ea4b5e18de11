import Phrasebook
import PlannerCore
import Testing

/// Two organisations, venues or events under one name: a warning, compared as the person check compares names.
@Suite("Checks: organisations, venues and events with the same name")
struct DuplicateRecordsTests {
    @Test("two organisations with the same name, however spaced, cased or composed, are a warning naming both")
    func organisations() throws {
        var book = ChecksTests.clean()
        book.organisations.append(Organisation(id: "o4", name: " 广州市科学技术协会 "))
        let p = try #require(ChecksTests.only(book, code: "duplicate-organisation"))
        #expect(p.severity == .warning)
        #expect(p.ids == ["o1", "o4"])
        #expect(
            p.message.description
                == "organisations o1, o4 have the same name, 广州市科学技术协会; rename them so that references and printouts tell them apart"
        )
        #expect(p.message.text(.zh) == "单位 o1、o4 同名（广州市科学技术协会）；请修改名称，以便引用和打印时能区分")

        book.organisations += [
            Organisation(id: "o5", name: "Caf\u{E9} Union"), Organisation(id: "o6", name: "CAFE\u{301} UNION"),
        ]
        let all = ChecksTests.problems(book).filter { $0.code == "duplicate-organisation" }
        #expect(all.map(\.ids) == [["o1", "o4"], ["o5", "o6"]])
    }

    @Test("a venue's name twice is a warning; a similar name is not")
    func venues() throws {
        var book = ChecksTests.clean()
        book.venues.append(Venue(id: "v3", name: "纪念馆"))
        book.venues.append(Venue(id: "v4", name: "纪念馆二楼"))
        let p = try #require(ChecksTests.only(book, code: "duplicate-venue"))
        #expect(p.ids == ["v1", "v3"])
        #expect(
            p.message.description
                == "venues v1, v3 have the same name, 纪念馆; rename them so that references and printouts tell them apart"
        )
    }

    @Test("two events with one title are a warning giving each one's date; three are one warning")
    func events() throws {
        var book = ChecksTests.clean()
        for (id, date) in [("e2", "2023-07-01"), ("e3", "2023-08-01")] {
            var copy = book.events[0]
            copy.id = id
            copy.date = Fixture.d(date)
            book.events.append(copy)
        }
        let p = try #require(ChecksTests.only(book, code: "duplicate-event"))
        #expect(p.ids == ["e1", "e2", "e3"])
        #expect(
            p.message.description
                == "events e1 (2023-06-16), e2 (2023-07-01), e3 (2023-08-01) have the same title, 联建交流活动; rename them so that references and printouts tell them apart"
        )
        // Every event's check says so: the name is ambiguous whichever event is being planned.
        #expect(Checks.problems(in: book.events[2], book: book).contains { $0.code == "duplicate-event" })
    }
}
