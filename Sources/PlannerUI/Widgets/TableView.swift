import TerminalKit
import TextCells

/// One column of a table: its title and how it takes its share of the width.
struct TableColumn {
    /// The header; measured like the cells, so a longer translation widens the column.
    var title: String
    /// The fewest cells the column is drawn in before it is cut with `…` (or dropped).
    var min: Int
    /// The most cells its content may ask for; a longer value is cut with `…`.
    var cap: Int
    /// When the width is short, columns with a drop rank go first, lowest rank first; nil: never dropped.
    var drop: Int?
    /// The column the screen's keys act on (`Space` changes it): never dropped, never cut.
    var isActedOn = false
    /// A column of free text (a title, a message) that takes what the others leave: the others are made whole
    /// first, and its being cut drops no column.
    var fills = false

    init(_ title: String, min: Int, cap: Int = 120, drop: Int? = nil, fills: Bool = false) {
        self.title = title
        self.min = min
        self.cap = cap
        self.drop = drop
        self.fills = fills
    }

    /// The column the screen's keys act on (`Space` changes it): never dropped, and as wide as its content.
    static func actedOn(_ title: String, min: Int, cap: Int = 120) -> TableColumn {
        var column = TableColumn(title, min: min, cap: cap, drop: nil)
        column.isActedOn = true
        return column
    }
}

/// A list drawn as columns measured in cells, with a highlighted selection and scrolling.
///
/// Each column asks for its natural width (its widest title or cell among the rows in view, capped). The spare width
/// beyond the columns' minimums goes in equal shares to the columns still short of it, the fixed ones before those
/// that fill (free text), and what is left after every column is whole goes to the filling one (else the last).
/// When the minimums do not fit, or the fixed columns cannot all be whole, columns are dropped in their stated order.
struct TableView {
    var columns: [TableColumn]
    /// How many rows the list has; only the visible ones are asked for their cells.
    var count: Int
    var cells: (Int) -> [String]
    var rowStyle: (Int) -> Theme.Role? = { _ in nil }
    /// Rows marked for a key that acts on several at once: drawn with `*` in the left margin.
    var marked: (Int) -> Bool = { _ in false }
    var selected: Int?
    var scroll: Int

    /// Cells between two columns.
    static let gap = 2

    /// A list whose rows are made on demand (long lists: only what is on screen is built).
    init(
        columns: [TableColumn], count: Int, cells: @escaping (Int) -> [String],
        rowStyle: @escaping (Int) -> Theme.Role? = { _ in nil }, marked: @escaping (Int) -> Bool = { _ in false },
        selected: Int?, scroll: Int
    ) {
        self.columns = columns
        self.count = count
        self.cells = cells
        self.rowStyle = rowStyle
        self.marked = marked
        self.selected = selected
        self.scroll = scroll
    }

    /// A short list given whole.
    init(columns: [TableColumn], rows: [[String]], rowStyles: [Theme.Role?] = [], selected: Int?, scroll: Int) {
        self.init(
            columns: columns, count: rows.count, cells: { rows[$0] },
            rowStyle: { rowStyles.indices.contains($0) ? rowStyles[$0] : nil }, selected: selected, scroll: scroll)
    }

    /// The first row drawn when `height` rows are in view.
    func first(height: Int) -> Int { max(0, min(scroll, max(0, count - height))) }

    /// Each column's width in cells for a table `width` cells wide, nil for a dropped column.
    func widths(_ width: Int, rows: Range<Int>) -> [Int?] {
        Self.share(width, columns: columns, natural: natural(rows: rows))
    }

    /// What each column asks for: its widest title or cell among `rows`, capped.
    func natural(rows: Range<Int>) -> [Int] {
        let contents = rows.map { cells($0) }
        return columns.indices.map { i in
            let widest = contents.reduce(columns[i].title.cellWidth) { widest, row in
                i < row.count ? max(widest, TextCells.sanitized(row[i]).cellWidth) : widest
            }
            return min(widest, columns[i].cap)
        }
    }

