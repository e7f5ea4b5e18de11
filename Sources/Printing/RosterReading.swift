import Phrasebook

/// One pass over a roster table, one record at a time: the top records are held until the header is found among
/// them (`RosterHeader`: title rows may stand above it), then each data row is read into a `Row` (a person for
/// `RosterImport`, a reply for `ReplyImport`) or its problems.
struct RosterReading<Row> {
    /// What is wrong with a header (no name column …); empty when it will do.
    let headerProblems: (RosterHeader) -> [ImportProblem]
    /// A data row read, or why not, each reason with its column.
    let readRow: (RosterRow, _ line: Int) -> Result<Row, RowProblems>
    /// The sheet's name, for cell references; nil for text.
    let sheet: String?
    /// Every problem so far: the table's own (bad bytes, bad cells) first.
    private(set) var problems: [ImportProblem]
    /// Whether the table had any record at all.
    private(set) var sawRecord = false

    private enum State {
        /// Looking for the header among the records held.
        case searching([(record: CSVRecord, isBad: Bool)])
        case reading(RosterHeader)
        /// No header, or a bad one: only the problems found so far are reported.
        case stopped
    }

    private var state: State = .searching([])
    /// The lines the table could not decode, and the cells it could not read: their rows are not read again.
    private let badLines: Set<Int>

    init(
        sheet: String?, problems: [ImportProblem], headerProblems: @escaping (RosterHeader) -> [ImportProblem],
        readRow: @escaping (RosterRow, Int) -> Result<Row, RowProblems>
    ) {
        self.headerProblems = headerProblems
        self.readRow = readRow
        self.sheet = sheet
        self.problems = problems
        badLines = Set(problems.map(\.line))
    }

    mutating func take(_ record: CSVRecord, hasSyntaxProblem: Bool, _ body: (Row) -> Void) {
        sawRecord = true
        let isBad = hasSyntaxProblem || (record.line...record.endLine).contains { badLines.contains($0) }
        switch state {
        case .searching(var held):
            held.append((record, isBad))
            let namesName = record.fields.contains { RosterColumn.named($0) == .name }
            if namesName || held.count == RosterSeparator.headerSearch {
                settle(held, body)
            } else {
                state = .searching(held)
            }
        case .reading(let header):
            if !isBad { read(record, header: header, body) }
        case .stopped:
            return
        }
    }

    /// At the end of the table: a short file whose header was still being looked for.
    mutating func finish(_ body: (Row) -> Void) {
        if case .searching(let held) = state, !held.isEmpty { settle(held, body) }
    }

    /// Picks the header among the records held and reads those below it.
    private mutating func settle(_ held: [(record: CSVRecord, isBad: Bool)], _ body: (Row) -> Void) {
        guard let header = RosterHeader.find(in: held.map(\.record)) else {
            let first = held[0].record
            let reads = first.fields.map(\.trimmed).filter { !$0.isEmpty }.joined(separator: ",")
            problems.append(
                ImportProblem(
                    line: first.line,
                    reason: tr(
                        "no header row: none of the first \(held.count) rows names the columns (姓名 or name, 单位 or organisation, 身份 or 政治面貌); the first reads: \(reads)"
                    ), sheet: sheet))
            state = .stopped
            return
        }
        // A bad header reports the file's decoding and syntax problems and its own, not the rows'.
        let found = headerProblems(header)
        guard !held[header.index].isBad, found.isEmpty else {
            problems += found
            state = .stopped
            return
        }
        state = .reading(header)
        for (record, isBad) in held[(header.index + 1)...] where !isBad { read(record, header: header, body) }
    }

    private mutating func read(_ record: CSVRecord, header: RosterHeader, _ body: (Row) -> Void) {
        var fields = record.fields
        if fields.allSatisfy({ $0.trimmed.isEmpty }) { return }  // a blank spreadsheet row
        let width = header.record.fields.count
        if sheet != nil {
            // A sheet leaves out the empty cells at the end of a row; what lies beyond the header is not read.
            if fields.count < width { fields += Array(repeating: "", count: width - fields.count) }
        } else if fields.count != width {
            problems.append(
                ImportProblem(
                    line: record.line, reason: tr("has \(count: fields.count) fields, the header has \(width)")))
            return
        }
        let row = RosterRow(fields: fields, columns: header.columns)
        switch readRow(row, record.line) {
        case .success(let read):
            body(read)
        case .failure(let failure):
            if let sheet {
                // A sheet's problems are each in a cell.
                for reason in failure.reasons {
                    let column = reason.column.flatMap { header.columns[$0] }
                    problems.append(ImportProblem(line: record.line, reason: reason.text, sheet: sheet, column: column))
                }
            } else {
                let joined = Phrase(
                    key: failure.reasons.map { _ in "{}" }.joined(separator: "; "),
                    arguments: failure.reasons.map { .phrase($0.text) })
                problems.append(ImportProblem(line: record.line, reason: joined))
            }
        }
    }
}

/// Why a row cannot be imported, each reason with the column it is in (nil: the row as a whole).
struct RowProblems: Error {
    var reasons: [(column: RosterColumn?, text: Phrase)]
}
