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
        /// Printed before the last cell's first line, such as "- " of a list item; the lines after it are indented
        /// by its width.
        var marker = ""
        /// A row outside the columns: its one cell (`spans`) starts where this column does and may run to the end
        /// of the line. It does not widen any column.
        var spanningFrom: Int?
    }

    var rows: [Row] = []
    var indent = 0
    var gap = 2
    /// The last column is folded into (see above) when it would be narrower than this.
    var minimumLastWidth = 10

    mutating func add(_ row: [String]) { rows.append(Row(cells: row.map(TextCells.sanitized))) }

    /// A row whose last cell is given in spans: the unbreakable ones never break across lines when they fit one.
    mutating func add(_ leading: [String], spans: [TextCells.Span], marker: String = "") {
        let spans = spans.map { TextCells.Span(TextCells.sanitized($0.text), unbreakable: $0.isUnbreakable) }
        rows.append(
            Row(
                cells: leading.map(TextCells.sanitized) + [spans.map(\.text).joined()], spans: spans,
                marker: TextCells.sanitized(marker)))
    }

    /// Cells taken by the indent and the columns before the last (before any folding).
    var leadingWidth: Int {
        guard let columns = rows.lazy.filter({ $0.spanningFrom == nil }).map(\.cells.count).max(), columns > 1 else {
            return indent
        }
        var widths = [Int](repeating: 0, count: columns - 1)
        for row in rows where row.spanningFrom == nil {
            for (i, cell) in row.cells.enumerated() where i < columns - 1 {
                widths[i] = max(widths[i], TextCells.width(of: cell))
            }
        }
        return indent + widths.reduce(0) { $0 + $1 + gap }
    }

    /// A row outside the columns, starting at column `column` (see `Row.spanningFrom`), `marker` hanging before it.
    mutating func add(spanning spans: [TextCells.Span], fromColumn column: Int, marker: String = "") {
        let spans = spans.map { TextCells.Span(TextCells.sanitized($0.text), unbreakable: $0.isUnbreakable) }
        rows.append(
            Row(
                cells: [spans.map(\.text).joined()], spans: spans, marker: TextCells.sanitized(marker),
                spanningFrom: column))
    }

    func render(width: Int) -> [String] {
        guard let columns = rows.lazy.filter({ $0.spanningFrom == nil }).map(\.cells.count).max(), columns > 0 else {
            return []
        }
        var widths = [Int](repeating: 0, count: columns)
        for row in rows where row.spanningFrom == nil {
            for (i, cell) in row.cells.enumerated() where i < columns - 1 {
                widths[i] = max(widths[i], TextCells.width(of: cell))
            }
        }
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
        for row in rows {
            if let column = row.spanningFrom {
                lines += spanning(row, from: min(column, kept - 1), widths: widths, width: width)
                continue
            }
            var prefix = String(repeating: " ", count: indent)
            for i in 0..<(kept - 1) {
                prefix +=
                    TextCells.padded(i < row.cells.count ? row.cells[i] : "", toCells: widths[i])
                    + String(repeating: " ", count: gap)
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
            if let spans = row.spans { return TextCells.wrapped([.text(row.marker)] + spans, toCells: width) }
            return TextCells.wrapped(row.marker + text, toCells: width)
        }
        let body =
            row.spans.map { TextCells.wrapped($0, toCells: width - hang) }
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
