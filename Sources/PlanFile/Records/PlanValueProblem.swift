import Phrasebook

/// A field's value a record cannot take, said in either language. Records throw it inside a
/// `DecodingError.dataCorrupted` (as its underlying error), so the load error names the field's place and this text.
struct PlanValueProblem: Error {
    var phrase: Phrase

    /// The decoding error for `phrase` at the decoder's place.
    static func error(_ phrase: Phrase, at decoder: Decoder) -> DecodingError {
        DecodingError.dataCorrupted(
            .init(
                codingPath: decoder.codingPath, debugDescription: phrase.description,
                underlyingError: Self(phrase: phrase)))
    }
}
