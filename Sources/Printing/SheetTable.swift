/// A printout as one spreadsheet table, for `--format xlsx`: a sheet name and rows of cells, the header first.
/// Every cell is text but the counts: phone numbers, ids and times stay as they were written (no 1.38E+10).
public struct SheetTable: Hashable, Sendable {
    /// One cell of the table.
    public enum Cell: Hashable, Sendable {
        case text(String)
        case number(Int)
    }

    /// The sheet's name as the workbook's tab shows it.
    public var name: String
    public var rows: [[Cell]]

    public init(name: String, rows: [[Cell]]) {
        self.name = name
        self.rows = rows
    }

    /// A table of text cells.
    public init(name: String, text rows: [[String]]) {
        self.init(name: name, rows: rows.map { $0.map(Cell.text) })
    }
}
