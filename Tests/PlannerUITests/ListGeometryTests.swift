import PlanFile
import PlannerCore
import TerminalKit
import Testing

@testable import PlannerUI

@Suite("Lists own their geometry: a click on a row selects that row")
struct ListGeometryTests {
    /// Screens with their lists and a word drawn on the list's second row.
    static let cases: [(screen: Screen, list: ListID, second: String)] = [
        (.agenda, .agenda, "陈思远"),
        (.participants, .participants, ""),
        (.organisations, .organisations, ""),
        (.organisations, .roster, ""),
        (.venue, .rooms, "会议室"),
        (.checks, .checks, ""),
    ]

    @Test(
        "clicking each visible row of each list selects exactly that row, at several sizes",
        arguments: [Size(width: 100, height: 30), Size(width: 80, height: 24), Size(width: 60, height: 16)])
    func clickSelects(size: Size) {
        for (screen, list, _) in Self.cases {
            var state = AppState(book: SampleBook.make(), file: "plan.json", size: size)
            press(.char(Character(String(screen.rawValue))), &state)
            let region = state.regions.first { $0.list == list }
            guard let region else {
                Issue.record("\(screen) has no region for \(list)")
                continue
            }
            let count = state.rowCount(list)
            for row in 0..<min(count, region.rows.height) {
                Update.apply(.click(x: region.rows.x + 2, y: region.rows.y + row), to: &state)
                #expect(state.list(list).selected == row, "\(screen) \(list) at \(size): clicked row \(row)")
                #expect(state.focusedList == list)
            }
        }
    }

    @Test("a click on the Venue screen's first room selects the first room (it selected the second)")
    func venueFirstRoom() {
        var state = AppState(book: SampleBook.make(), file: "plan.json", size: Size(width: 100, height: 30))
        press(.char("5"), &state)
        press(.char("j"), &state)
        let buffer = frame(state)
        let y = try? #require(
            (0..<buffer.height).first { buffer.row($0).contains("展厅") && buffer.row($0).contains("60") })
        guard let y else { return }
        Update.apply(.click(x: 3, y: y), to: &state)
        #expect(state.list(.rooms).selected == 0)
        #expect(state.roomRows[state.list(.rooms).selected].name == "展厅")
    }

    @Test("after scrolling, a click selects the row drawn there, not the row of that number")
    func clickAfterScroll() {
        var state = AppState(book: SampleBook.make(), file: "plan.json", size: Size(width: 100, height: 16))
        press(.char("3"), &state)
        press(.char("G"), &state)
        let offset = state.list(.participants).offset
        #expect(offset > 0, "the list scrolled")
        let buffer = frame(state)
        let region = state.regions[0]
        let name = state.participantRows[offset].person.name
        #expect(buffer.row(region.rows.y).contains(name), "the first row drawn is the offset's")
        Update.apply(.click(x: 3, y: region.rows.y), to: &state)
        #expect(state.list(.participants).selected == offset)
    }

    @Test("a click outside every list, or below the last row, changes nothing")
    func clickOutside() {
        var state = AppState(book: SampleBook.make(), file: "plan.json", size: Size(width: 100, height: 30))
        press(.char("5"), &state)
        press(.char("j"), &state)
        Update.apply(.click(x: 3, y: 28), to: &state)
        Update.apply(.click(x: 3, y: 3), to: &state)
        #expect(state.list(.rooms).selected == 1)
    }
}
