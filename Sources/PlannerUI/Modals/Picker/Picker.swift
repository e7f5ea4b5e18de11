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

        /// The options, where two would look alike (the same label and detail: namesakes, which the checks warn
        /// of), with their ids added to the detail so that the list tells them apart.
        static func tellingApart(_ options: [Option]) -> [Option] {
            var seen: [String: Int] = [:]
            for option in options { seen[option.label + "\u{0}" + option.detail, default: 0] += 1 }
            guard seen.values.contains(where: { $0 > 1 }) else { return options }
            return options.map { option in
                guard seen[option.label + "\u{0}" + option.detail, default: 0] > 1 else { return option }
                var told = option
                told.detail = option.detail.isEmpty ? option.id : option.detail + " · " + option.id
                return told
            }
        }
    }

    /// What picking does.
    public enum Purpose: Sendable {
        case formField(Form, field: Int, source: PickSource)
        case addParticipant
        /// Adds everyone of the picked organisation to the event, inviting it.
        case addEveryone
        /// Sets the picked capacity for these participants.
        case setCapacity(people: [String])
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
