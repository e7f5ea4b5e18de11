import Phrasebook
import PlannerCore

extension PlanRecord {
    /// A time of day, written `HH:MM` (`24:00` for the end of the day).
    struct ClockTime: Codable {
        var value: PlannerCore.ClockTime

        init(_ value: PlannerCore.ClockTime) { self.value = value }

        init(from decoder: Decoder) throws {
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let time = PlannerCore.ClockTime(text) else {
                throw PlanValueProblem.error(
                    tr("'\(text)' is not a time of the form HH:MM (00:00–24:00)"), at: decoder)
            }
            value = time
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(value.description)
        }
    }
}
