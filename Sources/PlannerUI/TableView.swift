import TerminalKit
import TextCells

/// A list drawn as columns measured in cells, with a highlighted selection and scrolling.
struct TableView {
    /// Column widths in cells; the last column takes what is left.
    var widths: [Int]
    var rows: [[String]]
    var rowStyles: [Theme.Role?] = []
    var selected: Int?
    var scroll: Int

    func draw(_ buffer: inout CellBuffer, _ rect: Rect, header: [String]?, _ theme: Theme, focused: Bool = true) {
        var y = rect.y
        if let header {
            drawRow(&buffer, header, x: rect.x, y: y, width: rect.width, style: theme[.header])
            y += 1
        }
        let height = rect.maxY - y
        guard height > 0 else { return }
        let first = max(0, min(scroll, max(0, rows.count - height)))
        for (n, index) in (first..<min(rows.count, first + height)).enumerated() {
            var style = rowStyles.indices.contains(index) ? rowStyles[index].map { theme[$0] } ?? theme[.normal] : theme[.normal]
            if index == selected { style = focused ? theme[.selected] : Style(bold: true, underline: true) }
            drawRow(&buffer, rows[index], x: rect.x, y: y + n, width: rect.width, style: style)
        }
        if rows.count > height {
            // Where the header leaves room, show which rows are in view.
            let marker = "\(first + 1)–\(min(rows.count, first + height))/\(rows.count)"
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
            buffer.put(TextCells.truncated(TextCells.sanitized(text), toCells: w), x: cx, y: y, style: style, maxWidth: w)
            cx += w + 2
        }
    }
}
