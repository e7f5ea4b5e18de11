import Phrasebook
import PlannerCore
import TerminalKit

/// Keys in a form: editing fields, moving between them, picking, and accepting (the core decides).
enum FormUpdate {
    static func apply(_ action: Action, form: Form, to state: inout AppState) {
        var form = form
        let count = max(1, form.model.fieldCount)
        switch action {
        case .cancel:
            state.mode = .normal
            return Update.info(&state, tr("Cancelled"))
        case .nextField: form.focus = (form.focus + 1) % count
        case .previousField: form.focus = (form.focus + count - 1) % count
        case .submit where form.focus < count - 1:
            form.focus += 1
        case .choiceNext, .choicePrevious:
            form.update(form.focus) { field in
                guard case .choice(let options, let selected) = field.value, !options.isEmpty else { return }
                let step = action == .choiceNext ? 1 : options.count - 1
                field.value = .choice(options, selected: (selected + step) % options.count)
            }
            form.model.choiceChanged(form.focus)
        case .textKey(let key):
            if case .pick(_, _, let source)? = form.focusedValue {
                var picker = PickerUpdate.forField(
                    source, state, purpose: .formField(form, field: form.focus, source: source))
                _ = picker.filter.handle(key)
                state.mode = .picker(picker)
                return
            }
            form.update(form.focus) { field in
                guard case .text(var text) = field.value else { return }
                _ = text.handle(key)
                field.value = .text(text)
            }
            if form.error?.field == form.focus { form.error = nil }
        case .open:
            if case .pick(_, _, let source)? = form.focusedValue {
                state.mode = .picker(
                    PickerUpdate.forField(source, state, purpose: .formField(form, field: form.focus, source: source)))
                return
            }
        case .accept, .submit:
            return accept(form, &state)
        default: break
        }
        state.mode = .form(form)
    }

    /// Turns the form into its outcome; a parse error or the core's refusal is shown at the field it concerns.
    static func accept(_ form: Form, _ state: inout AppState) {
        var form = form
        do {
            switch try form.model.outcome(state) {
            case .saveAs(let path):
                state.mode = .normal
                Update.saveAs(path, replace: false, &state)
            case .print(let request):
                state.mode = .normal
                PrintUpdate.write(request, replace: false, &state)
            case .edit(let edit):
                state.mode = .normal
                if let refusal = Update.attempt(edit, &state) {
                    let (field, message) = placement(of: refusal, in: form, state.language)
                    form.error = (field, message)
                    form.focus = field
                    state.message = nil
                    state.mode = .form(form)
                } else {
                    afterAccept(edit, &state)
                }
            }
        } catch let error as FieldError {
            form.error = (error.field, state.text(error.message))
            form.focus = error.field
            state.mode = .form(form)
        } catch {
            form.error = (form.focus, "\(error)")
            state.mode = .form(form)
        }
    }

    /// Where a refusal of the core goes in the form, and what it says there.
    static func placement(of error: PlanError, in form: Form, _ language: Language) -> (field: Int, message: String) {
        if case .invalid(let field, let message) = error, let index = form.index(ofCoreField: field.key) {
            return (index, message.text(language))
        }
        if case .notFound(let kind, _, _) = error, let index = form.index(ofCoreField: kind.rawValue) {
            return (index, error.text(language))
        }
        return (form.focus, error.text(language))
    }

    /// Puts the selection on what was just added.
    private static func afterAccept(_ edit: Edit, _ state: inout AppState) {
        switch edit {
        case .addItem(_, let item):
            if let row = state.agendaRow(ofItem: item.id) { state.select(row, in: .agenda) }
        case .addEvent(let event):
            state.eventID = event.id
            state.lists = [:]
            state.clampLists()
        case .addPerson(let person):
            if state.screen == .organisations, let row = state.personRows.firstIndex(where: { $0.id == person.id }) {
                state.pane = 1
                state.select(row, in: .roster)
            }
        default: break
        }
    }
}
