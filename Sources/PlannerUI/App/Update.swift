import Phrasebook
import PlannerCore
import TerminalKit

/// The planner's logic: turns the state and an action into the next state, and maybe effects for the program to
/// perform. Effects report back with actions (`saveFinished`, `journalFailed`, ...), handled here too.
public enum Update {
    @discardableResult
    public static func apply(_ action: Action, to state: inout AppState) -> [Effect] {
        reduce(action, &state)
        let effects = state.outbox
        state.outbox = []
        return effects
    }

    private static func reduce(_ action: Action, _ state: inout AppState) {
        switch action {
        case .resize(let size):
            state.size = size
            return state.clampLists()
        case .hangup, .terminate:
            // The terminal is going away. Every edit is in the journal already: the next start offers it.
            state.isFinished = true
            state.terminalWentAway = true
            return state.outbox.append(.quit)
        case .saveFinished(let outcome): return saved(outcome, &state)
        case .printFinished(let outcome): return PrintUpdate.finished(outcome, &state)
        case .journalFailed(let reason):
            return error(&state, tr("Journal not written (\(reason)): this edit is safe only once saved; s saves"))
        case .journalSetAside(let path):
            return info(&state, tr("The journal was set aside as \(path)"))
        case .none, .suspend: return
        default: break
        }
        if case .click(let x, let y) = action, case .normal = state.mode { return click(x, y, &state) }
        switch state.mode {
        case .normal: normal(action, &state)
        case .help(let offset):
            switch action {
            case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
                state.mode = .help(offset: HelpView.scrolled(offset, by: action, state))
            default: state.mode = .normal
            }
        case .filter(var field):
            switch action {
            case .accept: state.mode = .normal
            case .cancel:
                state.filters[state.screen] = nil
                state.mode = .normal
                state.clampLists()
            case .textKey(let key):
                _ = field.handle(key)
                state.filters[state.screen] = field.text.isEmpty ? nil : field.text
                state.mode = .filter(field)
                if let list = state.focusedList { state.select(0, in: list) }
            default: break
            }
        case .form(let form): FormUpdate.apply(action, form: form, to: &state)
        case .picker(let picker): PickerUpdate.apply(action, picker: picker, to: &state)
        case .confirm(let confirmation): ConfirmUpdate.apply(action, confirmation, &state)
        case .signIn(let field): SignInDesk.apply(action, field, &state)
        }
    }

    // MARK: - Normal mode

    static func normal(_ action: Action, _ state: inout AppState) {
        state.message = nil
        switch action {
        case .show(let screen):
            state.screen = screen
            state.pane = 0
            state.clampLists()
        case .moveUp: state.moveSelection(by: -1)
        case .moveDown: state.moveSelection(by: 1)
        case .pageUp: state.moveSelection(by: -pageSize(state))
        case .pageDown: state.moveSelection(by: pageSize(state))
        case .top:
            guard let list = state.focusedList else { return state.scrollPage(to: 0) }
            state.select(0, in: list)
        case .bottom:
            guard let list = state.focusedList else { return state.scrollPage(to: .max / 2) }
            state.select(state.rowCount(list) - 1, in: list)
        case .nextPane:
            if state.screen.lists.count > 1 {
                state.pane = (state.pane + 1) % state.screen.lists.count
                state.clampLists()
            }
        case .undo:
            guard let edit = state.history.undo() else { return info(&state, tr("Nothing to undo")) }
            journal(.undo, &state)
            info(&state, tr("Undid: \(edit.summary)"))
            state.clampLists()
        case .redo:
            guard let edit = state.history.redo() else { return info(&state, tr("Nothing to redo")) }
            journal(.redo, &state)
            info(&state, tr("Redid: \(edit.summary)"))
            state.clampLists()
        case .save:
            state.outbox.append(.save(state.book, overwrite: false))
        case .saveAs:
            state.mode = .form(Forms.saveAs(state))
        case .quit:
            guard state.history.isModified else {
                state.isFinished = true
                return state.outbox.append(.quit)
            }
            state.mode = .confirm(
                Confirmation(
                    question: state.text(
                        tr(
                            "Save changes to \(state.fileName) before quitting?  y: save and quit · n: quit without saving · Esc: stay"
                        )),
                    purpose: .quit))
        case .help: state.mode = .help(offset: 0)
        case .print: PrintUpdate.open(&state)
        case .beginFilter:
            guard [.participants, .organisations].contains(state.screen) else {
                return info(&state, tr("Filter works on the Participants and Organisations screens"))
            }
            if state.screen == .organisations { state.pane = 1 }
            state.mode = .filter(TextField(text: state.filters[state.screen] ?? ""))
        case .cancel:
            state.filters[state.screen] = nil
            state.clampLists()
        case .switchEvent:
            let options =
                Picker.Option.tellingApart(
                    state.book.events.map { Picker.Option(id: $0.id, label: $0.title, detail: $0.date.description) })
                + [
                    Picker.Option(id: "+standard", label: state.text(tr("New event with the four standard parts"))),
                    Picker.Option(id: "+blank", label: state.text(tr("New blank event"))),
                ]
            state.mode = .picker(Picker(title: state.text(tr("Switch event")), options: options, purpose: .switchEvent))
        case .add, .edit, .open, .delete, .addPart, .toggle, .moveItemEarlier, .moveItemLater, .reply, .signIn,
            .markAbsent, .beginLeave, .beginCapacity, .addEveryone, .mark, .markAllShown, .beginSignIn,
            .resolveConflict:
            state.screen.feature.perform(action, &state)
        default: break
        }
    }

