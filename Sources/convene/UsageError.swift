import Phrasebook

/// A mistake in how the command was called that argument parsing cannot see (e.g. two options that exclude each other).
struct UsageError: Error {
    let message: Phrase
    init(_ message: Phrase) { self.message = message }
}
