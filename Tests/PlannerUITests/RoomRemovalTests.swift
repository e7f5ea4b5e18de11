import Phrasebook
import PlanFile
import PlannerCore
import TerminalKit
import Testing

@testable import PlannerUI

/// The venue screen's rooms, held by id: a rename shows in the agenda, and a room in use is removed only after a
/// question that names its items, together with them, as one step.
@Suite("Venue screen: renaming and removing rooms")
struct RoomRemovalTests {
    func onVenue(_ language: Language = .en) -> AppState {
        var state = AppState(book: SampleBook.make(), file: "/plans/plan.json", size: Size(width: 100, height: 30))
        state.language = language
        press(.char("5"), &state)
        return state
    }

    @Test("d on a room in use asks, naming the items, in both languages")
    func questionNamesTheItems() {
        for (language, expected) in [
            (
                Language.en,
                "Delete the room 展厅? It is taken off 2 items: '重温入党誓词' (i1), '参观冼星海故乡纪念馆' (i2).  y/n"
            ),
            (.zh, "删除场地“展厅”？将同时从2 项议程中去掉该场地：“重温入党誓词”（i1）、“参观冼星海故乡纪念馆”（i2）。  y/n"),
        ] {
            var state = onVenue(language)
            press(.char("d"), &state)
            guard case .confirm(let question) = state.mode else {
                Issue.record("no question in \(language)")
                continue
            }
            #expect(question.question == expected)
        }
    }

    @Test("y removes the room and clears it from its items in one step; u brings both back")
    func yesRemovesInOneStep() {
        var state = onVenue()
        let before = state.book
        press(.char("d"), &state)
        press(.char("y"), &state)
        #expect(state.book.venues[0].rooms.map(\.name) == ["会议室"])
        #expect(state.book.events[0].items.map(\.room) == [nil, nil, "r2", "r2"])
        press(.char("u"), &state)
        #expect(state.book.venues[0] == before.venues[0])
        #expect(state.book.events[0].items.map(\.room) == before.events[0].items.map(\.room))
        // The undo changed what the calendar shows of the items in the room, so their revisions grow, never go back.
        for (now, then) in zip(state.book.events[0].items, before.events[0].items) {
            #expect(now.revision >= then.revision)
        }
    }

    @Test("n keeps the room and its items")
    func noKeepsIt() {
        var state = onVenue()
        let before = state.book
        press(.char("d"), &state)
        press(.char("n"), &state)
        #expect(state.book == before)
    }

    @Test("renaming a room in its form renames it on the agenda")
    func renameShowsOnTheAgenda() {
        var state = onVenue()
        press(.enter, &state)
        press(.ctrl("u"), &state)
        typeKeys("序厅", &state)
        press(.ctrl("s"), &state)
        #expect(state.book.venues[0].rooms[0] == Room(id: "r1", name: "序厅", capacity: 60))
        press(.char("2"), &state)
        let screen = rows(Render.frame(state, theme: .mono))
        #expect(screen.contains { $0.contains("重温入党誓词") && $0.contains("序厅") })
    }
}
