import PlannerCore
import TerminalKit

/// The planner's logic: turns the state and an action into the next state, and maybe effects for the program to perform.
public enum Update {
    @discardableResult
    public static func apply(_ action: Action, to state: inout AppState) -> [Effect] {
        switch action {
        case .resize(let size):
            state.size = size
            clampSelection(&state)
            return []
        case .hangup, .terminate:
            // The terminal is going away: keep unsaved work in a recovery file, then stop.
            state.isFinished = true
            return state.history.isModified ? [.writeRecovery(state.book), .quit] : [.quit]
        case .none:
            return []
        default:
            break
        }
        if case .click = action, case .normal = state.mode { return click(action, &state) }
        switch state.mode {
        case .normal: return normal(action, &state)
        case .help:
            state.mode = .normal
            return []
        case .filter(var field):
            switch action {
            case .accept: state.mode = .normal
            case .cancel:
                state.filters[state.screen] = nil
                state.mode = .normal
            case .textKey(let key):
                _ = field.handle(key)
                state.filters[state.screen] = field.text.isEmpty ? nil : field.text
                state.mode = .filter(field)
                setSelection(&state, 0)
            default: break
            }
            return []
        case .form(let form): return FormUpdate.apply(action, form: form, to: &state)
        case .picker(let picker): return PickerUpdate.apply(action, picker: picker, to: &state)
        case .confirm(let confirmation):
            switch action {
            case .answer(true):
                state.mode = .normal
                switch confirmation.purpose {
                case .apply(let edit): perform(edit, &state)
                case .quit:
                    state.isFinished = true
                    return [.save(state.book), .quit]
                case .restore(let book):
                    state.history.reset(to: book)
                    state.history.markUnsaved()
                    clampSelection(&state)
                    info(&state, "Restored the unsaved work: s saves it")
                }
            case .answer(false):
                state.mode = .normal
                if case .quit = confirmation.purpose {
                    state.isFinished = true
                    return [.quit]
                }
                if case .restore = confirmation.purpose {
                    info(&state, "Discarded the unsaved work of the earlier session")
                    return [.discardRecovery]
                }
            case .cancel: state.mode = .normal
            default: break
            }
            return []
        }
    }

    // MARK: - Normal mode

    static func normal(_ action: Action, _ state: inout AppState) -> [Effect] {
        state.message = nil
        switch action {
        case .show(let screen):
            state.screen = screen
            clampSelection(&state)
        case .moveUp: move(&state, by: -1)
        case .moveDown: move(&state, by: 1)
        case .pageUp: move(&state, by: -max(1, state.size.height - 6))
        case .pageDown: move(&state, by: max(1, state.size.height - 6))
        case .top: setSelection(&state, 0)
        case .bottom: setSelection(&state, state.rowCount(state.screen) - 1)
        case .nextPane:
            if state.screen == .organisations {
                state.pane = 1 - state.pane
                clampSelection(&state)
            }
        case .undo:
            if let edit = state.history.undo() {
                info(&state, "Undid: \(edit.summary)")
            } else {
                info(&state, "Nothing to undo")
            }
            clampSelection(&state)
        case .redo:
            if let edit = state.history.redo() {
                info(&state, "Redid: \(edit.summary)")
            } else {
                info(&state, "Nothing to redo")
            }
            clampSelection(&state)
        case .save:
            return [.save(state.book)]
        case .saveAs:
            state.mode = .form(
                Form(title: "Save as", fields: [.text("path", "File", state.filePath)], purpose: .saveAs))
        case .quit:
            if state.history.isModified {
                state.mode = .confirm(
                    Confirmation(
                        question:
                            "Save changes to \(state.fileName) before quitting?  y: save and quit · n: quit without saving · Esc: stay",
                        purpose: .quit))
                return []
            }
            state.isFinished = true
            return [.quit]
        case .help: state.mode = .help
        case .beginFilter:
            if [.participants, .organisations].contains(state.screen) {
                if state.screen == .organisations { state.pane = 1 }
                state.mode = .filter(TextField(text: state.filters[state.screen] ?? ""))
            } else {
                info(&state, "Filter works on the Participants and Organisations screens")
            }
        case .cancel:
            state.filters[state.screen] = nil
        case .switchEvent:
            let options =
                state.book.events.map { Picker.Option(id: $0.id, label: $0.title, detail: $0.date.description) }
                + [
                    Picker.Option(id: "+standard", label: "New event with the four standard parts"),
                    Picker.Option(id: "+blank", label: "New blank event"),
                ]
            state.mode = .picker(Picker(title: "Switch event", options: options, purpose: .switchEvent))
        case .add, .edit, .open, .delete, .addPart, .toggle, .moveItemEarlier, .moveItemLater:
            ScreenActions.apply(action, &state)
        default: break
        }
        return []
    }

