/// Removes what must not reach a document from plan data: control characters and bidi overrides.
enum PrintScrub {
    /// True for C0 controls, DEL, C1 controls and the bidi embeddings, overrides and isolates (U+202A–E, U+2066–9).
    static func isControl(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// One line: tab, CR and LF (a CR LF pair too) become one space; other controls are removed.
    static func line(_ s: String) -> String {
        lines(s).replacingOccurrences(of: "\n", with: " ")
    }

    /// Text that may span lines: CR LF and lone CR become LF, tab becomes a space, other controls are removed.
    static func lines(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in s.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar {
            case "\n" where previousCR: continue
            case "\n", "\r": out.append("\n")
            case "\t": out.append(" ")
            default: if !isControl(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }
}
