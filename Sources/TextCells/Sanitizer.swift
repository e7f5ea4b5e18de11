/// Decides which scalars must never reach a terminal raw, and what replaces them.
@usableFromInline
enum Sanitizer {
    /// C0 controls, DEL, C1 controls and bidi overrides, embeddings and isolates.
    @usableFromInline
    static func needsReplacement(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x20 || v == 0x7F { return true }
        if v < 0x80 { return false }
        if v <= 0x9F { return true }
        if v >= 0x202A && v <= 0x202E { return true }
        if v >= 0x2066 && v <= 0x2069 { return true }
        return false
    }

    /// Fast check on the UTF-8 bytes: C0/DEL, C1 (C2 80–9F) and E2 80 AA–AE / E2 81 A6–A9.
    static func needsWork(_ s: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for b in s.utf8 {
            if b < 0x20 || b == 0x7F { return true }
            if previous == 0xC2 && b >= 0x80 && b <= 0x9F { return true }
            if beforePrevious == 0xE2 {
                if previous == 0x80 && b >= 0xAA && b <= 0xAE { return true }
                if previous == 0x81 && b >= 0xA6 && b <= 0xA9 { return true }
            }
            beforePrevious = previous
            previous = b
        }
        return false
    }
}

extension TextCells {
    /// Replaces everything that must never reach a terminal raw: tab, line feed and
    /// carriage return (a CR LF pair included) become one space; other C0 controls
    /// (ESC too), DEL, C1 controls and bidi overrides/embeddings/isolates become
    /// U+FFFD. Everything else is returned untouched.
    public static func sanitized(_ s: String) -> String {
        guard Sanitizer.needsWork(s) else { return s }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in s.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            guard Sanitizer.needsReplacement(scalar) else {
                out.append(scalar)
                continue
            }
            switch scalar {
            case "\n" where previousCR:
                continue
            case "\t", "\n", "\r":
                out.append(" ")
            default:
                out.append("\u{FFFD}")
            }
        }
        return String(out)
    }
}

extension TextCells {
    /// What `removingControls` does with line breaks.
    public enum LineBreaks: Sendable {
        /// CR LF, CR and LF all become one LF.
        case keep
        /// Each line break (a CR LF pair too) becomes one space.
        case space
    }

    /// Drops what `sanitized` would mark — C0 controls, DEL, C1 controls and bidi overrides — for text that goes
    /// into a document or a field rather than onto the screen; a tab becomes a space, line breaks as asked.
    public static func removingControls(_ s: String, lineBreaks: LineBreaks) -> String {
        guard Sanitizer.needsWork(s) else { return s }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in s.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar {
            case "\n" where previousCR: continue
            case "\n", "\r": out.append(lineBreaks == .keep ? "\n" : " ")
            case "\t": out.append(" ")
            default: if !Sanitizer.needsReplacement(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }
}
