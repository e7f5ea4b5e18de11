import Foundation
import Phrasebook
import PlannerCore

/// A value the plan file writes as one text: how it is written, how it is read back, and what a reader is told when
/// the text is not one.
protocol PlanTextValue {
    /// The value of `text`, or nil when `text` is not one.
    init?(planText text: String)
    /// The text the file holds.
    var planText: String { get }
    /// What a user reads when `text` is not one of these values.
    static func notOne(_ text: String) -> Phrase
}

extension PlanRecord {
    /// One `PlanTextValue` as a JSON string, with the user's message when the string is not one.
    struct TextValue<Value: PlanTextValue>: Codable {
        var value: Value

        init(_ value: Value) { self.value = value }

        init(from decoder: Decoder) throws {
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let value = Value(planText: text) else {
                throw PlanValueProblem.error(Value.notOne(text), at: decoder)
            }
            self.value = value
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(value.planText)
        }
    }

    /// A time of day, written `HH:MM` (`24:00` for the end of the day).
    typealias ClockTime = TextValue<PlannerCore.ClockTime>
    /// A date, written `YYYY-MM-DD`.
    typealias CivilDate = TextValue<PlannerCore.CivilDate>
    /// An instant, written in UTC, ISO 8601, whole seconds ("2023-06-16T08:30:00Z").
    typealias Timestamp = TextValue<Date>
    /// A copy's tag (`k7mq`).
    typealias CopyTag = TextValue<PlannerCore.CopyTag>
}

extension PlannerCore.ClockTime: PlanTextValue {
    init?(planText text: String) { self.init(text) }
    var planText: String { description }
    static func notOne(_ text: String) -> Phrase { tr("'\(text)' is not a time of the form HH:MM (00:00–24:00)") }
}

extension PlannerCore.CivilDate: PlanTextValue {
    init?(planText text: String) { self.init(text) }
    var planText: String { description }
    static func notOne(_ text: String) -> Phrase { tr("'\(text)' is not a date of the form YYYY-MM-DD") }
}

extension PlannerCore.CopyTag: PlanTextValue {
    init?(planText text: String) { self.init(text) }
    var planText: String { text }
    static func notOne(_ text: String) -> Phrase {
        tr("'\(text)' is not a copy's tag (four of the letters and digits \(String(PlannerCore.CopyTag.alphabet)))")
    }
}

extension Date: PlanTextValue {
    init?(planText text: String) {
        guard let date = try? Date(text, strategy: .iso8601) else { return nil }
        self = date
    }
    var planText: String { PlanRecord.Timestamp.text(self) }
    static func notOne(_ text: String) -> Phrase {
        tr("'\(text)' is not a UTC time of the form YYYY-MM-DDTHH:MM:SSZ")
    }
}

extension PlanRecord.TextValue where Value == Date {
    /// The text of `date`, seconds cut off.
    static func text(_ date: Date) -> String {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)).formatted(
            .iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: false)
                .timeSeparator(.colon).timeZone(separator: .omitted))
    }

    /// The instant of a `text(_:)` string, or nil when it is not one.
    static func date(_ text: String) -> Date? { Date(planText: text) }
}
