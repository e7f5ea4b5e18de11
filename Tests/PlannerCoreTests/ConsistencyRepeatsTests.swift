import PlannerCore
import Testing

@Suite("Consistency: repeats in an event's list, found by roster position")
struct ConsistencyRepeatsTests {
    @Test("the same person in two events is fine; twice in one event is reported, on the roster or not")
    func repeats() {
        var book = Fixture.book()
        var second = book.events[0]
        second.id = "e2"
        second.items = []
        second.participants = [
            Participant(person: "p1"), Participant(person: "p2"), Participant(person: "p2"),
            Participant(person: "ghost"), Participant(person: "ghost"),
        ]
        book.events.append(second)
        let problems = book.consistencyProblems().map(\.description)
        #expect(!problems.contains { $0.hasPrefix("events[0].participants") })
        #expect(
            problems == [
                "events[1].participants[2].person: 'p2' is listed twice",
                "events[1].participants[3].person: 'ghost' is not a person in this file",
                "events[1].participants[4].person: 'ghost' is not a person in this file",
                "events[1].participants[4].person: 'ghost' is listed twice",
            ])
    }

    @Test("an empty person id is reported even when no id repeats")
    func emptyID() {
        var book = Fixture.book()
        book.people[1].id = ""
        book.events[0].participants.removeAll { $0.person == "p2" }
        book.events[0].items = []
        #expect(book.consistencyProblems().map(\.description) == ["people[1].id: a person needs an id"])
    }
}
