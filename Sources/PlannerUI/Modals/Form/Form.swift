import Phrasebook
import PlannerCore
import TerminalKit

/// One option of a choice field: the value it stands for and what the user reads.
public struct ChoiceOption: Equatable, Sendable {
    public var value: String?
    public var label: String

    public init(value: String?, label: String) {
        self.value = value
        self.label = label
    }
}

/// Where a pick field's options come from.
public enum PickSource: Sendable, Equatable {
    case person, organisation, room
}

/// The value of one form field.
public enum FieldValue: Sendable {
    case text(TextField)
    case choice([ChoiceOption], selected: Int)
    /// A record chosen from a pick-list (its id and the name shown).
    case pick(id: String?, label: String, source: PickSource)
}

/// One labelled field of a form.
public struct FormField: Sendable {
    public var label: String
    public var value: FieldValue
    /// The core's names for what this field holds (`PlanError.invalid(field:)`), so that a refusal by the core is
    /// shown at this field: "minutes", "title", "capacity".
    public var concerns: [String]

    public init(_ label: String, _ value: FieldValue, concerns: [String] = []) {
        self.label = label
        self.value = value
        self.concerns = concerns
    }

    public static func text(_ label: String, _ text: String = "", concerns: [String] = []) -> FormField {
        FormField(label, .text(TextField(text: text)), concerns: concerns)
    }

    public static func choice(_ label: String, _ options: [ChoiceOption], selected: String?) -> FormField {
        FormField(label, .choice(options, selected: options.firstIndex { $0.value == selected } ?? 0))
    }

    public static func pick(
        _ label: String, _ source: PickSource, id: String?, shown: String, concerns: [String] = []
    ) -> FormField {
        FormField(label, .pick(id: id, label: shown, source: source), concerns: concerns)
    }

    /// The text of a text field (trimmed, nil when empty), the value of a choice, or the id of a pick.
    public var text: String? {
        switch value {
        case .text(let field): return field.text.trimmedOrNil
        case .choice(let options, let selected):
            return options.indices.contains(selected) ? options[selected].value : nil
        case .pick(let id, _, _): return id
        }
    }
}

/// What accepting a form leads to.
public enum FormOutcome: Sendable {
    /// An edit for the core to apply (and to refuse, with the field it names).
    case edit(Edit)
    /// Save the plan to this path.
    case saveAs(String)
    /// Write this printout.
    case print(PrintRequest)
}

/// A typed form: its fields are stored properties listed once in `fields`, and `outcome` turns them into an edit.
/// The form only parses what was typed ("'25:70' is not a time"); the rules are the core's.
public protocol FormModel: Sendable {
    var title: Phrase { get }
    /// The fields in the order the form shows them.
    var fields: [WritableKeyPath<Self, FormField>] { get }
    /// What accepting the form does, given the state it was opened in; throws a `FieldError` for what cannot be parsed.
    func outcome(_ state: AppState) throws -> FormOutcome
    /// The choice field at `index` changed: a form whose fields depend on each other updates them here.
    mutating func choiceChanged(_ index: Int)
}

extension FormModel {
    public mutating func choiceChanged(_ index: Int) {}

    var fieldCount: Int { fields.count }

    func field(_ index: Int) -> FormField? {
        fields.indices.contains(index) ? self[keyPath: fields[index]] : nil
    }

    mutating func setField(_ index: Int, _ field: FormField) {
        guard fields.indices.contains(index) else { return }
        self[keyPath: fields[index]] = field
    }

    /// The position of a field, for errors that name it.
    func index(of path: WritableKeyPath<Self, FormField>) -> Int { fields.firstIndex(of: path) ?? 0 }

    /// A parse error at `path`.
    func fail(_ path: WritableKeyPath<Self, FormField>, _ message: Phrase) -> FieldError {
        FieldError(field: index(of: path), message: message)
    }

    /// Parses `HH:MM`.
    func time(_ path: WritableKeyPath<Self, FormField>) throws -> ClockTime {
        let raw = self[keyPath: path].text ?? ""
        guard let time = ClockTime(raw) else {
            throw fail(path, tr("'\(raw)' is not a time; use HH:MM between 00:00 and 24:00"))
        }
        return time
    }

    /// Parses a whole number; nil when the field is empty.
    func number(_ path: WritableKeyPath<Self, FormField>) throws -> Int? {
        guard let raw = self[keyPath: path].text else { return nil }
        guard let n = Int(raw) else { throw fail(path, tr("'\(raw)' is not a whole number")) }
        return n
    }
}

/// A refusal tied to one field of a form (by its position).
public struct FieldError: Error, Equatable {
    public let field: Int
    public let message: Phrase
}

/// A modal form: a typed model, the focused field, and an error shown at the field it concerns.
public struct Form: Sendable {
    public var model: any FormModel
    /// The focused field. Moving the focus enters the field: a pre-filled text field's text is selected, so typing
    /// replaces it and a caret key keeps it; the field left behind keeps its text, unselected.
    public var focus = 0 {
        didSet {
            if oldValue != focus { setSelected(oldValue, false) }
            setSelected(focus, true)
        }
    }
    public var error: (field: Int, message: String)?
    /// The language of its title and messages (its fields' labels are made in it too).
    public let language: Language

    /// A form with its first field entered.
    public init(_ model: any FormModel, _ language: Language) {
        self.model = model
        self.language = language
        setSelected(0, true)
    }

    private mutating func setSelected(_ index: Int, _ selected: Bool) {
        update(index) { field in
            guard case .text(var text) = field.value else { return }
            if selected { text.selectAll() } else { text.deselect() }
            field.value = .text(text)
        }
    }

    public var title: String { model.title.text(language) }
    public var fields: [FormField] { (0..<model.fieldCount).compactMap { model.field($0) } }
    public var focusedValue: FieldValue? { model.field(focus)?.value }

    /// The field at `index`, changed by `change`.
    mutating func update(_ index: Int, _ change: (inout FormField) -> Void) {
        guard var field = model.field(index) else { return }
        change(&field)
        model.setField(index, field)
    }

    /// The field the core's `field` name points at (see `FormField.concerns`), if the form has one.
    func index(ofCoreField name: String) -> Int? {
        fields.firstIndex { field in field.concerns.contains { name == $0 || name.hasPrefix($0 + " ") } }
    }
}
