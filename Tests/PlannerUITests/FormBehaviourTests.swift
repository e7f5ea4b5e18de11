import PlannerCore
import TerminalKit
import Testing

@testable import PlannerUI

/// The row of the form on screen that shows `label`.
private func formRow(_ label: String, _ state: AppState) -> String? {
    rows(frame(state)).first { $0.contains(label) }
}

/// The field of the current form labelled `label`.
private func field(_ label: String, _ state: AppState) -> FormField? {
    currentForm(state)?.fields.first { $0.label == label }
}

/// Tabs to the field labelled `label` (at most once round the form).
private func tab(to label: String, _ state: inout AppState) {
    for _ in 0..<20 where currentForm(state).map({ $0.fields[$0.focus].label }) != label { press(.tab, &state) }
}

@Suite("Forms as people expect: selected pre-filled text, focus after a pick, today's date, moving the items")
struct FormBehaviourTests {
    static let sizes = [(100, 30), (60, 16)]

    @Test("typing into a pre-filled date replaces it; the screen shows the new date only", arguments: sizes)
    func typingReplaces(width: Int, height: Int) throws {
        var s = sampleState(width, height)
        press(.char("a"), &s)  // Overview: new event
        tab(to: "Date (YYYY-MM-DD)", &s)
        let before = try #require(formRow("Date (YYYY-MM-DD)", s))
        #expect(before.contains("2026-01-01"))
        typeKeys("2027-03-18", &s)
        let after = try #require(formRow("Date (YYYY-MM-DD)", s))
        #expect(after.contains("2027-03-18"))
        #expect(!after.contains("2026-01-01"))
        #expect(field("Date (YYYY-MM-DD)", s)?.text == "2027-03-18")
    }

    @Test("the first field of a new form is entered too: typing replaces the pre-filled title")
    func firstFieldEntered() {
        var s = sampleState()
        press(.char("e"), &s)  // Overview: edit the event
        typeKeys("New title", &s)
        #expect(field("Title", s)?.text == "New title")
    }

    @Test(
        "arrow keys, Home/End and Ctrl-A/Ctrl-E keep the pre-filled text and move the caret",
        arguments: [
            Key.left, .right, .home, .end, .ctrl("a"), .ctrl("e"),
        ])
    func caretKeysKeep(key: Key) {
        var s = sampleState()
        press(.char("a"), &s)
        tab(to: "Start (HH:MM)", &s)
        press(key, &s)
        press(.char("5"), &s)
        let text = field("Start (HH:MM)", s)?.text ?? ""
        #expect(text.count == 6, "\(key): \(text)")
        #expect(text.contains("5") && text.replacingOccurrences(of: "5", with: "", options: [], range: nil).count >= 4)
    }

    @Test("Backspace on a selected field clears it; a second field entered by Tab is selected afresh")
    func backspaceClears() {
        var s = sampleState()
        press(.char("a"), &s)
        tab(to: "Start (HH:MM)", &s)
        press(.backspace, &s)
        #expect(field("Start (HH:MM)", s)?.text == nil)
        typeKeys("08:30", &s)
        press(.tab, &s)
        typeKeys("11:00", &s)
        #expect(field("Start (HH:MM)", s)?.text == "08:30")
        #expect(field("End (HH:MM)", s)?.text == "11:00")
    }

    @Test("the selected text is drawn as a selection, and no longer once a caret key drops it", arguments: sizes)
    func selectionIsShown(width: Int, height: Int) throws {
        var s = sampleState(width, height)
        press(.char("a"), &s)
        tab(to: "Start (HH:MM)", &s)
        let buffer = frame(s)
        let y = try #require((0..<buffer.height).first { buffer.row($0).contains("Start (HH:MM)") })
        let x = try #require(cellColumn(of: "09:00", in: buffer.row(y)))
        let selected = Theme.builtIn[.selected], active = Theme.builtIn[.fieldActive]
        #expect(buffer.style(atX: x, y: y) == selected)
        press(.end, &s)
        #expect(frame(s).style(atX: x, y: y) == active)
        #expect(field("Start (HH:MM)", s)?.text == "09:00")
    }

