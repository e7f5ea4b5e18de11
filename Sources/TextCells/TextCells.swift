/// Display width in terminal cells, grapheme-safe truncation, padding, wrapping and
/// control-character scrubbing — measured with Convene's own Unicode table (`WidthTable`, generated from the
/// Unicode data files), so the answers never depend on the locale or on the C library's `wcwidth`.
public enum TextCells {
    /// How a padded string sits inside its column.
    public enum Alignment: Sendable {
        case left, right, center
    }

    /// How East Asian Ambiguous characters (`—` `·` `…` `“”` `═` `│` `○`, Greek and Cyrillic letters, …) are
    /// counted: one cell, as most terminals draw them, or two, as terminals set up for CJK do (Xshell, PuTTY,
    /// GNOME Terminal with "ambiguous-width characters: wide").
    public enum AmbiguousWidth: String, Sendable, CaseIterable {
        case narrow, wide
    }

    /// The setting for every measurement that does not pass `ambiguous:`. `.narrow` unless bound for a piece of
    /// work with `TextCells.$ambiguousWidth.withValue(.wide) { … }`: the executable binds it once around the whole
    /// command, and a test binds it around what it draws, so tests running in parallel never see each other's.
    @TaskLocal public static var ambiguousWidth: AmbiguousWidth = .narrow

    /// The Unicode version the width table was generated from.
    public static var unicodeVersion: String { WidthTable.unicodeVersion }

    /// The character that stands in for anything unsafe to send to a terminal.
    public static let replacementCharacter: Character = "\u{FFFD}"

    /// The mark appended to a truncated string.
    public static let ellipsis: Character = "…"

    /// Columns `c` occupies: 2 for CJK, fullwidth, Hangul and emoji presentation, 0 for combining and zero-width
    /// marks, 2 or 1 for East Asian Ambiguous characters as `ambiguousWidth` says, 1 otherwise. A control counts as
    /// its sanitized replacement.
    @inlinable
    public static func width(of c: Character) -> Int {
        let utf8 = c.utf8
        if utf8.count == 1, let byte = utf8.first {
            return byte >= 0x20 && byte != 0x7F ? 1 : UnicodeWidth.controlWidth(UInt32(byte), nil)
        }
        return UnicodeWidth.width(ofGrapheme: c, ambiguous: nil)
    }

    /// Columns `c` occupies with ambiguous characters counted as `ambiguous` says.
    public static func width(of c: Character, ambiguous: AmbiguousWidth) -> Int {
        let utf8 = c.utf8
        if utf8.count == 1, let byte = utf8.first {
            return byte >= 0x20 && byte != 0x7F ? 1 : UnicodeWidth.controlWidth(UInt32(byte), ambiguous)
        }
        return UnicodeWidth.width(ofGrapheme: c, ambiguous: ambiguous)
    }

    /// Columns `s` occupies when drawn on one line.
    public static func width(of s: String) -> Int { width(of: s, resolving: nil) }

    /// Columns `s` occupies on one line with ambiguous characters counted as `ambiguous` says.
    public static func width(of s: String, ambiguous: AmbiguousWidth) -> Int { width(of: s, resolving: ambiguous) }

    /// Columns the scalar `scalar` takes on its own, as `width(of:ambiguous:)` counts a character.
    public static func width(of scalar: Unicode.Scalar, ambiguous: AmbiguousWidth) -> Int {
        width(of: Character(scalar), ambiguous: ambiguous)
    }

    /// Whether `scalar` is East Asian Ambiguous, and so one cell or two as `ambiguousWidth` says (an ambiguous
    /// combining mark is not: it takes no cell either way).
    public static func isAmbiguous(_ scalar: Unicode.Scalar) -> Bool {
        UnicodeWidth.contains(WidthTable.ambiguous, scalar.value)
    }

    private static func width(of s: String, resolving ambiguous: AmbiguousWidth?) -> Int {
        var ascii = true
        var controls = false
        var crlf = 0
        var previousCR = false
        for byte in s.utf8 {
            if byte >= 0x80 {
                ascii = false
                break
            }
            if byte < 0x20 || byte == 0x7F { controls = true }
            if byte == 0x0A && previousCR { crlf += 1 }
            previousCR = byte == 0x0D
        }
        // Controls other than tab, CR and LF become U+FFFD, which is two cells in wide mode.
        if ascii && (!controls || (ambiguous ?? ambiguousWidth) == .narrow) { return s.utf8.count - crlf }
        var total = 0
        if let ambiguous {
            for c in s { total += width(of: c, ambiguous: ambiguous) }
        } else {
            for c in s { total += width(of: c) }
        }
        return total
    }
}
