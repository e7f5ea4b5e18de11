import TextCells

/// Lays out rows of cells in columns measured in terminal cells (CJK counts double); the last column takes what is left and wraps.
struct TextTable {
    var rows: [[String]] = []
    var indent = 0
    var gap = 2

    mutating func add(_ row: [String]) { rows.append(row.map(TextCells.sanitized)) }

    func render(width: Int) -> [String] {
        guard let columns = rows.map(\.count).max(), columns > 0 else { return [] }
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (i, cell) in row.enumerated() where i < columns - 1 {
                widths[i] = max(widths[i], TextCells.width(of: cell))
            }
        }
        let fixed = indent + widths.dropLast().reduce(0) { $0 + $1 + gap }
        let lastWidth = max(10, width - fixed)
        var lines: [String] = []
        lines.reserveCapacity(rows.count)
        // Under a wrapped last cell: the padded cells are `fixed` wide.
        let blank = String(repeating: " ", count: fixed)
        for row in rows {
            var prefix = String(repeating: " ", count: indent)
            for i in 0..<(columns - 1) {
                prefix +=
                    TextCells.padded(i < row.count ? row[i] : "", toCells: widths[i])
                    + String(repeating: " ", count: gap)
            }
            let last = row.count == columns ? row[columns - 1] : ""
            let wrapped = last.isEmpty ? [""] : TextCells.wrapped(last, toCells: lastWidth)
            for (k, piece) in wrapped.enumerated() {
                lines.append(trimTrailing((k == 0 ? prefix : blank) + piece))
            }
        }
        return lines
    }

    private func trimTrailing(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }
}
