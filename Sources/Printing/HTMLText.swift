import TextCells

/// Escaping of plan data for HTML text and attribute values.
public enum HTMLText {
    /// Removes control characters and bidi overrides, turns line breaks into spaces, and escapes `& < > " '`.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in TextCells.removingControls(s, lineBreaks: .space).unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