    static func pageSize(_ state: AppState) -> Int {
        max(1, state.focusedList.map(state.visibleRows) ?? (Layout.content(state.size).height - 1))
    }

    /// A click on the tab bar switches screens; a click on a list row selects that row (and focuses its list).
    static func click(_ x: Int, _ y: Int, _ state: inout AppState) {
        if y == 1 {
            for (screen, range) in TabBar.ranges(state) where range.contains(x) { return normal(.show(screen), &state) }
            return
        }
        for region in state.regions {
            let list = region.list
            guard let row = region.row(atX: x, y: y, state: state.list(list), count: state.rowCount(list)) else {
                continue
            }
            if let pane = state.screen.lists.firstIndex(of: list) { state.pane = pane }
            return state.select(row, in: list)
        }
    }

    // MARK: - Saving

    static func saveAs(_ path: String, replace: Bool, _ state: inout AppState) {
        state.outbox.append(.saveAs(state.book, path: path, replace: replace))
    }

    /// What a save reported back.
    static func saved(_ outcome: SaveOutcome, _ state: inout AppState) {
        switch outcome {
        case .saved(let path):
            let renamed = path != state.filePath
            state.filePath = path
            state.history.markSaved()
            state.savedBook = state.book
            state.unsavedSteps = []
            info(&state, renamed ? tr("Saved as \(path); it is the plan file now") : tr("Saved \(state.fileName)"))
            if state.quitAfterSave {
                state.isFinished = true
                state.outbox.append(.quit)
            }
        case .changedOnDisk(let name, let theirs):
            state.quitAfterSave = false
            let question: Phrase
            if let theirs {
                let changes = BookChanges(from: state.savedBook, to: theirs).summary()
                let edits = state.unsavedSteps.filter { if case .apply = $0 { return true } else { return false } }
                    .count
                question = tr(
                    "\(name) changed on disk since you opened it; the other writer's changes: \(changes).  r: reload it and reapply your \(count: edits) edits on top · o: overwrite it with yours · S: save yours as another file · Esc: keep editing"
                )
            } else {
                question = tr(
                    "\(name) changed on disk since you opened it and cannot be read as a plan now. o: overwrite it with yours · S: save yours as another file · Esc: keep editing"
                )
            }
            state.mode = .confirm(
                Confirmation(question: state.text(question), purpose: .fileChanged(theirs: theirs)))
        case .exists(let path):
            state.quitAfterSave = false
            state.mode = .confirm(
                Confirmation(
                    question: state.text(tr("\(path) exists. Replace it with this plan?  y/n")),
                    purpose: .replaceFile(path: path)))
        case .failed(let reason):
            // Keep the edits; the user can fix the problem and save again.
            state.quitAfterSave = false
            error(&state, tr("Not saved: \(reason) · your edits are kept; S saves to another file"))
        }
    }

    // MARK: - Shared helpers

    /// Applies an edit through the history and journals it; shows what happened or why not. True when applied.
    @discardableResult
    static func perform(_ edit: Edit, _ state: inout AppState) -> Bool {
        guard let refusal = attempt(edit, &state) else { return true }
        error(&state, refusal.phrase)
        return false
    }

    /// Applies an edit through the history and journals it; returns the core's refusal instead of showing it.
    static func attempt(_ edit: Edit, _ state: inout AppState) -> PlanError? {
        do {
            try state.history.apply(edit)
        } catch let refusal as PlanError {
            return refusal
        } catch {
            return .refused(.verbatim("\(error)"))
        }
        journal(.apply(edit), &state)
        let said = state.text(edit.summary)
        info(&state, .verbatim(said.prefix(1).uppercased() + said.dropFirst()))
        state.clampLists()
        return nil
    }

    /// Journals a step that was performed (before the frame shows it) and keeps it for a reload.
    static func journal(_ step: HistoryStep, _ state: inout AppState) {
        state.outbox.append(.journal(step))
        state.unsavedSteps.append(step)
    }

    /// Shows `phrase` in the status line, in the state's language.
    /// Asks before applying `edit`, in a question that says what the edit does beyond its name (the core's
    /// consequences, nil when there are none); `y` applies it.
    static func askToApply(_ edit: Edit, _ state: inout AppState, question: (Phrase?) -> Phrase) {
        let asked = question(state.book.consequences(of: edit))
        state.mode = .confirm(Confirmation(question: state.text(asked), purpose: .apply(edit)))
    }

    static func info(_ state: inout AppState, _ phrase: Phrase) {
        state.message = StatusMessage(text: state.text(phrase), kind: .info)
    }

    /// Shows `phrase` in the status line as an error, in the state's language.
    static func error(_ state: inout AppState, _ phrase: Phrase) {
        state.message = StatusMessage(text: state.text(phrase), kind: .error)
    }
}
