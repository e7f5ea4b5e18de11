import Phrasebook

/// The texts of the phrases one frame shows again and again (a status, an answer, a leave's reason on every row), each
/// looked up in the catalogue once: a phrase in the planner's language costs ~10,000 instructions, and the rows on
/// screen took 75 of them on every keystroke of the filter.
final class FrameTexts {
    private let language: Language
    private var said: [Phrase: String] = [:]

    init(_ language: Language) { self.language = language }

    /// `phrase` in the frame's language.
    func callAsFunction(_ phrase: Phrase) -> String {
        if let text = said[phrase] { return text }
        let text = phrase.text(language)
        said[phrase] = text
        return text
    }
}
