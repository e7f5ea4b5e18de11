import TerminalKit
import TextCells

/// A list drawn as columns measured in cells, with a highlighted selection and scrolling.
struct TableView {
    /// Column widths in cells; the last column takes what is left.
    var widths: [Int]
    /// How many rows the list has; only the visible ones are asked for their cells.
    var count: Int
    var cells: (Int) -> [String]
    var rowStyle: (Int) -> Theme.Role? = { _ in nil }
    var selected: Int?
    var scroll: Int

    /// A list whose rows are made on demand (long lists: only what is on screen is built).
    init(
        widths: [Int], count: Int, cells: @escaping (Int) -> [String],
        rowStyle: @escaping (Int) -> Theme.Role? = { _ in nil },
        selected: Int?, scroll: Int
    ) {
        self.widths = widths
        self.count = count
        self.cells = cells
        self.rowStyle = rowStyle
        self.selected = selected
        self.scroll = scroll
    }

    /// A short list given whole.
    init(widths: [Int], rows: [[String]], rowStyles: [Theme.Role?] = [], selected: Int?, scroll: Int) {
        self.init(
            widths: widths, count: rows.count, cells: { rows[$0] },
            rowStyle: { rowStyles.indices.contains($0) ? rowStyles[$0] : nil }, selected: selected, scroll: scroll)
    }

    func draw(_ buffer: inout CellBuffer, _ rect: Rect, header: [String]?, _ theme: Theme, focused: Bool = true) {
        var y = rect.y
        if let header {
            drawRow(&buffer, header, x: rect.x, y: y, width: rect.width, style: theme[.header])
            y += 1
        }
        let height = rect.maxY - y
        guard height > 0 else { return }
        let first = max(0, min(scroll, max(0, count - height)))
        for (n, index) in (first..<min(count, first + height)).enumerated() {
            var style = rowStyle(index).map { theme[$0] } ?? theme[.normal]
            if index == selected { style = focused ? theme[.selected] : Style(bold: true, underline: true) }
            drawRow(&buffer, cells(index), x: rect.x, y: y + n, width: rect.width, style: style)
        }
        if count > height {
            // Where the header leaves room, show which rows are in view.
            let marker = "\(first + 1)–\(min(count, first + height))/\(count)"
            let headerEnd = header.map { headerWidth($0) } ?? rect.width
            if rect.width - headerEnd >= marker.cellWidth + 2 {
                buffer.put(marker, x: rect.maxX - marker.cellWidth, y: rect.y, style: theme[.dim])
            }
        }
    }

    /// Cells the header takes when drawn like a row (columns at their widths, the last at its own width).
    private func headerWidth(_ cells: [String]) -> Int {
        var used = 1
        for (i, text) in cells.enumerated() {
            used += i < cells.count - 1 && i < widths.count ? widths[i] + 2 : text.cellWidth
        }
        return used
    }

    private func drawRow(_ buffer: inout CellBuffer, _ cells: [String], x: Int, y: Int, width: Int, style: Style) {
        buffer.fill(Rect(x: x, y: y, width: width, height: 1), style: style)
        var cx = x + 1
        for (i, text) in cells.enumerated() {
            let remaining = x + width - cx
            guard remaining > 0 else { break }
            let w = i < widths.count && i < cells.count - 1 ? min(widths[i], remaining) : remaining
            buffer.put(
                TextCells.truncated(TextCells.sanitized(text), toCells: w), x: cx, y: y, style: style, maxWidth: w)
            cx += w + 2
        }
    }
}

extension Rect {
    /// A table's rows: the rectangle without its first (header) row.
    var belowHeader: Rect { Rect(x: x, y: y + 1, width: width, height: max(0, height - 1)) }
}
