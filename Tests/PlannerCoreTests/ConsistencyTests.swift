import PlannerCore
import Testing

private typealias F = Fixture

@Suite("Consistency of a book read from a file")
struct ConsistencyTests {
    @Test("the fixture holds together")
    func fixtureIsConsistent() {
        #expect(F.book().consistencyProblems().isEmpty)
        #expect(Book().consistencyProblems().isEmpty)
    }

    @Test("dangling references are reported with their paths")
    func dangling() {
        var book = F.book()
        book.people[1].org = "o9"
        book.events[0].venue = "v9"
        book.events[0].orgs[1].org = "o8"
        book.events[0].participants[2].person = "p9"
        book.events[0].items[2].roles[1].person = "p7"
        book.events[0].items.removeAll { $0.id != "i3" }
        book.events[0].items[0].room = "r1"
        let problems = book.consistencyProblems().map(\.description)
        #expect(
            problems == [
                "people[1].org: 'o9' is not an organisation in this file",
                "events[0].venue: 'v9' is not a venue in this file",
                "events[0].orgs[1].org: 'o8' is not an organisation in this file",
                "events[0].participants[2].person: 'p9' is not a person in this file",
                "events[0].items[0].room: 'r1' is not a room of the event's venue",
                "events[0].items[0].roles[1].person: 'p7' is not a person in this file",
            ])
    }

    @Test("duplicate and empty ids are reported with their paths")
    func duplicates() {
        var book = F.book()
        book.people[3].id = "p1"
        book.organisations.append(Organisation(id: "", name: "无名"))
        book.venues[1].id = "v1"
        book.events.append(
            Event(
                id: "e1", title: "重复", date: CivilDate("2023-07-01")!, start: ClockTime("09:00")!,
                end: ClockTime("10:00")!,
                items: [AgendaItem(id: "i2", kind: .other, title: "甲", start: ClockTime("09:00")!, minutes: 5)]))
        book.events[0].participants.append(Participant(person: "p1"))
        let problems = book.consistencyProblems().map(\.description)
        #expect(problems.contains("people[3].id: the id 'p1' is used twice"))
        #expect(problems.contains("organisations[3].id: an organisation needs an id"))
        #expect(problems.contains("venues[1].id: the id 'v1' is used twice"))
        #expect(problems.contains("events[1].id: the id 'e1' is used twice"))
        #expect(problems.contains("events[1].items[0].id: the id 'i2' is used twice"))
        #expect(problems.contains("events[0].participants[3].person: 'p1' is listed twice"))
        #expect(problems.count == 6, "\(problems)")
    }

    @Test("impossible values are reported")
    func impossibleValues() {
        var book = F.book()
        book.events[0].end = ClockTime("08:00")!
        book.events[0].items[3].minutes = 0
        book.venues[0].capacity = -3
        let problems = book.consistencyProblems().map(\.path)
        #expect(problems == ["venues[0].capacity", "events[0].end", "events[0].items[3].minutes"])
    }

    @Test("an unknown time zone is reported with the event and the remedy; a known one is not")
    func unknownTimeZone() throws {
        var book = F.book()
        book.events[0].tz = "Mars/Olympus"
        book.events.append(book.events[0])
        book.events[1].id = "e2"
        book.events[1].items = []
        book.events[1].tz = "Europe/Berlin"
        #expect(
            book.consistencyProblems().map(\.description) == [
                "events[0].tz: event e1 '\(book.events[0].title)' is in the time zone 'Mars/Olympus', which Convene does not know; use an IANA zone such as Asia/Shanghai"
            ])
    }
}
