/// A name as a roster cell gives it, made comparable: spreadsheets pad names with full-width spaces (U+3000) and
/// no-break spaces (U+00A0, U+202F) to line up two-character names with three-character ones (`王　芳`).
public enum RosterName {
    /// Trims every kind of space, drops spaces between two CJK characters (`王　芳` is `王芳`) and writes any other
    /// run of spaces as one ASCII space (`Anna\u{A0}\u{A0}Müller` is `Anna Müller`).
    public static func normalised(_ raw: String) -> String {
        let scalars = Array(raw.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            guard isSpace(s) else {
                out.append(s)
                i += 1
                continue
            }
            var j = i
            while j < scalars.count && isSpace(scalars[j]) { j += 1 }
            // A run of spaces: dropped at the ends and between two CJK characters, else kept as one.
            if let before = out.last, j < scalars.count, !(isCJK(before) && isCJK(scalars[j])) {
                out.append(" ")
            }
            i = j
        }
        return String(out)
    }

    /// Space separators (ASCII, no-break, ideographic, …); line breaks and tabs are not: they are refused elsewhere.
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.properties.generalCategory == .spaceSeparator
    }

    /// Han ideographs, kana, hangul and CJK punctuation: the scripts written without spaces between a name's parts.
    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E80...0x2FFF, 0x3001...0x303F, 0x3040...0x30FF, 0x3100...0x312F, 0x3190...0x31FF, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFF00...0xFF60, 0x20000...0x3FFFF:
            true
        default:
            s == "\u{00B7}"  // the middle dot of transcribed names: 艾力·买买提
        }
    }
}

extension RosterName {
    /// The key two names are the same under: normalised and lowercased. Names without a space of any kind (nearly
    /// all) skip the normalising.
    static func comparable(_ name: String) -> String {
        let plain = !name.unicodeScalars.contains { isSpace($0) }
        return (plain ? name : normalised(name)).lowercased()
    }
}