    /// Shares `width` among `columns` that ask for `natural` cells each (see the type's comment).
    static func share(_ width: Int, columns: [TableColumn], natural: [Int]) -> [Int?] {
        // One cell of margin on the left, `gap` between columns.
        let room = width - 1
        let floor = columns.indices.map { i in
            columns[i].isActedOn ? natural[i] : Swift.min(columns[i].min, natural[i])
        }
        var shown = Array(columns.indices)
        func spare(_ of: [Int]) -> Int { room - of.reduce(0) { $0 + floor[$1] } - gap * Swift.max(0, of.count - 1) }
        func lack(_ of: [Int]) -> Int { of.filter { !columns[$0].fills }.reduce(0) { $0 + natural[$1] - floor[$1] } }
        let order = columns.indices.filter { columns[$0].drop != nil }.sorted {
            (columns[$0].drop ?? 0, -$0) < (columns[$1].drop ?? 0, -$1)
        }
        // A column goes when the minimums do not fit, or when the fixed columns could not all be whole.
        for victim in order where spare(shown) < 0 || lack(shown) > spare(shown) { shown.removeAll { $0 == victim } }
        var width = floor
        var left = spare(shown)
        while left < 0, let widest = shown.max(by: { width[$0] < width[$1] }), width[widest] > 1 {
            // Even the columns that cannot go do not fit: narrow the widest until they do.
            width[widest] -= 1
            left += 1
        }
        // The fixed columns first, then those that fill: each time an equal share to every column still short
        // of its natural width, so the narrow ones are whole before the wide ones grow.
        for group in [shown.filter { !columns[$0].fills }, shown.filter { columns[$0].fills }] {
            var open = group.filter { width[$0] < natural[$0] }
            while left > 0, !open.isEmpty {
                let each = Swift.max(1, left / open.count)
                for i in open where left > 0 {
                    let add = Swift.min(each, natural[i] - width[i], left)
                    width[i] += add
                    left -= add
                }
                open = open.filter { width[$0] < natural[$0] }
            }
        }
        if left > 0, let last = shown.last(where: { columns[$0].fills }) ?? shown.last { width[last] += left }
        var out: [Int?] = Array(repeating: nil, count: columns.count)
        for i in shown { out[i] = width[i] }
        return out
    }

    func draw(_ buffer: inout CellBuffer, _ rect: Rect, _ theme: Theme, focused: Bool = true) {
        guard rect.height > 0 else { return }
        let height = rect.height - 1
        let first = first(height: height)
        let visible = first..<min(count, first + Swift.max(0, height))
        let widths = widths(rect.width, rows: visible)
        let headerEnd = drawRow(&buffer, columns.map(\.title), widths, x: rect.x, y: rect.y, rect.width, theme[.header])
        for (n, index) in visible.enumerated() {
            var style = rowStyle(index).map { theme[$0] } ?? theme[.normal]
            if index == selected { style = focused ? theme[.selected] : Style(bold: true, underline: true) }
            drawRow(&buffer, cells(index), widths, x: rect.x, y: rect.y + 1 + n, rect.width, style)
            if marked(index) { buffer.put("*", x: rect.x, y: rect.y + 1 + n, style: style) }
        }
        if count > height {
            // Where the header leaves room, show which rows are in view.
            let marker = "\(first + 1)–\(min(count, first + height))/\(count)"
            if rect.maxX - headerEnd >= marker.cellWidth + 2 {
                buffer.put(marker, x: rect.maxX - marker.cellWidth, y: rect.y, style: theme[.dim])
            }
        }
    }

    /// Draws one row's cells at their columns' widths; returns where its text ends.
    @discardableResult
    private func drawRow(
        _ buffer: inout CellBuffer, _ cells: [String], _ widths: [Int?], x: Int, y: Int, _ width: Int, _ style: Style
    ) -> Int {
        buffer.fill(Rect(x: x, y: y, width: width, height: 1), style: style)
        var cx = x + 1
        var end = cx
        for (i, w) in widths.enumerated() {
            guard let w else { continue }
            let w2 = Swift.min(w, x + width - cx)
            guard w2 > 0 else { break }
            let text = i < cells.count ? TextCells.truncated(TextCells.sanitized(cells[i]), toCells: w2) : ""
            let drawn = buffer.put(text, x: cx, y: y, style: style, maxWidth: w2)
            if drawn > 0 { end = cx + drawn }
            cx += w + Self.gap
        }
        return end
    }
}

extension Rect {
    /// A table's rows: the rectangle without its first (header) row.
    var belowHeader: Rect { Rect(x: x, y: y + 1, width: width, height: max(0, height - 1)) }
}
