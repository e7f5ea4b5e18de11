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

    /// Drops what `escapingControls` would escape — C0 controls, DEL, C1 controls, bidi overrides and marks — for
    /// text that goes into a document or a field rather than onto the screen; a tab becomes a space, line breaks as
    /// asked.
    public static func removingControls(_ s: String, lineBreaks: LineBreaks) -> String {
        guard Sanitizer.needsWork(s) || Sanitizer.outputNeedsWork(s) else { return s }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in s.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar {
            case "\n" where previousCR: continue
            case "\n", "\r": out.append(lineBreaks == .keep ? "\n" : " ")
            case "\t": out.append(" ")
            default: if !Sanitizer.isOutputControl(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }
}

extension Sanitizer {
    /// What no message or printout may carry raw: what the screen replaces, and also the bidi marks
    /// (U+200E LRM, U+200F RLM, U+061C ALM), which reorder the text around them on a terminal that does bidi.
    @usableFromInline
    static func isOutputControl(_ s: Unicode.Scalar) -> Bool {
        needsReplacement(s) || s.value == 0x200E || s.value == 0x200F || s.value == 0x061C
    }

    /// Fast check on the UTF-8 bytes for `escapingControls`: any control but LF and tab (CR too, to look at the
    /// pair), C1 (C2 80–9F), D8 9C, E2 80 8E–8F / AA–AE and E2 81 A6–A9.
    static func outputNeedsWork(_ s: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for b in s.utf8 {
            if (b < 0x20 && b != 0x0A && b != 0x09) || b == 0x7F { return true }
            if previous == 0xC2 && b >= 0x80 && b <= 0x9F { return true }
            if previous == 0xD8 && b == 0x9C { return true }
            if beforePrevious == 0xE2 {
                if previous == 0x80 && ((b >= 0xAA && b <= 0xAE) || b == 0x8E || b == 0x8F) { return true }
                if previous == 0x81 && b >= 0xA6 && b <= 0xA9 { return true }
            }
            beforePrevious = previous
            previous = b
        }
        return false
    }

    /// Short names of the controls, for messages: C0 by ASCII's abbreviations, then DEL, a few C1 and the bidi ones.
    static let c0Names = [
        "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "TAB", "LF", "VT", "FF", "CR", "SO", "SI",
        "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US",
    ]
    static let otherNames: [UInt32: String] = [
        0x7F: "DEL", 0x85: "NEL", 0x90: "DCS", 0x9B: "CSI", 0x9C: "ST", 0x9D: "OSC", 0x9E: "PM", 0x9F: "APC",
        0x202A: "LRE", 0x202B: "RLE", 0x202C: "PDF", 0x202D: "LRO", 0x202E: "RLO",
        0x2066: "LRI", 0x2067: "RLI", 0x2068: "FSI", 0x2069: "PDI", 0x200E: "LRM", 0x200F: "RLM", 0x061C: "ALM",
    ]
}

extension TextCells {
    /// The one form in which messages and printouts reach a terminal or a file. Line feeds, tabs and CR LF pairs
    /// (the line end of CSV and ics) stay; every other control — C0 (ESC too), DEL, C1, a lone CR, and the bidi
    /// overrides, embeddings, isolates and marks — is written as a JSON-style `\u001b` escape.
    ///
    /// Why `\u001b` and not U+FFFD or a control picture (␛): it names the exact character, in ASCII that every font
    /// has; it is what the plan file itself holds (JSON writes controls that way), so the user can search the file
    /// for what a message shows; and inside a JSON string it is the same value, so a JSON printout stays valid and
    /// equal. Everything else (CJK, punctuation, emoji) is returned untouched.
    public static func escapingControls(_ s: String) -> String {
        guard Sanitizer.outputNeedsWork(s) else { return s }
        var out = String.UnicodeScalarView()
        let scalars = Array(s.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            switch scalar {
            case "\n", "\t":
                out.append(scalar)
            case "\r" where i + 1 < scalars.count && scalars[i + 1] == "\n":
                out.append(scalar)
            case _ where Sanitizer.isOutputControl(scalar):
                out.append(contentsOf: jsonEscape(scalar).unicodeScalars)
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether `escapingControls` escapes `scalar` (line feed and tab aside): C0, DEL, C1 and the bidi controls.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool { Sanitizer.isOutputControl(scalar) }

    /// "U+001B (ESC)": a control character as a message names it.
    public static func controlDescription(_ scalar: Unicode.Scalar) -> String {
        let v = scalar.value
        let code =
            "U+" + String(repeating: "0", count: max(0, 4 - String(v, radix: 16).count))
            + String(v, radix: 16, uppercase: true)
        let name = v < 0x20 ? Sanitizer.c0Names[Int(v)] : Sanitizer.otherNames[v] ?? (v <= 0x9F ? "C1 control" : nil)
        return name.map { "\(code) (\($0))" } ?? code
    }

    private static func jsonEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: false)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
