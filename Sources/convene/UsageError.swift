import Phrasebook

/// A mistake in how the command was called that argument parsing cannot see (e.g. two options that exclude each other).
struct UsageError: PhrasedError {
    let message: Phrase
    var phrase: Phrase { message }
    init(_ message: Phrase) { self.message = message }
}
