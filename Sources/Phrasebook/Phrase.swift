/// A user-visible message, kept as its English key and its arguments until it is shown, so each reader sees it
/// in their language: `tr("\(count: n) notes")`.
///
/// The key is the English text with `{}` in place of each argument; a catalogue gives the text in each language
/// with numbered places (`{1}`, `{2}`) so a translation may reorder them.
public struct Phrase: Sendable, Hashable, CustomStringConvertible {
    /// One value put into a phrase.
    public enum Argument: Sendable, Hashable {
        /// Text shown as it is (a name, an id, a path).
        case text(String)
        /// A phrase shown in the same language as the one around it.
        case phrase(Phrase)
        /// A number that decides a plural form (`1 note`, `2 notes`).
        case count(Int)
        /// Items in a series: `a, b, c` in English, `a、b、c` in Chinese.
        case series([Phrase])
        /// Clauses of one sentence: `a; b` in English, `a；b` in Chinese.
        case clauses([Phrase])
    }

    /// The English text with `{}` for each argument.
    public let key: String
    public let arguments: [Argument]

    public init(key: String, arguments: [Argument] = []) {
        self.key = key
        self.arguments = arguments
    }

    /// A phrase that shows `text` as it is in every language (a name, a value the user typed).
    public static func verbatim(_ text: String) -> Phrase { Phrase(key: "{}", arguments: [.text(text)]) }

    /// Names in a series: `a, b, c` in English, `a、b、c` in Chinese.
    public static func series(_ items: [String]) -> Phrase {
        Phrase(key: "{}", arguments: [.series(items.map(verbatim))])
    }

    /// Phrases in a series, each in the reader's language.
    public static func series(_ items: [Phrase]) -> Phrase { Phrase(key: "{}", arguments: [.series(items)]) }

    /// Clauses of one sentence: `a; b` in English, `a；b` in Chinese.
    public static func clauses(_ items: [Phrase]) -> Phrase { Phrase(key: "{}", arguments: [.clauses(items)]) }

    /// The phrase in English: what logs, `description` and tests that do not care about language see.
    public var description: String { text(.en) }

    /// The phrase in `language`.
    public func text(_ language: Language) -> String {
        let template = Catalogue.template(for: key, in: language, count: pluralCount)
        return Phrase.fill(template, with: arguments.map { $0.text(language) })
    }

    /// The first count argument, which picks between a template's plural forms.
    var pluralCount: Int? {
        for case let .count(n) in arguments { return n }
        return nil
    }

    /// Puts the arguments into `{1}`, `{2}`, … and the plain `{}` of a key (in order); `{{` and `}}` are braces.
    static func fill(_ template: String, with values: [String]) -> String {
        guard template.contains("{") || template.contains("}") else { return template }
        var out = ""
        var next = 0
        var chars = Substring(template)
        while let c = chars.first {
            chars = chars.dropFirst()
            if c == "}" {
                out.append("}")
                if chars.first == "}" { chars = chars.dropFirst() }
                continue
            }
            guard c == "{" else {
                out.append(c)
                continue
            }
            if chars.first == "{" {
                out.append("{")
                chars = chars.dropFirst()
                continue
            }
            guard let close = chars.firstIndex(of: "}") else {
                out.append("{")
                continue
            }
            let inside = chars[..<close]
            if inside.isEmpty, next < values.count {
                out += values[next]
                next += 1
            } else if let n = Int(inside), n >= 1, n <= values.count {
                out += values[n - 1]
            } else {
                out += "{" + inside + "}"
            }
            chars = chars[chars.index(after: close)...]
        }
        return out
    }
}

extension Phrase.Argument {
    func text(_ language: Language) -> String {
        switch self {
        case let .text(text): return text
        case let .phrase(phrase): return phrase.text(language)
        case let .count(n): return String(n)
        case let .series(items): return items.map { $0.text(language) }.joined(separator: language == .zh ? "、" : ", ")
        case let .clauses(items): return items.map { $0.text(language) }.joined(separator: language == .zh ? "；" : "; ")
        }
    }
}