    @Test("choosing from a pick-list leaves the focus on that field, so Tab goes to the next one")
    func pickKeepsFocus() {
        var s = sampleState()
        press(.char("2"), &s)
        press(.char("p"), &s)  // a part in the selected item: the person field first
        press(.enter, &s)
        #expect(currentPicker(s) != nil)
        typeKeys("xxm", &s)
        press(.enter, &s)
        #expect(currentForm(s)?.focus == 0)
        let focusedLabel = currentForm(s).map { $0.fields[$0.focus].label }
        #expect(formRow("徐晓敏 Xu Xiaomin", s) != nil)
        press(.tab, &s)
        #expect(currentForm(s).map { $0.fields[$0.focus].label } != focusedLabel)
        #expect(currentForm(s)?.focus == 1)
    }

    @Test("in a pick-list ↑/↓ move, and j and k type into the filter", arguments: sizes)
    func pickerKeys(width: Int, height: Int) throws {
        var s = sampleState(width, height)
        press(.char("2"), &s)
        press(.char("p"), &s)
        press(.enter, &s)
        press(.down, &s)
        #expect(currentPicker(s)?.selection == 1)
        press(.up, &s)
        #expect(currentPicker(s)?.selection == 0)
        press(.char("j"), &s)
        press(.char("k"), &s)
        let picker = try #require(currentPicker(s))
        #expect(picker.filter.text == "jk")
        #expect(picker.selection == 0)
        #expect(rows(frame(s)).contains { $0.contains("Find:") && $0.contains("jk") })
    }

    @Test("a new event's date is today, as the launcher sets it, not a fixed date")
    func newEventToday() throws {
        var s = sampleState()
        s.today = try #require(CivilDate("2027-11-05"))
        press(.char("a"), &s)
        #expect(field("Date (YYYY-MM-DD)", s)?.text == "2027-11-05")
        #expect(formRow("2027-11-05", s) != nil)
    }

    @Test("editing an event's start offers to move its items; by default they stay", arguments: [false, true])
    func moveItemsWithStart(move: Bool) throws {
        var s = sampleState()
        let event = try #require(s.event)
        let starts = event.items.map(\.start.minutes)
        press(.char("e"), &s)
        #expect(formRow("If the start changes", s)?.contains("keep the items where they are") == true)
        tab(to: "Start (HH:MM)", &s)
        let old = event.start.minutes
        let new = old + 30
        typeKeys(String(format: "%02d:%02d", new / 60, new % 60), &s)
        tab(to: "If the start changes", &s)
        if move { press(.right, &s) }
        #expect(formRow("If the start changes", s)?.contains(move ? "move the items" : "keep the items") == true)
        press(.ctrl("s"), &s)
        guard case .normal = s.mode else {
            Issue.record("form still open: \(currentForm(s)?.error?.message ?? "")")
            return
        }
        let after = try #require(s.event)
        #expect(after.start.minutes == new)
        #expect(after.items.map(\.start.minutes) == (move ? starts.map { $0 + 30 } : starts))
        press(.char("u"), &s)  // one step undoes both
        #expect(s.event?.start.minutes == old)
        #expect(s.event?.items.map(\.start.minutes) == starts)
    }

    @Test("moving the items past midnight is refused at the start field, and nothing changes")
    func moveItemsOutsideDay() throws {
        var s = sampleState()
        let before = s.book
        press(.char("e"), &s)
        tab(to: "Start (HH:MM)", &s)
        typeKeys("23:30", &s)
        tab(to: "End (HH:MM)", &s)
        typeKeys("23:59", &s)
        tab(to: "If the start changes", &s)
        press(.right, &s)
        press(.ctrl("s"), &s)
        let form = try #require(currentForm(s))
        #expect(form.fields[form.focus].label == "Start (HH:MM)")
        #expect(form.error?.message.contains("outside the day") == true)
        #expect(s.book == before)
    }
}
