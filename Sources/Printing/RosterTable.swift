import Foundation
import Phrasebook

/// The rows of a roster file, whatever its shape (CSV or a spreadsheet's first sheet), with where each row is and
/// the problems found while reading them: what `RosterImport` maps to people.
///
/// Delimited text keeps its decoded text and splits it into records as they are asked for (`forEachRecord`): an
/// import of 100,000 rows holds one record at a time, not 100,000 (issue 11's memory budget). A sheet's records are
/// read whole (its XML is parsed in one pass anyway).
public struct RosterTable: Hashable, Sendable {
    /// Where the rows came from, which decides how a place is written in messages.
    public enum Source: Hashable, Sendable {
        /// Delimited text: places are lines ("line 7").
        case text(encoding: RosterEncoding, separator: Unicode.Scalar)
        /// A spreadsheet's sheet, by name: places are cells ("Sheet1!C7").
        case sheet(String)
    }

    private enum Content: Hashable, Sendable {
        /// Decoded text, its first line being line `firstLine` of the file (2 after an Excel `sep=;` line).
        case text(String, firstLine: Int)
        case records([CSVRecord])
    }

    public let source: Source
    private let content: Content
    /// What could not be read before the records are split (bad bytes, a bad cell), by place; broken quotes are
    /// found as the records are read (`forEachRecord`).
    public let problems: [ImportProblem]

    /// A sheet's table: the records in row order, `fields` having one entry per column from A, empty where a cell
    /// is missing.
    public init(source: Source, records: [CSVRecord], problems: [ImportProblem] = []) {
        self.source = source
        self.content = .records(records)
        self.problems = problems
    }

    private init(source: Source, text: String, firstLine: Int, problems: [ImportProblem]) {
        self.source = source
        self.content = .text(text, firstLine: firstLine)
        self.problems = problems
    }

    /// The sheet's name, for cell references; nil for text.
    public var sheet: String? {
        if case .sheet(let name) = source { return name }
        return nil
    }

    /// The encoding the text was read in; nil for a sheet (whose XML is always Unicode).
    public var encoding: RosterEncoding? {
        if case .text(let encoding, _) = source { return encoding }
        return nil
    }

    /// At most how many records the table has (its lines, or its rows), to reserve room for the people it adds.
    public var recordCountBound: Int {
        switch content {
        case .text(let text, _): text.utf8.lazy.filter { $0 == 0x0A }.count + 1
        case .records(let records): records.count
        }
    }

    /// Hands each record to `body` in file order, with whether a syntax problem (a broken quote) was found in it;
    /// returns those problems. The decoding and cell problems are `problems`.
    @discardableResult
    public func forEachRecord(_ body: (_ record: CSVRecord, _ hasSyntaxProblem: Bool) -> Void) -> [ImportProblem] {
        switch content {
        case .records(let records):
            for record in records { body(record, false) }
            return []
        case .text(let text, let firstLine):
            let separator: Unicode.Scalar = if case .text(_, let s) = source { s } else { "," }
            let shift = firstLine - 1
            let syntax = RosterCSV.forEachRecord(text, separator: separator) { record, bad in
                var record = record
                record.line += shift
                record.endLine += shift
                body(record, bad)
            }
            return syntax.map { ImportProblem(line: $0.line + shift, reason: $0.reason) }
        }
    }

    /// Every record, gathered (for tests and small files; an import streams with `forEachRecord`).
    public var records: [CSVRecord] {
        var records: [CSVRecord] = []
        forEachRecord { record, _ in records.append(record) }
        return records
    }

    /// Delimited text: decoded (`RosterCSV.decode`), its separator found from the header row (`RosterSeparator`)
    /// or an Excel `sep=` first line.
    ///
    /// `data` is consumed: a caller that hands over its last copy has the file's bytes freed once they are decoded.
    public static func csv(_ data: consuming Data, encoding: RosterEncoding = .auto) -> RosterTable {
        let decoded = RosterCSV.decode(data, encoding: encoding)
        var text = decoded.text
        var firstLine = 1
        let declared = RosterSeparator.declared(in: text)
        if declared != nil, let end = text.firstIndex(where: \.isNewline) {
            // Excel's "sep=;" line names the separator and is no record.
            text = String(text[text.index(after: end)...])
            firstLine = 2
        }
        let separator = declared ?? RosterSeparator.detect(in: text)
        let problems = decoded.badLines.sorted { $0.key < $1.key }.map { ImportProblem(line: $0.key, reason: $0.value) }
        return RosterTable(
            source: .text(encoding: decoded.encoding, separator: separator), text: text, firstLine: firstLine,
            problems: problems)
    }
}
