import PlanFile
import PlannerCore
import TerminalKit
import Testing

@testable import PlannerUI

/// Two records under one name (a duplicate-… warning) do not look alike in the planner's lists: their ids tell them
/// apart, while records with names of their own are listed as before.
@Suite("Planner: namesakes in pick-lists")
struct NamesakeListsTests {
    @Test("the organisation pick-list adds the ids of two organisations that would look alike")
    func organisations() {
        var s = sampleState()
        let first = s.book.organisations[0]
        s.history = History(
            book: {
                var book = s.book
                book.organisations.append(Organisation(id: "o99", name: first.name, short: first.short))
                return book
            }())
        let options = PickerUpdate.forField(.organisation, s, purpose: .switchEvent).options
        #expect(options.first { $0.id == first.id }?.detail == "\(first.name) · \(first.id)")
        #expect(options.first { $0.id == "o99" }?.detail == "\(first.name) · o99")
        #expect(options.first { $0.id == s.book.organisations[1].id }?.detail == s.book.organisations[1].name)
    }

    @Test("switching events: two events of one title on one date are told apart by id")
    func events() {
        var s = sampleState()
        var book = s.book
        var copy = book.events[0]
        copy.id = "e9"
        book.events.append(copy)
        s.history = History(book: book)
        press(.char("E"), &s)
        let options = currentPicker(s)?.options ?? []
        #expect(options.prefix(2).map(\.detail) == ["2023-06-16 · e1", "2023-06-16 · e9"])
    }

    @Test("the event form's venue choice names namesakes with their ids")
    func venues() {
        var s = sampleState()
        var book = s.book
        book.venues.append(Venue(id: "v9", name: book.venues[0].name))
        s.history = History(book: book)
        let form = EventForm(s, editing: s.event)
        guard case .choice(let choices, _) = form.venue.value else {
            Issue.record("the venue is a choice")
            return
        }
        let name = book.venues[0].name
        #expect(
            choices.map(\.label).filter { $0.hasPrefix(name) } == ["\(name) (\(book.venues[0].id))", "\(name) (v9)"])
    }
}
