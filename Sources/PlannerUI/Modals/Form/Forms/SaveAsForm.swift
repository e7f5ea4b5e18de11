import PlannerCore
import TerminalKit

/// Asks for the file to save the plan to; that file is the plan file from then on.
struct SaveAsForm: FormModel {
    var path: FormField

    var fields: [WritableKeyPath<SaveAsForm, FormField>] { [\.path] }

    var title: String { "Save as" }

    init(path: String) { self.path = .text("File", path) }

    func outcome(_ state: AppState) throws -> FormOutcome {
        guard let path = path.text else { throw fail(\.path, "give a file name") }
        return .saveAs(path)
    }
}
