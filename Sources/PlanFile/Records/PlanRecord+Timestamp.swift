import Foundation

extension PlanRecord {
    /// An instant as the plan file writes it: UTC, ISO 8601, whole seconds ("2023-06-16T08:30:00Z").
    static func timestamp(_ date: Date) -> String {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)).formatted(
            .iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: false)
                .timeSeparator(.colon).timeZone(separator: .omitted))
    }

    /// The instant of a `timestamp(_:)` string, or nil when it is not one.
    static func timestamp(_ text: String) -> Date? { try? Date(text, strategy: .iso8601) }
}
