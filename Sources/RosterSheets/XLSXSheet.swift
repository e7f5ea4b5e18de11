import Foundation
import Phrasebook
import Printing

/// A worksheet part read into roster records: one per `<row>`, numbered as the sheet numbers it, each cell at the
/// column its reference gives (a row that skips B has an empty B), with its value as text (`XLSXValue`).
struct XLSXSheet {
    /// Excel's own limit (XFD); a reference beyond it is damage, not a roster.
    static let maxColumns = 16_384

    let name: String
    let sharedStrings: [String]
    let styles: XLSXStyles
    let date1904: Bool

    func table(_ data: Data) throws(RosterFileError) -> RosterTable {
        var records: [CSVRecord] = []
        var problems: [ImportProblem] = []
        var rowNumber = 0
        var fields: [String] = []
        var column = -1
        var type = "n", style = 0
        var value = "", inline = ""
        var capture: Capture = .none
        var inPhonetic = false

        func problem(_ reason: Phrase, column: Int? = nil) {
            problems.append(ImportProblem(line: rowNumber, reason: reason, sheet: name, column: column))
        }

        let failure = XMLEvents.parse(data) { event in
            switch event {
            case .start("row", let a):
                rowNumber = a.attribute("r").flatMap(Int.init) ?? rowNumber + 1
                fields = []
                column = -1
            case .end("row"):
                records.append(CSVRecord(line: rowNumber, endLine: rowNumber, fields: fields))
            case .start("c", let a):
                if let reference = a.attribute("r") {
                    if let parsed = Self.column(of: reference) {
                        column = parsed
                    } else {
                        column += 1
                        problem(
                            tr("the cell reference '\(reference)' is not a column and row such as C7"), column: column)
                    }
                } else {
                    column += 1
                }
                type = a.attribute("t") ?? "n"
                style = a.attribute("s").flatMap(Int.init) ?? 0
                value = ""
                inline = ""
            case .start("v", _): capture = .value
            case .start("rPh", _): inPhonetic = true
            case .end("rPh"): inPhonetic = false
            case .start("t", _) where !inPhonetic: capture = .inline
            case .end("v"), .end("t"): capture = .none
            case .text(let text):
                switch capture {
                case .value: value += text
                case .inline: inline += text
                case .none: break
                }
            case .end("c"):
                guard column < Self.maxColumns else {
                    problem(tr("the cell is beyond column XFD, the last a spreadsheet has"))
                    return
                }
                guard let text = cellText(type: type, style: style, value: value, inline: inline) else {
                    problem(tr("the cell's value '\(value)' cannot be read as its type (\(type))"), column: column)
                    return
                }
                if fields.count <= column { fields += Array(repeating: "", count: column + 1 - fields.count) }
                fields[column] = text
                if type == "s", let index = Int(value), !sharedStrings.indices.contains(index) {
                    problem(
                        tr("the cell refers to shared string \(index), but the workbook has \(sharedStrings.count)"),
                        column: column)
                }
            default: break
            }
        }
        if let failure {
            throw RosterFileError(
                tr(
                    "cannot be read: the sheet '\(name)' is not well-formed XML (line \(failure.line) of its part); open it in Excel or WPS and save it again"
                ))
        }
        return RosterTable(source: .sheet(name), records: records, problems: problems)
    }

    private enum Capture { case none, value, inline }

    /// The text of one cell by its type: shared string, inline string, formula string, boolean, error, ISO date, or
    /// a number (a date or time when its style shows one). Nil when the value does not fit the type.
    private func cellText(type: String, style: Int, value: String, inline: String) -> String? {
        switch type {
        case "s":
            guard let index = Int(value.trimmingCharacters(in: .whitespaces)) else { return nil }
            return sharedStrings.indices.contains(index) ? sharedStrings[index] : ""
        case "inlineStr": return inline
        case "str", "e", "d": return value
        case "b": return value == "1" ? "TRUE" : value == "0" ? "FALSE" : nil
        default:
            if value.isEmpty { return "" }
            if let shown = styles.shown[style] { return XLSXValue.date(value, shown: shown, date1904: date1904) }
            return XLSXValue.number(value)
        }
    }

    /// The 0-based column of a cell reference: "C7" → 2, "AA10" → 26; nil for anything else.
    static func column(of reference: String) -> Int? {
        var index = 0
        var letters = 0
        var digits = 0
        for scalar in reference.unicodeScalars {
            switch scalar.value {
            case 65...90 where digits == 0:
                index = index * 26 + Int(scalar.value - 64)
                letters += 1
            case 97...122 where digits == 0:
                index = index * 26 + Int(scalar.value - 96)
                letters += 1
            case 48...57 where letters > 0: digits += 1
            case 36: continue  // $A$1
            default: return nil
            }
            if letters > 3 { return nil }
        }
        return letters > 0 && digits > 0 ? index - 1 : nil
    }
}
