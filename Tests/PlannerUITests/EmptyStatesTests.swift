import PlanFile
import PlannerCore
import PlannerUI
import TerminalKit
import Testing

/// The plans a new user meets: nothing at all, an event with nothing in it, the sample with a part missing.
enum Shape: String, CaseIterable, CustomTestStringConvertible {
    case emptyPlan, noEvent, noVenue, noItems, noParticipants, organisationOnly

    var testDescription: String { rawValue }

    var book: Book {
        var book = SampleBook.make()
        switch self {
        case .emptyPlan: return Book()
        case .organisationOnly:
            var empty = Book()
            empty.organisations = [book.organisations[0]]
            return empty
        case .noEvent: book.events = []
        case .noVenue: book.events[0].venue = nil
        case .noItems: book.events[0].items = []
        case .noParticipants:
            book.events[0].participants = []
            for i in book.events[0].items.indices { book.events[0].items[i].roles = [] }
        }
        return book
    }
}

@Suite("Empty states: every screen, every command key, no trap")
struct EmptyStatesTests {
    static let keys: [Key] = [
        .char("a"), .enter, .char("e"), .char("d"), .char("p"), .char("K"), .char("J"), .char(" "), .char("/"),
    ]
    /// What a user presses next in whatever opened: accept, answer yes, pick, then leave.
    static let followUps: [Key] = [.ctrl("s"), .char("y"), .enter, .ctrl("s"), .escape, .escape]

    @Test(
        "each key on each screen of each shape, then accepting what it opened, draws at 100×30 and 60×16",
        arguments: Shape.allCases)
    func everyKey(shape: Shape) {
        for screen in Screen.allCases {
            for key in Self.keys {
                var state = AppState(book: shape.book, file: "plan.json", size: Size(width: 100, height: 30))
                press(.char(Character(String(screen.rawValue))), &state)
                press(key, &state)
                _ = frame(state)
                for next in Self.followUps {
                    press(next, &state)
                    _ = frame(state)
                }
                state.size = Size(width: 60, height: 16)
                _ = frame(state)
                for key in Self.keys { press(key, &state) }
                _ = frame(state)
            }
        }
    }

    @Test("every screen says what is missing when there is no event", arguments: [Shape.emptyPlan, .noEvent])
    func sayWhatIsMissing(shape: Shape) {
        for screen in [Screen.agenda, .participants, .venue, .checks, .overview] {
            var state = AppState(book: shape.book, file: "plan.json", size: Size(width: 100, height: 30))
            press(.char(Character(String(screen.rawValue))), &state)
            #expect(rows(frame(state)).joined().contains("No event yet. Press a to create one"), "\(screen)")
        }
    }

    @Test(
        "a on a screen that needs an event offers a new event first",
        arguments: [Screen.agenda, .participants, .venue, .checks])
    func addOffersEvent(screen: Screen) {
        var state = AppState(book: Book(), file: "plan.json", size: Size(width: 100, height: 30))
        press(.char(Character(String(screen.rawValue))), &state)
        press(.char("a"), &state)
        #expect(currentForm(state)?.title == "New event")
    }

    @Test("the reported crash: empty plan, add an organisation, then a on the Agenda")
    func reportedCrash() {
        var state = AppState(book: Book(), file: "p.json", size: Size(width: 100, height: 30))
        press(.char("4"), &state)
        press(.char("a"), &state)
        typeKeys("天极电子", &state)
        press(.ctrl("s"), &state)
        #expect(state.book.organisations.map(\.name) == ["天极电子"])
        press(.char("2"), &state)
        press(.char("a"), &state)
        #expect(currentForm(state)?.title == "New event")
        typeKeys("联建活动", &state)
        press(.ctrl("s"), &state)
        #expect(state.book.events.map(\.title) == ["联建活动"])
        #expect(state.event?.items.count == 4, "the four standard parts")
        press(.char("a"), &state)
        #expect(currentForm(state)?.title == "New agenda item")
    }

    @Test("after deleting the sample's only event, a on the Agenda offers a new event")
    func deletedEvent() {
        var state = AppState(book: SampleBook.make(), file: "plan.json", size: Size(width: 100, height: 30))
        press(.char("1"), &state)
        press(.char("d"), &state)
        press(.char("y"), &state)
        #expect(state.book.events.isEmpty)
        press(.char("2"), &state)
        press(.char("a"), &state)
        #expect(currentForm(state)?.title == "New event")
    }

    @Test("on a venue-less event, accepting a new room asks for the venue first instead of failing later")
    func roomWithoutVenue() {
        var state = AppState(book: Shape.noVenue.book, file: "plan.json", size: Size(width: 100, height: 30))
        press(.char("5"), &state)
        #expect(rows(frame(state)).joined().contains("has no venue yet. Press a to add one."))
        press(.char("a"), &state)
        #expect(currentForm(state)?.title == "New venue for this event")
    }

    @Test("with nobody on any roster, a on Participants opens the organisation form, then the person form")
    func participantsFromNothing() {
        var state = AppState(book: Shape.organisationOnly.book, file: "plan.json", size: Size(width: 100, height: 30))
        press(.char("1"), &state)
        press(.char("a"), &state)
        typeKeys("座谈", &state)
        press(.ctrl("s"), &state)
        press(.char("3"), &state)
        press(.char("a"), &state)
        #expect(currentForm(state)?.title == "New person")
    }
}
