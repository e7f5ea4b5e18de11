import PlannerCore
import TerminalKit

/// A pick-list: type to filter by name, pinyin or initials.
public struct Picker: Sendable {
    /// One thing to pick.
    public struct Option: Sendable {
        public var id: String
        public var label: String
        public var detail: String
        /// Another name the filter finds the option by (a person's Latin name).
        public var latin: String?

        public init(id: String, label: String, detail: String = "", latin: String? = nil) {
            self.id = id
            self.label = label
            self.detail = detail
            self.latin = latin
        }
    }

    /// What picking does.
    public enum Purpose: Sendable {
        case formField(Form, field: Int, source: PickSource)
        case addParticipant
        case switchEvent
    }

    public var title: String
    public let options: [Option]
    public var filter = TextField()
    public var selection = 0
    public var purpose: Purpose
    /// The options' labels and Latin names as the filter searches them, shared by the copies of this pick-list.
    private let search: NameFilter

    public init(title: String, options: [Option], purpose: Purpose) {
        self.init(
            title: title, options: options, purpose: purpose,
            search: NameFilter(
                NameSearch(count: options.count, name: { options[$0].label }, latin: { options[$0].latin })))
    }

    /// A pick-list whose options are searched by `search` (for people: the roster's search through their positions).
    init(title: String, options: [Option], purpose: Purpose, search: NameFilter) {
        self.title = title
        self.options = options
        self.purpose = purpose
        self.search = search
    }

    /// The options that match the filter, in order.
    public var visible: FilteredRows<Option> { search.rows(of: options, matching: filter.text) }
}
