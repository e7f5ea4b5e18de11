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

    /// Whether `bytes` spell a tag: `init?(_:)` on UTF-8, without making a string.
    static func isTag(_ bytes: Substring.UTF8View) -> Bool {
        bytes.count == length && bytes.allSatisfy { alphabetBytes.contains($0) }
    }

    private static let alphabetBytes = Set(alphabet.compactMap(\.asciiValue))

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
    /// counted across copies, so a tagged id raises the count as a short one does. Read byte by byte: the merge and
    /// every load read the number of each of a big plan's ids.
    public func number(of id: String) -> Int? {
        let bytes = id.utf8
        guard let letter = idPrefix.utf8.first, bytes.first == letter else { return nil }
        var at = bytes.index(after: bytes.startIndex)
        var n = 0, digits = 0
        while at != bytes.endIndex, case let byte = bytes[at], byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
            n = n * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
            guard digits <= 18 else { return nil }
            at = bytes.index(after: at)
        }
        guard digits > 0, n > 0 else { return nil }
        if at == bytes.endIndex { return n }
        guard bytes[at] == UInt8(ascii: "_"), CopyTag.isTag(bytes[bytes.index(after: at)...]) else { return nil }
        return n
    }
}
