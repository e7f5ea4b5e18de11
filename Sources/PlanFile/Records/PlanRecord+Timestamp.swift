import Foundation
import Phrasebook

extension PlanRecord {
    /// An instant, written in UTC, ISO 8601, whole seconds ("2023-06-16T08:30:00Z").
    struct Timestamp: Codable {
        var value: Date

        init(_ value: Date) { self.value = value }

        init(from decoder: Decoder) throws {
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = Timestamp.date(text) else {
                throw PlanValueProblem.error(
                    tr("'\(text)' is not a UTC time of the form YYYY-MM-DDTHH:MM:SSZ"), at: decoder)
            }
            value = date
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.text(value))
        }

        /// The text of `date`, seconds cut off.
        static func text(_ date: Date) -> String {
            Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)).formatted(
                .iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: false)
                    .timeSeparator(.colon).timeZone(separator: .omitted))
        }

        /// The instant of a `text(_:)` string, or nil when it is not one.
        static func date(_ text: String) -> Date? { try? Date(text, strategy: .iso8601) }
    }
}
