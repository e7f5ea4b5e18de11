/// The rules behind `TextCells.width(of:)`, over the generated `WidthTable`: a grapheme is as wide as its first
/// scalar, except that U+FE0F after an emoji's narrow base makes it two cells and that a control counts as what
/// `sanitized` puts in its place.
@usableFromInline
enum UnicodeWidth {
    /// Width of a non-ASCII grapheme cluster; `ambiguous` nil reads `TextCells.ambiguousWidth`, and only when the
    /// answer depends on it.
    @usableFromInline
    static func width(ofGrapheme c: Character, ambiguous: TextCells.AmbiguousWidth?) -> Int {
        let scalars = c.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if Sanitizer.needsReplacement(first) { return controlWidth(first.value, ambiguous) }
        let base = width(of: first, ambiguous: ambiguous)
        if base == 1, scalars.count > 1, contains(WidthTable.emojiVariation, first.value),
            scalars.contains("\u{FE0F}")
        {
            return 2
        }
        return base
    }

    /// What a control takes once sanitized: tab, line feed and carriage return become a space, every other one
    /// U+FFFD, which is East Asian Ambiguous.
    @usableFromInline
    static func controlWidth(_ value: UInt32, _ ambiguous: TextCells.AmbiguousWidth?) -> Int {
        if value == 0x09 || value == 0x0A || value == 0x0D { return 1 }
        return (ambiguous ?? TextCells.ambiguousWidth) == .wide ? 2 : 1
    }

    /// Width of one scalar on its own (controls aside).
    static func width(of s: Unicode.Scalar, ambiguous: TextCells.AmbiguousWidth?) -> Int {
        let v = s.value
        if v < 0xA1 { return 1 }  // ASCII, C1 and no-break space: never wide, zero or ambiguous
        if v >= 0x4E00 && v <= 0x9FFF { return 2 }  // CJK Unified Ideographs, all wide (WidthTableTests checks it)
        if v < 0x300 {  // the rest of Latin-1 and the Latin extensions: one cell unless ambiguous counts two
            return isWideAmbiguous(v, ambiguous) ? 2 : 1
        }
        if contains(WidthTable.wide, v) { return 2 }
        if contains(WidthTable.zeroWidth, v) { return 0 }
        if contains(WidthTable.emojiPresentation, v) { return 2 }
        return isWideAmbiguous(v, ambiguous) ? 2 : 1
    }

    /// Whether `v` is ambiguous and ambiguous characters count two cells; the setting is read first, so narrow
    /// mode never searches the table.
    private static func isWideAmbiguous(_ v: UInt32, _ ambiguous: TextCells.AmbiguousWidth?) -> Bool {
        (ambiguous ?? TextCells.ambiguousWidth) == .wide && contains(WidthTable.ambiguous, v)
    }

    /// Whether `v` lies in one of the `first, last` pairs of `table` (sorted, disjoint): a binary search.
    static func contains(_ table: [UInt32], _ v: UInt32) -> Bool {
        table.withUnsafeBufferPointer { pairs in
            guard let lowest = pairs.first, let highest = pairs.last, v >= lowest, v <= highest else { return false }
            var lo = 0
            var hi = pairs.count / 2
            while lo < hi {  // the first range whose last is at or above v
                let mid = (lo + hi) / 2
                if pairs[2 * mid + 1] < v { lo = mid + 1 } else { hi = mid }
            }
            return pairs[2 * lo] <= v
        }
    }
}
