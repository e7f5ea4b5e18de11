import Phrasebook
import PlannerCore

extension PlanRecord {
    /// A date, written `YYYY-MM-DD`.
    struct CivilDate: Codable {
        var value: PlannerCore.CivilDate

        init(_ value: PlannerCore.CivilDate) { self.value = value }

        init(from decoder: Decoder) throws {
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = PlannerCore.CivilDate(text) else {
                throw PlanValueProblem.error(tr("'\(text)' is not a date of the form YYYY-MM-DD"), at: decoder)
            }
            value = date
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(value.description)
        }
    }
}
