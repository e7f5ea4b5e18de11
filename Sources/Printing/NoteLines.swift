import TextCells

/// One line of an item's notes as the text printouts show it: notes are markdown-ish text, so a list item's marker
/// ("- ", "* ", "1. ") and the spaces before it hang, and the lines it wraps into start under its text.
struct NoteLine: Equatable {
    /// The line's leading spaces and list marker ("  - "), or "".
    let marker: String
    let text: String

    /// The lines of `notes`, sanitized, trailing spaces trimmed and blank lines left out.
    static func lines(of notes: String) -> [NoteLine] {
        notes.split(whereSeparator: \.isNewline).compactMap { raw in
            var line = Substring(TextCells.sanitized(String(raw)))
            while line.last == " " { line.removeLast() }
            guard !line.isEmpty else { return nil }
            let marker = markerLength(of: line)
            return NoteLine(marker: String(line.prefix(marker)), text: String(line.dropFirst(marker)))
        }
    }

    /// How many characters of `line` are leading spaces and a list marker followed by a space.
    private static func markerLength(of line: Substring) -> Int {
        let spaces = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(spaces)
        if let first = rest.first, "-*+•".contains(first), rest.dropFirst().first == " " {
            return spaces + 2
        }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }.count
        if (1...3).contains(digits), let after = rest.dropFirst(digits).first, after == "." || after == ")",
            rest.dropFirst(digits + 1).first == " "
        {
            return spaces + digits + 2
        }
        return spaces
    }
}
