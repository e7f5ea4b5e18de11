import Phrasebook

extension PlanRecord {
    /// A case of one of the core's closed sets (status, RSVP, kind, part), written as its name.
    struct CaseName<Value: RawRepresentable & CaseIterable>: Codable where Value.RawValue == String {
        var value: Value

        init(_ value: Value) { self.value = value }

        init(from decoder: Decoder) throws {
            let name = try decoder.singleValueContainer().decode(String.self)
            guard let value = Value(rawValue: name) else {
                // What a user can write there, never the code's type name.
                let valid = Value.allCases.map { $0.rawValue }.joined(separator: ", ")
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: decoder.codingPath,
                        debugDescription: "'\(name)' is not one of the values this field takes: \(valid)",
                        underlyingError: UnknownValue(value: name, accepted: Value.allCases.map { $0.rawValue })))
            }
            self.value = value
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(value.rawValue)
        }
    }
}

extension PlanRecord {
    /// What `CaseName` found instead of one of its values: `PlanFormat` turns it into `PlanFileError.unknownValue`.
    struct UnknownValue: Error {
        var value: String
        var accepted: [String]
    }
}
