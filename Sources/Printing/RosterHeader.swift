import Phrasebook

/// The header row of a roster and what each of its columns means. Rosters often carry title rows above it
/// ("XX党支部党员花名册", a date, a blank row), so it is the first of the top rows that names a name column (or, failing
/// that, two known columns, to say what is missing); the rows above it are not data.
struct RosterHeader {
    /// The position of the header in the table's records.
    var index: Int
    var record: CSVRecord
    /// Column → field index, for the columns the header names.
    var columns: [RosterColumn: Int]

    static func find(in records: [CSVRecord]) -> RosterHeader? {
        let top = records.prefix(RosterSeparator.headerSearch)
        func known(_ r: CSVRecord) -> Set<RosterColumn> { Set(r.fields.compactMap(RosterColumn.named)) }
        let index =
            top.firstIndex { known($0).contains(.name) }
            ?? top.firstIndex { known($0).count >= 2 }
        guard let index else { return nil }
        let record = records[index]
        var columns: [RosterColumn: Int] = [:]
        for (i, cell) in record.fields.enumerated() {
            if let column = RosterColumn.named(cell), columns[column] == nil { columns[column] = i }
        }
        return RosterHeader(index: index, record: record, columns: columns)
    }

    /// A column named twice: the first and the second field index, for the message.
    func repeatedColumns() -> [(column: RosterColumn, first: Int, second: Int)] {
        var seen: [RosterColumn: Int] = [:]
        var repeats: [(RosterColumn, Int, Int)] = []
        for (i, cell) in record.fields.enumerated() {
            guard let column = RosterColumn.named(cell) else { continue }
            if let earlier = seen[column] { repeats.append((column, earlier, i)) } else { seen[column] = i }
        }
        return repeats
    }
}
