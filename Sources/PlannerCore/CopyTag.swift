/// The mark one copy of a plan puts at the end of the ids it issues (`p20_k7mq`): four lowercase letters and digits,
/// drawn at random when the copy is made (`convene setup-git` for a git clone, `convene share` for a shared copy),
/// so that two copies edited apart never hand out the same id and a merge keeps every id as it was issued.
///
/// A plan file alone has none; its new ids stay short (`p20`), and a merge of two such copies renumbers their
/// additions where both issued one id (`MergeRenumbering`).
public struct CopyTag: Hashable, Sendable, CustomStringConvertible {
    /// The letters a tag is made of: digits and lowercase letters without i, l, o and u, which read as 1, 1, 0, v.
    public static let alphabet: [Character] = Array("0123456789abcdefghjkmnpqrstvwxyz")
    /// How many letters a tag has: 32⁴, about a million tags, so two copies draw the same one about once in a million.
    public static let length = 4
    /// What joins an id's number and its tag (`p20_k7mq`): not `-` or `.`, which calendar UIDs use
    /// (`e1-i3.<identity>@convene`), and part of a word when a terminal selects one with a double click.
    public static let separator: Character = "_"

    /// The four letters.
    public let text: String

    /// The tag `text` spells, or nil when it is not four letters of `alphabet`.
    public init?(_ text: String) {
        guard text.count == Self.length, text.allSatisfy({ Self.alphabet.contains($0) }) else { return nil }
        self.text = text
    }

    private init(drawn letters: [Character]) { text = String(letters) }

    /// A new tag drawn from `generator`.
    public static func random(using generator: inout some RandomNumberGenerator) -> CopyTag {
        CopyTag(drawn: (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }

    /// A new tag drawn from the system's random source.
    public static func random() -> CopyTag {
        var generator = SystemRandomNumberGenerator()
        return random(using: &generator)
    }

    public var description: String { text }
}

extension RecordKind {
    /// The id of this kind numbered `number`, with `tag` when the copy has one: `p20`, `p20_k7mq`.
    public func id(number: Int, tag: CopyTag?) -> String {
        let short = idPrefix + String(number)
        guard let tag else { return short }
        return short + String(CopyTag.separator) + tag.text
    }

    /// The number of one of this kind's ids (`p12` → 12, `p12_k7mq` → 12), or nil for any other id: numbers are
    /// counted across copies, so a tagged id raises the count as a short one does.
    public func number(of id: String) -> Int? {
        let prefix = idPrefix
        guard id.hasPrefix(prefix) else { return nil }
        let rest = id.dropFirst(prefix.count)
        let digits: Substring
        if let cut = rest.firstIndex(of: CopyTag.separator) {
            guard CopyTag(String(rest[rest.index(after: cut)...])) != nil else { return nil }
            digits = rest[..<cut]
        } else {
            digits = rest
        }
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(digits), n > 0
        else { return nil }
        return n
    }
}
