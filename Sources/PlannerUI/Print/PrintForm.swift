import Phrasebook
import PlannerCore
import TerminalKit

/// The print dialog (`P`): what to print, in which format and language, and the file to write.
///
/// It opens on the agenda as a printable HTML page in the planner's language, beside the plan, with the focus on
/// the file, so `Enter` writes it at once. Only the formats the chosen printout comes in are offered; the file name
/// follows the choices until the user types one of their own.
struct PrintForm: FormModel {
    let event: Event
    /// The plan file's path: default files go beside it.
    let plan: String
    /// The planner's language, for the dialog's own words.
    let words: Language
    var what: FormField
    var format: FormField
    var language: FormField
    /// The sign-in sheet's empty rows for walk-ins: the printout's default, or a number. Shown for the sign-in sheet only.
    var blankRows: FormField
    var path: FormField
    /// The file name the dialog last suggested; while the path field still holds it, it follows the choices.
    private(set) var suggested: String

    var fields: [WritableKeyPath<PrintForm, FormField>] {
        kind == .signIn ? [\.what, \.format, \.language, \.blankRows, \.path] : [\.what, \.format, \.language, \.path]
    }

    var title: Phrase { tr("Print or export '\(event.title)'") }

    init(_ state: AppState, event: Event) {
        self.event = event
        plan = state.filePath
        words = state.language
        let kinds = PrintKind.allCases.map { ChoiceOption(value: $0.rawValue, label: $0.label.text(state.language)) }
        what = .choice(tr("What").text(words), kinds, selected: PrintKind.agenda.rawValue)
        format = .choice(
            tr("Format").text(words), Self.formatOptions(for: .agenda, words), selected: PrintFormat.html.rawValue)
        language = .choice(
            tr("Language").text(words),
            [
                ChoiceOption(value: Language.en.rawValue, label: "English"),
                .init(value: Language.zh.rawValue, label: "中文"),
            ],
            selected: state.language.rawValue)
        blankRows = .choice(
            tr("Blank rows").text(words),
            [ChoiceOption(value: nil, label: tr("as usual").text(words))]
                + Self.blankRowChoices.map { ChoiceOption(value: "\($0)", label: "\($0)") },
            selected: nil)
        suggested = PrintRequest.defaultPath(for: event, kind: .agenda, format: .html, plan: plan)
        path = .text(tr("Write to").text(words), suggested)
    }

    var kind: PrintKind { what.text.flatMap(PrintKind.init(rawValue:)) ?? .agenda }
    var chosenFormat: PrintFormat { format.text.flatMap(PrintFormat.init(rawValue:)) ?? kind.formats[0] }
    var chosenLanguage: Language { language.text.flatMap(Language.init(rawValue:)) ?? words }
    /// nil: the sign-in sheet's default.
    var chosenBlankRows: Int? { kind == .signIn ? blankRows.text.flatMap { Int($0) } : nil }

    /// The numbers of blank rows the dialog offers besides the default.
    static let blankRowChoices = [0, 1, 2, 5, 10, 20]

    private static func formatOptions(for kind: PrintKind, _ words: Language) -> [ChoiceOption] {
        kind.formats.map { ChoiceOption(value: $0.rawValue, label: $0.label.text(words)) }
    }

    /// A new printout offers its own formats (keeping the chosen one where it can); the suggested file name follows.
    mutating func choiceChanged(_ index: Int) {
        if fields.indices.contains(index), fields[index] == \PrintForm.what {
            let keep = chosenFormat
            let formats = kind.formats.contains(keep) ? keep : kind.formats[0]
            format = .choice(format.label, Self.formatOptions(for: kind, words), selected: formats.rawValue)
        }
        let next = PrintRequest.defaultPath(for: event, kind: kind, format: chosenFormat, plan: plan)
        if path.text == suggested { path = .text(path.label, next) }
        suggested = next
    }

    func outcome(_ state: AppState) throws -> FormOutcome {
        guard let file = path.text else { throw fail(\.path, tr("give a file name")) }
        return .print(
            PrintRequest(
                kind: kind, format: chosenFormat, language: chosenLanguage, eventID: event.id, path: file,
                blankRows: chosenBlankRows))
    }
}