    static func click(_ action: Action, _ state: inout AppState) -> [Effect] {
        guard case .click(let x, let y) = action else { return [] }
        if y == 1 {
            // Tab bar: find the tab under the click.
            for (screen, range) in TabBar.ranges(state) where range.contains(x) {
                return normal(.show(screen), &state)
            }
            return []
        }
        let first = state.scroll[state.screen] ?? 0
        let row = y - Layout.listTop(state) + first
        if row >= 0, row < state.rowCount(state.screen) { setSelection(&state, row) }
        return []
    }

    // MARK: - Shared helpers

    /// Applies an edit through the history; shows what happened or why not.
    @discardableResult
    static func perform(_ edit: Edit, _ state: inout AppState) -> Bool {
        do {
            try state.history.apply(edit)
            info(&state, edit.summary.prefix(1).uppercased() + edit.summary.dropFirst())
            clampSelection(&state)
            return true
        } catch {
            state.message = StatusMessage(text: "\(error)", kind: .error)
            return false
        }
    }

    static func info(_ state: inout AppState, _ text: String) {
        state.message = StatusMessage(text: text, kind: .info)
    }

    static func error(_ state: inout AppState, _ text: String) {
        state.message = StatusMessage(text: text, kind: .error)
    }

    static func move(_ state: inout AppState, by delta: Int) {
        let current =
            state.screen == .organisations && state.pane == 1 ? state.personSelection : state.selected(state.screen)
        setSelection(&state, current + delta)
    }

    static func setSelection(_ state: inout AppState, _ row: Int) {
        let count = state.rowCount(state.screen)
        let clamped = max(0, min(row, count - 1))
        if state.screen == .organisations && state.pane == 1 {
            state.personSelection = clamped
        } else {
            state.selection[state.screen] = clamped
            if state.screen == .organisations { state.personSelection = 0 }
        }
        keepVisible(&state)
    }

    static func clampSelection(_ state: inout AppState) {
        if state.eventID.flatMap(state.book.event) == nil { state.eventID = state.book.events.first?.id }
        if state.screen == .organisations {
            let orgs = state.organisationRows.count
            state.selection[.organisations] = max(0, min(state.selected(.organisations), orgs - 1))
            state.personSelection = max(0, min(state.personSelection, state.personRows.count - 1))
        } else {
            state.selection[state.screen] = max(0, min(state.selected(state.screen), state.rowCount(state.screen) - 1))
        }
        keepVisible(&state)
    }

    /// Scrolls the list so that the selected row is on screen.
    static func keepVisible(_ state: inout AppState) {
        let visible = max(1, Layout.listHeight(state))
        if state.screen == .organisations && state.pane == 1 {
            if state.personSelection < state.personScroll { state.personScroll = state.personSelection }
            if state.personSelection >= state.personScroll + visible {
                state.personScroll = state.personSelection - visible + 1
            }
            return
        }
        let selected = state.selected(state.screen)
        var first = state.scroll[state.screen] ?? 0
        if selected < first { first = selected }
        if selected >= first + visible { first = selected - visible + 1 }
        state.scroll[state.screen] = max(0, first)
    }
}
