import PlanFile
import PlannerCore
import PlannerUI
import TerminalKit
import Testing

/// The planner's screens rendered into a cell buffer, read as a user would.
@Suite("Planner screens")
struct ScreenBasicsTests {
    func state(_ width: Int = 100, _ height: Int = 30) -> AppState {
        AppState(book: SampleBook.make(), file: "plan.json", size: Size(width: width, height: height))
    }

    func type(_ text: String, into state: inout AppState) {
        for c in text { Update.apply(.textKey(.char(c)), to: &state) }
    }

    @Test("every screen draws its title and all six tabs at 100×30 and 60×16")
    func everyScreen() {
        for (w, h) in [(100, 30), (60, 16)] {
            var s = state(w, h)
            for screen in Screen.allCases {
                Update.apply(.show(screen), to: &s)
                let frame = Render.frame(s, theme: .builtIn)
                #expect(frame.row(0).contains("Convene"))
                #expect(frame.row(1).hasPrefix(w >= 100 ? " 1 Overview" : " 1 Event"))
                #expect(frame.row(1).contains("6 Checks"))
                #expect(frame.width == w && frame.height == h)
            }
        }
    }

    @Test("the agenda lists the sample's parts with Chinese text aligned in cells")
    func agenda() {
        var s = state()
        Update.apply(.show(.agenda), to: &s)
        let frame = Render.frame(s, theme: .builtIn)
        #expect(frame.text.contains("重温入党誓词"))
        #expect(frame.text.contains("程智鹏 Cheng Zhipeng"))
        // The room column starts at the same cell on every item row, whatever the title's width.
        let rows = (0..<frame.height).map(frame.row).filter { $0.contains("展厅") || $0.contains("会议室") }
        let starts = Set(
            rows.map { row -> Int in
                let prefix = row.components(separatedBy: row.contains("展厅") ? "展厅" : "会议室")[0]
                return prefix.cellWidth
            })
        #expect(rows.count == 4)
        #expect(starts.count == 1)
    }

    @Test("below 60×16 the planner asks for a larger terminal")
    func tooSmall() {
        let frame = Render.frame(state(40, 10), theme: .builtIn)
        #expect(frame.row(0) == "Terminal too small (40×10).")
    }

    @Test("a start of 25:70 is refused at the field and nothing is added")
    func invalidTime() {
        var s = state()
        Update.apply(.show(.agenda), to: &s)
        Update.apply(.add, to: &s)
        type("参观", into: &s)
        Update.apply(.nextField, to: &s)
        Update.apply(.nextField, to: &s)
        for _ in 0..<5 { Update.apply(.textKey(.backspace), to: &s) }
        type("25:70", into: &s)
        Update.apply(.accept, to: &s)
        let frame = Render.frame(s, theme: .builtIn)
        #expect(frame.text.contains("'25:70' is not a time"))
        #expect(s.book.events[0].items.count == 4)
        #expect(!s.history.isModified)
    }

    @Test("adding an item marks the plan modified; undo takes it back")
    func addAndUndo() {
        var s = state()
        Update.apply(.show(.agenda), to: &s)
        Update.apply(.add, to: &s)
        type("参观学习交流", into: &s)
        Update.apply(.accept, to: &s)
        #expect(s.book.events[0].items.last?.title == "参观学习交流")
        #expect(Render.frame(s, theme: .builtIn).row(0).contains("[+] plan.json"))
        Update.apply(.undo, to: &s)
        #expect(s.book.events[0].items.count == 4)
        #expect(!s.history.isModified)
    }
}

@Suite("Pick fields")
struct PickFieldTests {
    @Test("typing on a person field opens the pick-list with what was typed as the search")
    func typingStartsTheSearch() throws {
        var s = AppState(book: SampleBook.make(), file: "plan.json", size: Size(width: 100, height: 30))
        Update.apply(.show(.agenda), to: &s)
        Update.apply(.addPart, to: &s)
        for c in "xxm" { Update.apply(KeyMap.action(for: .char(c), in: s), to: &s) }
        guard case .picker(let picker) = s.mode else {
            Issue.record("no pick-list open")
            return
        }
        #expect(picker.filter.text == "xxm")
        #expect(picker.visible.map(\.label) == ["徐晓敏"])
    }
}
