import TextCells

/// RFC 5545 content lines: TEXT escaping and folding at 75 octets.
public enum ICSText {
    /// The longest physical line, in octets, without its CRLF.
    public static let lineLimit = 75

    /// Escapes a TEXT value: `\` `;` `,` and line breaks (as `\n`); other controls are removed.
    public static func escape(_ s: String) -> String {
        var out = ""
        for c in TextCells.removingControls(s, lineBreaks: .keep).unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Folds one logical line into physical lines of at most 75 octets, never inside a UTF-8 sequence;
    /// continuation lines begin with one space. The result has no line ends.
    public static func fold(_ line: String) -> [String] {
        var lines: [String] = []
        var current = "", octets = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if octets + size > lineLimit {
                lines.append(current)
                current = " "
                octets = 1
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        lines.append(current)
        return lines
    }

    /// Undoes `fold` on CRLF-separated text (for tests and readers): a line break followed by a space or tab is removed.
    /// Works on the UTF-8 bytes: String matching would see a space and a following combining mark as one character and miss the fold.
    public static func unfold(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0D, i + 2 < bytes.count, bytes[i + 1] == 0x0A, bytes[i + 2] == 0x20 || bytes[i + 2] == 0x09
            {
                i += 3
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Builds an iCalendar document line by line, folding each line and ending it with CRLF.
struct ICSWriter {
    private(set) var output = ""

    /// Adds `NAME[;PARAMS]:VALUE` where the value is already escaped as its type requires.
    mutating func add(_ name: String, _ value: String) {
        for physical in ICSText.fold(name + ":" + value) { output += physical + "\r\n" }
    }

    /// Adds a TEXT property, escaping the value.
    mutating func text(_ name: String, _ value: String) { add(name, ICSText.escape(value)) }
}
