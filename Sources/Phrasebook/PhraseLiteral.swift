/// The literal written in `tr("…")`: its text becomes the phrase's key and its interpolations the arguments.
///
/// Only `tr` takes it, so every phrase in the sources is a `tr("…")` call that the catalogue test can find.
public struct PhraseLiteral: ExpressibleByStringInterpolation, Sendable {
    var key = ""
    var arguments: [Phrase.Argument] = []

    public init(stringLiteral value: String) { key = Phrase.escapingBraces(value) }

    public init(stringInterpolation: Interpolation) {
        key = stringInterpolation.key
        arguments = stringInterpolation.arguments
    }

    /// Collects the literal's segments and arguments.
    public struct Interpolation: StringInterpolationProtocol, Sendable {
        var key = ""
        var arguments: [Phrase.Argument] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            key.reserveCapacity(literalCapacity + 2 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) { key += Phrase.escapingBraces(literal) }

        public mutating func appendInterpolation(_ text: String) { add(.text(text)) }
        public mutating func appendInterpolation(_ text: Substring) { add(.text(String(text))) }
        public mutating func appendInterpolation(_ phrase: Phrase) { add(.phrase(phrase)) }
        public mutating func appendInterpolation(_ number: Int) { add(.text(String(number))) }
        /// A number that picks the plural form: `tr("\(count: n) notes")`.
        public mutating func appendInterpolation(count: Int) { add(.count(count)) }
        public mutating func appendInterpolation<T: CustomStringConvertible>(_ value: T) {
            add(.text(value.description))
        }

        private mutating func add(_ argument: Phrase.Argument) {
            key += "{}"
            arguments.append(argument)
        }
    }
}

/// The phrase written as `literal`, shown in each reader's language from the catalogue.
public func tr(_ literal: PhraseLiteral) -> Phrase { Phrase(key: literal.key, arguments: literal.arguments) }

extension Phrase {
    /// A literal brace in a key or a template is written twice (`{{`, `}}`), so it never reads as a place.
    static func escapingBraces(_ text: String) -> String {
        guard text.contains("{") || text.contains("}") else { return text }
        var out = ""
        for c in text {
            out.append(c)
            if c == "{" || c == "}" { out.append(c) }
        }
        return out
    }
}
