import TextCells

/// Lays out rows of cells in columns measured in terminal cells (CJK counts double); the last column takes what is left and wraps.
///
/// No line is wider than asked: when the columns before the last leave it fewer than `minimumLastWidth` cells, the
/// columns are folded into the last one from the right (each still padded to its width, so a row that fits keeps its
/// alignment, and each kept whole) until it has room for them, down to one column that wraps across the whole width.
struct TextTable {
    /// One row's cells, sanitized.
    struct Row {
        var cells: [String]
        /// The last cell in pieces, where some must not break (its text is `cells.last`); nil wraps it as text.
        var spans: [TextCells.Span]?
        /// Some of `spans` are unbreakable (else the text wraps by the usual rules, the quicker way).
        var hasUnits = false
        /// Printed before the last cell's first line, such as "- " of a list item; the lines after it are indented
        /// by its width.
        var marker = ""
        /// A row outside the columns: its one cell (`spans`) starts where this column does and may run to the end
        /// of the line. It does not widen any column.
        var spanningFrom: Int?
    }

    private(set) var rows: [Row] = []
    var indent = 0
    var gap = 2
    /// The last column is folded into (see above) when it would be narrower than this.
    var minimumLastWidth = 10
    /// The widest cell of each column, counting every cell but a row's last (measured once, as rows are added).
    private var measured: [Int] = []
    /// The most cells in a row (spanning rows aside).
    private var columns = 0

    init(indent: Int = 0, gap: Int = 2) {
        self.indent = indent
        self.gap = gap
    }

    mutating func add(_ row: [String]) { append(Row(cells: row.map(TextCells.sanitized))) }

    /// A row whose last cell is given in spans: the unbreakable ones never break across lines when they fit one.
    mutating func add(_ leading: [String], spans: [TextCells.Span], marker: String = "") {
        let cells = leading.map(TextCells.sanitized)
        let marker = TextCells.sanitized(marker)
        if spans.isEmpty {
            append(Row(cells: cells + [""], marker: marker))
            return
        }
        let spans = spans.map { TextCells.Span(TextCells.sanitized($0.text), unbreakable: $0.isUnbreakable) }
        let text = spans.count == 1 ? spans[0].text : spans.map(\.text).joined()
        append(
            Row(cells: cells + [text], spans: spans, hasUnits: spans.contains(where: \.isUnbreakable), marker: marker))
    }

    /// A row outside the columns, starting at column `column` (see `Row.spanningFrom`), `marker` hanging before it.
    mutating func add(spanning spans: [TextCells.Span], fromColumn column: Int, marker: String = "") {
        let spans = spans.map { TextCells.Span(TextCells.sanitized($0.text), unbreakable: $0.isUnbreakable) }
        rows.append(
            Row(
                cells: [spans.map(\.text).joined()], spans: spans, hasUnits: true, marker: TextCells.sanitized(marker),
                spanningFrom: column))
    }

    private mutating func append(_ row: Row) {
        let count = row.cells.count
        if count > measured.count { measured += [Int](repeating: 0, count: count - measured.count) }
        for i in 0..<max(0, count - 1) { measured[i] = max(measured[i], TextCells.width(of: row.cells[i])) }
        columns = max(columns, count)
        rows.append(row)
    }

    /// The width of each column but the last: the widest of its cells, with the last cells of shorter rows.
    private var widths: [Int] {
        var widths = Array(measured.prefix(max(0, columns - 1)))
        for row in rows where row.spanningFrom == nil && row.cells.count < columns && !row.cells.isEmpty {
            let i = row.cells.count - 1
            widths[i] = max(widths[i], TextCells.width(of: row.cells[i]))
        }
        return widths
    }

    /// Cells taken by the indent and the columns before the last (before any folding).
    var leadingWidth: Int { indent + widths.reduce(0) { $0 + $1 + gap } }

    func render(width: Int) -> [String] {
        guard columns > 0 else { return [] }
        let widths = self.widths + [0]
        // Columns kept apart; the ones after them are folded into the last, which must then hold each whole.
        var kept = columns
        var fixed = indent + widths.prefix(kept - 1).reduce(0) { $0 + $1 + gap }
        var needed = minimumLastWidth
        while kept > 1 && width - fixed < needed {
            kept -= 1
            fixed -= widths[kept - 1] + gap
            needed = max(needed, widths[kept - 1])
        }
        let lastWidth = max(1, width - fixed)
        var lines: [String] = []
        lines.reserveCapacity(rows.count)
        // Under a wrapped last cell: the padded cells are `fixed` wide.
        let blank = String(repeating: " ", count: fixed)
        let gapText = String(repeating: " ", count: gap)
        for row in rows {
            if let column = row.spanningFrom {
                lines += spanning(row, from: min(column, kept - 1), widths: widths, width: width)
                continue
            }
            var prefix = String(repeating: " ", count: indent)
            for i in 0..<(kept - 1) {
                prefix += TextCells.padded(i < row.cells.count ? row.cells[i] : "", toCells: widths[i]) + gapText
            }
            let wrapped =
                kept == columns
                ? last(of: row, columns: columns, width: lastWidth)
                : folded(row, from: kept - 1, widths: widths, width: lastWidth)
            for (k, piece) in wrapped.enumerated() {
                lines.append(trimTrailing((k == 0 ? prefix : blank) + piece))
            }
        }
        return lines
    }

    /// The last cell wrapped to `width`, its marker hanging before it.
    private func last(of row: Row, columns: Int, width: Int) -> [String] {
        guard row.cells.count == columns else { return [""] }
        let text = row.cells[columns - 1]
        let hang = TextCells.width(of: row.marker)
        guard hang > 0, hang <= width / 2 else {
            if text.isEmpty && row.marker.isEmpty { return [""] }
            if let spans = row.spans, row.hasUnits {
                return TextCells.wrapped([.text(row.marker)] + spans, toCells: width)
            }
            return TextCells.wrapped(row.marker + text, toCells: width)
        }
        let body =
            row.spans.flatMap { row.hasUnits ? TextCells.wrapped($0, toCells: width - hang) : nil }
            ?? TextCells.wrapped(text, toCells: width - hang)
        let indent = String(repeating: " ", count: hang)
        return body.enumerated().map { ($0.offset == 0 ? row.marker : indent) + $0.element }
    }

    /// The cells from column `first` on as one wrapped cell: each folded cell padded to its column and kept whole.
    private func folded(_ row: Row, from first: Int, widths: [Int], width: Int) -> [String] {
        let columns = widths.count
        var spans: [TextCells.Span] = []
        for i in first..<(columns - 1) {
            let cell = i < row.cells.count ? row.cells[i] : ""
            spans.append(.unbreakable(cell))
            spans.append(.text(String(repeating: " ", count: widths[i] - TextCells.width(of: cell) + gap)))
        }
        if row.cells.count == columns {
            spans.append(.text(row.marker))
            spans += row.spans ?? [.unbreakable(row.cells[columns - 1])]
        }
        return TextCells.wrapped(spans, toCells: width)
    }

    /// A spanning row: blank up to its column, then its text wrapped to the end of the line.
    private func spanning(_ row: Row, from column: Int, widths: [Int], width: Int) -> [String] {
        let start = indent + widths.prefix(column).reduce(0) { $0 + $1 + gap }
        let blank = String(repeating: " ", count: start)
        return last(of: row, columns: 1, width: max(1, width - start)).map { trimTrailing(blank + $0) }
    }

    private func trimTrailing(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }
}
