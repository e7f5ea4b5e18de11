/// An error that says itself as a phrase, so it can be shown in the reader's language.
public protocol PhrasedError: Error {
    /// The message.
    var phrase: Phrase { get }
}

extension Phrase {
    /// What `error` says: its phrase when it has one, else its description as it is (a library's own words).
    public init(error: any Error) {
        if let phrased = error as? any PhrasedError {
            self = phrased.phrase
        } else {
            self = .verbatim(String(describing: error))
        }
    }
}
