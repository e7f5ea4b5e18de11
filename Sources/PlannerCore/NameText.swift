/// What a name typed or imported must hold: something visible, and no control character.
public enum NameText {
    /// C0 controls (NUL too), DEL, C1 controls and the bidi overrides, embeddings, isolates and marks: the set
    /// refused at input, and the set the output layer (`TextCells.escapingControls`) escapes (a test keeps the two
    /// equal; PlannerCore does not depend on TextCells).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }

    /// The first control in `s` (line breaks included: callers report those first).
    public static func firstControl(in s: String) -> Unicode.Scalar? {
        s.unicodeScalars.first(where: isControl)
    }

    /// Whether `s` has a character that shows: not only white space (U+3000 too), zero-width and other default
    /// ignorable characters (U+200B, U+2060, U+FEFF, U+3164 …), format characters, lone combining marks or the
    /// blank braille pattern U+2800.
    public static func hasVisibleCharacter(_ s: String) -> Bool {
        s.unicodeScalars.contains { scalar in
            let p = scalar.properties
            if p.isWhitespace || p.isDefaultIgnorableCodePoint || scalar.value == 0x2800 { return false }
            switch p.generalCategory {
            case .control, .format, .nonspacingMark, .enclosingMark, .spaceSeparator, .lineSeparator,
                .paragraphSeparator, .unassigned, .surrogate:
                return false
            default:
                return true
            }
        }
    }

    /// "U+001B".
    public static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
