import PlannerCore
import TerminalKit

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
