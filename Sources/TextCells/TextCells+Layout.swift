extension TextCells {
    /// Cuts `s` at grapheme boundaries so it is at most `cells` columns wide, ending
    /// in "…" when something was cut and `ellipsis` is true (one column, or two where ambiguous
    /// characters count two: then a one-column cut has no mark). A wide character that does not fit
    /// is dropped whole, never split; nothing is padded.
    public static func truncated(_ s: String, toCells cells: Int, ellipsis: Bool = true) -> String {
        guard cells > 0 else { return "" }
        if width(of: s) <= cells { return s }
        let mark = ellipsis ? width(of: TextCells.ellipsis) : 0
        let marked = ellipsis && mark <= cells
        let budget = marked ? cells - mark : cells
        var used = 0
        var end = s.startIndex
        var index = s.startIndex
        while index < s.endIndex {
            let c = s[index]
            let w = width(of: c)
            if used + w > budget { break }
            used += w
            index = s.index(after: index)
            end = index
        }
        var result = String(s[..<end])
        if marked { result.append(TextCells.ellipsis) }
        return result
    }

    /// `s` truncated (with an ellipsis) and padded with spaces to exactly `cells` columns.
    public static func padded(_ s: String, toCells cells: Int, alignment: Alignment = .left) -> String {
        guard cells > 0 else { return "" }
        let cut = truncated(s, toCells: cells)
        let gap = cells - width(of: cut)
        guard gap > 0 else { return cut }
        switch alignment {
        case .left:
            return cut + String(repeating: " ", count: gap)
        case .right:
            return String(repeating: " ", count: gap) + cut
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + cut + String(repeating: " ", count: gap - left)
        }
    }

    /// Word-wraps `s` into lines of at most `cells` columns. Line breaks in `s` start
    /// new lines; Latin text breaks at spaces (a word longer than a line is broken
    /// hard), CJK may break between any two characters, closing punctuation such
    /// as "，" or "。" never starts a line and opening punctuation such as "（" or "“"
    /// never ends one. Returns `[""]` for empty text and `[]` when `cells` is not
    /// positive.
    public static func wrapped(_ s: String, toCells cells: Int) -> [String] {
        guard cells > 0 else { return [] }
        var lines: [String] = []
        for paragraph in paragraphs(of: s) {
            LineWrapper(width: cells).wrap(paragraph, into: &lines)
        }
        return lines
    }

    /// A piece of the text given to `wrapped(_:toCells:)` in spans.
    public struct Span: Sendable, Hashable {
        public var text: String
        /// Kept on one line, never broken inside, whenever it fits a line by itself.
        public var isUnbreakable: Bool

        public init(_ text: String, unbreakable: Bool = false) {
            self.text = text
            self.isUnbreakable = unbreakable
        }

        /// Text that wraps by the usual rules.
        public static func text(_ text: String) -> Span { Span(text) }
        /// Text never broken across lines, such as "(20 min)", "（20 分钟）" or a room's name.
        public static func unbreakable(_ text: String) -> Span { Span(text, unbreakable: true) }
    }

    /// Word-wraps the spans, joined, as `wrapped(_:toCells:)` does, except that an unbreakable span
    /// is never broken inside: it moves whole to the next line, with the letters or closing
    /// punctuation that touch it ("(20 min)," stays one piece). An unbreakable span wider than
    /// a line by itself is wrapped by the usual rules instead, so no line is ever wider than `cells`.
    public static func wrapped(_ spans: [Span], toCells cells: Int) -> [String] {
        guard cells > 0 else { return [] }
        var lines: [String] = []
        var paragraph: [Span] = []
        let wrapper = LineWrapper(width: cells)
        for span in spans {
            let pieces = paragraphs(of: span.text)
            for (i, piece) in pieces.enumerated() {
                if i > 0 {
                    wrapper.wrap(paragraph, into: &lines)
                    paragraph.removeAll(keepingCapacity: true)
                }
                if !piece.isEmpty { paragraph.append(Span(String(piece), unbreakable: span.isUnbreakable)) }
            }
        }
        wrapper.wrap(paragraph, into: &lines)
        return lines
    }

    static func paragraphs(of s: String) -> [Substring] {
        s.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline })
    }
}

extension TextCells {
    /// Like `truncated`, but cut where a word ends: before or after a space, or beside a wide (CJK) character,
    /// so no word is left in pieces. The "…" follows the last whole word; a first word wider than `cells` alone is
    /// cut at a grapheme.
    public static func truncatedAtWord(_ s: String, toCells cells: Int) -> String {
        guard cells > 0 else { return "" }
        if width(of: s) <= cells { return s }
        let budget = cells - 1
        var used = 0
        var lastBreak: String.Index?
        var previous: Character?
        var index = s.startIndex
        while index < s.endIndex {
            let c = s[index]
            let w = width(of: c)
            if let p = previous, c == " " || p == " " || w == 2 || width(of: p) == 2 { lastBreak = index }
            if used + w > budget { break }
            used += w
            previous = c
            index = s.index(after: index)
        }
        guard let lastBreak else { return truncated(s, toCells: cells) }
        var kept = s[..<lastBreak]
        while let last = kept.last, last == " " || last == "·" { kept = kept.dropLast() }
        return kept.isEmpty ? truncated(s, toCells: cells) : String(kept) + String(ellipsis)
    }
}
