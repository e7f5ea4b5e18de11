extension PlanRecord {
    /// A case of one of the core's closed sets (status, RSVP, kind, part), written as its name.
    struct CaseName<Value: RawRepresentable>: Codable where Value.RawValue == String {
        var value: Value

        init(_ value: Value) { self.value = value }

        init(from decoder: Decoder) throws {
            let name = try decoder.singleValueContainer().decode(String.self)
            guard let value = Value(rawValue: name) else {
                // The words of the standard library's own message for an enumeration, which plan files always got.
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: decoder.codingPath,
                        debugDescription: "Cannot initialize \(Value.self) from invalid String value \(name)"))
            }
            self.value = value
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(value.rawValue)
        }
    }
}
