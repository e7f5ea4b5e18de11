import Phrasebook
import PlannerCore
import TerminalKit

/// Asks for the file to save the plan to; that file is the plan file from then on.
struct SaveAsForm: FormModel {
    var path: FormField

    var fields: [WritableKeyPath<SaveAsForm, FormField>] { [\.path] }

    var title: Phrase { tr("Save as") }

    init(_ state: AppState) { self.path = .text(state.text(tr("File")), state.filePath) }

    func outcome(_ state: AppState) throws -> FormOutcome {
        guard let path = path.text else { throw fail(\.path, tr("give a file name")) }
        return .saveAs(path)
    }
}
