import PlannerCore
import TerminalKit

/// One option of a choice field: the value it stands for and what the user reads.
public struct ChoiceOption: Equatable, Sendable {
    public var value: String?
    public var label: String
}

/// The value of one form field.
public enum FieldValue: Sendable {
    case text(TextField)
    case choice([ChoiceOption], selected: Int)
    /// A person chosen from the pick-list (id and the name shown).
    case pick(id: String?, label: String)
}

/// One labelled field of a form.
public struct FormField: Sendable {
    public var key: String
    public var label: String
    public var value: FieldValue

    public static func text(_ key: String, _ label: String, _ text: String = "") -> FormField {
        FormField(key: key, label: label, value: .text(TextField(text: text)))
    }

    public static func choice(_ key: String, _ label: String, _ options: [ChoiceOption], selected: String?) -> FormField
    {
        FormField(
            key: key, label: label, value: .choice(options, selected: options.firstIndex { $0.value == selected } ?? 0))
    }
}

/// What accepting a form does.
public enum FormPurpose: Sendable, Equatable {
    case addItem, editItem(String)
    case addRole(item: String), editRole(item: String, index: Int)
    case addPerson, editPerson(String)
    case addOrganisation, editOrganisation(String)
    case addVenue, editVenue(String), addRoom, editRoom(Int)
    case addEvent, editEvent(String)
    case saveAs
}

/// A modal form: fields, the focused one, and an error shown at the field it concerns.
public struct Form: Sendable {
    public var title: String
    public var fields: [FormField]
    public var focus = 0
    public var error: (field: Int, message: String)?
    public var purpose: FormPurpose

    public init(title: String, fields: [FormField], purpose: FormPurpose) {
        self.title = title
        self.fields = fields
        self.purpose = purpose
    }

    public func index(_ key: String) -> Int? { fields.firstIndex { $0.key == key } }

    /// The text of a text field (trimmed), the value of a choice, or the id of a pick.
    public func value(_ key: String) -> String? {
        guard let i = index(key) else { return nil }
        switch fields[i].value {
        case .text(let field): return field.text.trimmedOrNil
        case .choice(let options, let selected): return options[selected].value
        case .pick(let id, _): return id
        }
    }

    /// Throws a field error (shown at that field) unless `condition` holds.
    func require(_ condition: Bool, _ key: String, _ message: String) throws {
        if !condition { throw FieldError(key: key, message: message) }
    }
}

/// A refusal tied to one field of a form.
struct FieldError: Error {
    let key: String
    let message: String
}

/// A pick-list: type to filter by name, pinyin or initials.
public struct Picker: Sendable {
    /// One thing to pick.
    public struct Option: Sendable {
        public var id: String
        public var label: String
        public var detail: String
        let key: PinyinKey
        let latinKey: PinyinKey?

        public init(id: String, label: String, detail: String = "", latin: String? = nil) {
            self.id = id
            self.label = label
            self.detail = detail
            self.key = PinyinKey(label)
            self.latinKey = latin.map(PinyinKey.init)
        }

        func matches(_ query: PinyinQuery) -> Bool { key.matches(query) || (latinKey?.matches(query) ?? false) }
    }

    /// What picking does.
    public enum Purpose: Sendable {
        case formField(Form, field: Int)
        case addParticipant
        case switchEvent
    }

    public var title: String
    public var options: [Option]
    public var filter = TextField()
    public var selection = 0
    public var purpose: Purpose

    public init(title: String, options: [Option], purpose: Purpose) {
        self.title = title
        self.options = options
        self.purpose = purpose
    }

    /// The options that match the filter, in order.
    public var visible: [Option] {
        let q = PinyinQuery(filter.text)
        return q.text.isEmpty ? options : options.filter { $0.matches(q) }
    }
}
