import Foundation

/// A name as the duplicate check compares it: trimmed, lower-cased and in Unicode's composed form (NFC), then
/// hashed and compared as UTF-8 bytes. Equal keys are exactly the names whose trimmed, lower-cased forms are
/// canonically equivalent, as String's `==` would say; but String hashes and compares every non-ASCII text by
/// normalising it on each use, which was most of the checks' time on a 100,000-person list of Chinese names.
struct NameKey: Hashable {
    private let text: String

    init(_ name: String) {
        if Self.isComposedLowercaseTrimmed(name) {
            text = name
        } else {
            let folded = name.trimmed.lowercased()
            // ASCII is its own NFC; anything else is composed (Foundation's NFC is ~8,000 instructions a name).
            text = folded.utf8.allSatisfy { $0 < 0x80 } ? folded : folded.precomposedStringWithCanonicalMapping
        }
    }

    /// True when `name` is its own key: only lower-case ASCII letters, digits, inner spaces, `.`, `-`, `'`, `·`
    /// and CJK ideographs (U+3400–U+9FFF), which have no case and are their own NFC. Names in Chinese characters
    /// take this path; it reads the UTF-8 bytes (valid, as every String's are) without decoding them.
    static func isComposedLowercaseTrimmed(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return false }
            var i = 0
            while i < bytes.count {
                switch bytes[i] {
                case 0x61...0x7A, 0x30...0x39, 0x20, 0x2E, 0x2D, 0x27: i += 1
                case 0xC2 where i + 1 < bytes.count && bytes[i + 1] == 0xB7: i += 2  // ·
                case 0xE3 where i + 1 < bytes.count && bytes[i + 1] >= 0x90: i += 3  // U+3400–U+3FFF
                case 0xE4...0xE9: i += 3  // U+4000–U+9FFF
                default: return false
                }
            }
            return true
        }
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (a: NameKey, b: NameKey) -> Bool {
        var a = a.text, b = b.text
        return a.withUTF8 { x in
            b.withUTF8 { y in
                guard x.count == y.count else { return false }
                // Equal counts: both addresses exist unless both texts are empty.
                guard let xp = x.baseAddress, let yp = y.baseAddress else { return true }
                return memcmp(xp, yp, x.count) == 0
            }
        }
    }
}
