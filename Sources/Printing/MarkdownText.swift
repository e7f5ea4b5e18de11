import TextCells

/// Escaping of plan data for Markdown (CommonMark and GitHub tables).
public enum MarkdownText {
    /// ASCII punctuation that could start emphasis, code, links, HTML, headings, strikethrough or a table cell.
    static let specials: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "&", "!"]

    /// One line of inline text: controls removed, line breaks become spaces, specials backslash-escaped.
    public static func escape(_ s: String) -> String {
        var out = ""
        for c in TextCells.removingControls(s, lineBreaks: .space).unicodeScalars {
            if specials.contains(c) { out += "\\" }
            out.unicodeScalars.append(c)
        }
        return out
    }

    /// A table row from already escaped cells.
    static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    /// A header row and its delimiter row.
    static func header(_ cells: [String]) -> [String] {
        [row(cells), "|" + cells.map { _ in "---|" }.joined()]
    }
}
