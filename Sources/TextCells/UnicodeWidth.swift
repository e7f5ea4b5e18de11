/// The width table behind `TextCells.width(of:)`: East Asian Wide/Fullwidth ranges,
/// emoji presentation, and zero-width marks, decided by a grapheme's first scalar.
@usableFromInline
enum UnicodeWidth {
    /// Width of a non-ASCII grapheme cluster.
    @usableFromInline
    static func width(ofGrapheme c: Character) -> Int {
        let scalars = c.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if Sanitizer.needsReplacement(first) { return 1 }
        let base = width(of: first)
        if base == 1, scalars.count > 1, scalars.contains("\u{FE0F}") { return 2 }
        return base
    }

    /// Width of one scalar on its own.
    static func width(of s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x300 { return 1 }  // Latin-1 and friends (soft hyphen drawn as 1, like terminals)
        if isWide(v) { return 2 }
        if isZeroWidth(s) { return 0 }
        if v >= 0x1F000 && s.properties.isEmojiPresentation { return 2 }
        if v >= 0x2300 && v < 0x2C00 && s.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// East Asian Wide and Fullwidth blocks.
    static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        if v <= 0x115F { return true }  // Hangul Jamo initial consonants
        if v < 0x2E80 { return false }
        if v <= 0x303E { return true }  // CJK radicals, Kangxi, CJK symbols and punctuation
        if v < 0x3041 { return false }
        if v <= 0x33FF { return true }  // Hiragana … CJK compatibility
        if v <= 0x4DBF { return true }  // CJK extension A
        if v < 0x4E00 { return false }
        if v <= 0x9FFF { return true }  // CJK unified ideographs
        if v <= 0xA4CF { return true }  // Yi
        if v >= 0xA960 && v <= 0xA97F { return true }  // Hangul Jamo extended A
        if v >= 0xAC00 && v <= 0xD7A3 { return true }  // Hangul syllables
        if v >= 0xF900 && v <= 0xFAFF { return true }  // CJK compatibility ideographs
        if v >= 0xFE10 && v <= 0xFE19 { return true }  // vertical forms
        if v >= 0xFE30 && v <= 0xFE6F { return true }  // CJK compatibility forms, small forms
        if v >= 0xFF00 && v <= 0xFF60 { return true }  // fullwidth forms
        if v >= 0xFFE0 && v <= 0xFFE6 { return true }
        if v >= 0x16FE0 && v <= 0x18CFF { return true }  // Tangut, Khitan
        if v >= 0x1B000 && v <= 0x1B2FF { return true }  // Kana supplement, Nushu
        if v >= 0x20000 && v <= 0x3FFFD { return true }  // CJK extensions B…H
        return false
    }

    /// Combining marks, format characters and variation selectors.
    static func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v >= 0x200B && v <= 0x200F { return true }
        if v >= 0xFE00 && v <= 0xFE0F { return true }
        if v >= 0x1160 && v <= 0x11FF { return true }  // Hangul medial vowels / final consonants
        if v >= 0xE0100 && v <= 0xE01EF { return true }  // variation selectors supplement
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }
}
