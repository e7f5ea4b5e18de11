/// Display width in terminal cells, grapheme-safe truncation, padding, wrapping and
/// control-character scrubbing — measured with Convene's own Unicode table, so the
/// answers never depend on the locale or on the C library's `wcwidth`.
public enum TextCells {
    /// How a padded string sits inside its column.
    public enum Alignment: Sendable {
        case left, right, center
    }

    /// The character that stands in for anything unsafe to send to a terminal.
    public static let replacementCharacter: Character = "\u{FFFD}"

    /// The mark appended to a truncated string.
    public static let ellipsis: Character = "…"

    /// Columns `c` occupies: 2 for CJK, fullwidth, Hangul and emoji presentation,
    /// 0 for combining and zero-width marks, 1 otherwise. Control characters count as
    /// the width of their sanitized replacement (1).
    @inlinable
    public static func width(of c: Character) -> Int {
        if c.utf8.count == 1 { return 1 }  // ASCII, including controls
        return UnicodeWidth.width(ofGrapheme: c)
    }

    /// Columns `s` occupies when drawn on one line.
    public static func width(of s: String) -> Int {
        var ascii = true
        var crlf = 0
        var previousCR = false
        for byte in s.utf8 {
            if byte >= 0x80 {
                ascii = false
                break
            }
            if byte == 0x0A && previousCR { crlf += 1 }
            previousCR = byte == 0x0D
        }
        if ascii { return s.utf8.count - crlf }
        var total = 0
        for c in s { total += width(of: c) }
        return total
    }
}
