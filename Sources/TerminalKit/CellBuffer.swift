import TextCells

/// A width × height grid of cells that a frame is drawn into before it reaches the
/// terminal. All text goes through `put`, which sanitizes it, measures it in cells and
/// never leaves half of a wide character behind.
public struct CellBuffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    /// Row-major cells, `width * height` of them.
    public private(set) var cells: [Cell]
    /// Where the terminal should show its caret (a text field's cursor), if anywhere.
    public var cursor: (x: Int, y: Int)?

    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    public init(size: Size, style: Style = .plain) {
        self.init(width: size.width, height: size.height, style: style)
    }

    public var size: Size { Size(width: width, height: height) }
    public var bounds: Rect { Rect(size) }

    public static func == (lhs: CellBuffer, rhs: CellBuffer) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height
            && lhs.cursor?.x == rhs.cursor?.x && lhs.cursor?.y == rhs.cursor?.y
            && lhs.cells == rhs.cells
    }

    // MARK: Reading

    /// The cell at (x, y); a blank cell outside the buffer.
    public func cell(x: Int, y: Int) -> Cell {
        guard contains(x: x, y: y) else { return .blank() }
        return cells[y * width + x]
    }

    /// The style at (x, y); `.plain` outside the buffer.
    public func style(atX x: Int, y: Int) -> Style { cell(x: x, y: y).style }

    /// The cells of row `y` (empty outside the buffer).
    public func cells(inRow y: Int) -> ArraySlice<Cell> {
        guard y >= 0 && y < height else { return [] }
        return cells[(y * width)..<((y + 1) * width)]
    }

    /// Row `y` as a user reads it: wide characters once, trailing spaces trimmed.
    public func row(_ y: Int) -> String {
        var s = ""
        for cell in cells(inRow: y) where !cell.isContinuation {
            s.append(cell.character)
        }
        while s.last == " " { s.removeLast() }
        return s
    }

    /// All rows (see `row(_:)`) joined by newlines.
    public var text: String {
        (0..<height).map(row).joined(separator: "\n")
    }

    // MARK: Writing

    /// Writes `text` (sanitized) from (x, y) rightwards, clipped at the buffer's edge and
    /// after `maxWidth` columns. A wide character that does not fit whole leaves a space
    /// instead. Returns the number of columns advanced.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0 && y < height else { return 0 }
        var limit = width
        if let maxWidth { limit = min(limit, x + max(0, maxWidth)) }
        var column = x
        for c in TextCells.sanitized(text) {
            guard column < limit else { break }
            let w = TextCells.width(of: c)
            if w == 0 { continue }  // a lone mark with nothing to sit on
            if column + w > limit {
                for fill in column..<limit where fill >= 0 { set(Cell.blank(style), x: fill, y: y) }
                column = limit
                break
            }
            if column < 0 {
                for fill in 0..<max(0, column + w) { set(Cell.blank(style), x: fill, y: y) }
                column += w
                continue
            }
            set(Cell(c, style: style), x: column, y: y)
            if w == 2 { set(.continuation(style: style), x: column + 1, y: y) }
            column += w
        }
        return max(0, column - x)
    }

    /// Sets every cell in `rect` (clipped) to a space in `style`.
    public mutating func fill(_ rect: Rect, style: Style) {
        fill(rect, with: " ", style: style)
    }

    /// Sets every cell in `rect` (clipped) to `character` in `style`. A character that does not take one cell here
    /// (the line-drawing ones where ambiguous characters count two) is drawn as its ASCII stand-in, so a frame keeps
    /// its shape in every width mode.
    public mutating func fill(_ rect: Rect, with character: Character, style: Style) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let narrow = Self.oneCell(character)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { set(Cell(narrow, style: style), x: x, y: y) }
        }
    }

    /// `character` if it takes one cell in the current width mode, else its ASCII stand-in: `-` `=` for horizontal
    /// lines, `|` for vertical ones, `+` for corners and crossings, `?` for anything else.
    public static func oneCell(_ character: Character) -> Character {
        if TextCells.width(of: character) == 1 { return character }
        switch character {
        case "─", "━", "┄", "┈", "╌": return "-"
        case "═": return "="
        case "│", "┃", "║", "┆", "┊", "╎": return "|"
        case "┌", "┐", "└", "┘", "├", "┤", "┬", "┴", "┼", "╔", "╗", "╚", "╝", "╠", "╣", "╦", "╩", "╬", "╭", "╮", "╯",
            "╰":
            return "+"
        default: return "?"
        }
    }

    /// A horizontal line of `─` (or `character`) from (x, y), `length` columns long.
    public mutating func hline(x: Int, y: Int, length: Int, style: Style = .plain, character: Character = "─") {
        fill(Rect(x: x, y: y, width: length, height: 1), with: character, style: style)
    }

    /// A vertical line of `│` (or `character`) from (x, y), `length` rows long.
    public mutating func vline(x: Int, y: Int, length: Int, style: Style = .plain, character: Character = "│") {
        fill(Rect(x: x, y: y, width: 1, height: length), with: character, style: style)
    }

    /// A frame drawn with ─│┌┐└┘ on the edge of `rect`, with an optional title in the
    /// top edge (" title ", truncated to fit). The inside is left alone.
    public mutating func box(_ rect: Rect, title: String? = nil, style: Style = .plain) {
        guard rect.width >= 2 && rect.height >= 2 else { return }
        hline(x: rect.x + 1, y: rect.y, length: rect.width - 2, style: style)
        hline(x: rect.x + 1, y: rect.maxY - 1, length: rect.width - 2, style: style)
        vline(x: rect.x, y: rect.y + 1, length: rect.height - 2, style: style)
        vline(x: rect.maxX - 1, y: rect.y + 1, length: rect.height - 2, style: style)
        fill(Rect(x: rect.x, y: rect.y, width: 1, height: 1), with: "┌", style: style)
        fill(Rect(x: rect.maxX - 1, y: rect.y, width: 1, height: 1), with: "┐", style: style)
        fill(Rect(x: rect.x, y: rect.maxY - 1, width: 1, height: 1), with: "└", style: style)
        fill(Rect(x: rect.maxX - 1, y: rect.maxY - 1, width: 1, height: 1), with: "┘", style: style)
        if let title, !title.isEmpty, rect.width >= 6 {
            let shown = TextCells.truncated(TextCells.sanitized(title), toCells: rect.width - 5)
            put(" " + shown + " ", x: rect.x + 2, y: rect.y, style: style, maxWidth: rect.width - 3)
        }
    }

    /// Copies `other` into this buffer with its top left at (x, y), clipped.
    public mutating func draw(_ other: CellBuffer, x: Int, y: Int) {
        for oy in 0..<other.height {
            for ox in 0..<other.width {
                let cell = other.cells[oy * other.width + ox]
                let tx = x + ox, ty = y + oy
                guard contains(x: tx, y: ty) else { continue }
                if cell.isContinuation {
                    if ox == 0 { set(.blank(cell.style), x: tx, y: ty) }
                    continue
                }
                if TextCells.width(of: cell.character) == 2 && ox + 1 < other.width {
                    if tx + 1 < width {
                        set(cell, x: tx, y: ty)
                        set(.continuation(style: cell.style), x: tx + 1, y: ty)
                    } else {
                        set(.blank(cell.style), x: tx, y: ty)
                    }
                } else {
                    set(cell, x: tx, y: ty)
                }
            }
        }
    }

    // MARK: Private

    private func contains(x: Int, y: Int) -> Bool {
        x >= 0 && x < width && y >= 0 && y < height
    }

    /// Stores `cell`, first blanking the other half of any wide character it cuts.
    private mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard contains(x: x, y: y) else { return }
        let i = y * width + x
        let old = cells[i]
        if old.isContinuation {
            if x > 0 && !cell.isContinuation { cells[i - 1] = .blank(cells[i - 1].style) }
        } else if x + 1 < width && cells[i + 1].isContinuation {
            cells[i + 1] = .blank(cells[i + 1].style)
        }
        cells[i] = cell
    }
}
