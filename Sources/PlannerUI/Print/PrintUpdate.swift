import Phrasebook
import PlannerCore

/// The print flow: `P` opens the dialog, accepting it asks the program to write the file, and what the program
/// reports back is shown (or asked about, when the file exists).
enum PrintUpdate {
    /// Opens the print dialog on the current event, the focus on the file so that `Enter` writes it.
    static func open(_ state: inout AppState) {
        guard let event = state.event else {
            return Update.error(&state, tr("Nothing to print: there is no event yet; E creates one"))
        }
        var form = Form(PrintForm(state, event: event), state.language)
        form.focus = form.model.fieldCount - 1
        state.mode = .form(form)
    }

    /// Asks the program to write the printout of the book as it is now.
    static func write(_ request: PrintRequest, replace: Bool, _ state: inout AppState) {
        state.outbox.append(.print(state.book, request, replace: replace))
    }

    /// What writing a printout reported back.
    static func finished(_ outcome: PrintOutcome, _ state: inout AppState) {
        switch outcome {
        case .written(let kind, let path):
            Update.info(&state, tr("Wrote \(kind.label): \(path)"))
        case .exists(let request):
            state.mode = .confirm(
                Confirmation(
                    question: state.text(
                        tr("\(request.path) exists. Replace it with this printout?  y: replace · n: keep it")),
                    purpose: .replacePrintout(request)))
        case .failed(let reason):
            Update.error(&state, tr("Not written: \(reason)"))
        }
    }
}
