import Foundation

/// Which cell styles of a workbook show a number as a date or a time (xl/styles.xml): the built-in date formats and
/// any custom format whose code has date or time letters outside quotes and brackets.
struct XLSXStyles {
    enum Shown { case date, time, dateTime }

    /// Per style index (the `s` of a cell): how a number in it is shown, when it is a date or time.
    private(set) var shown: [Int: Shown] = [:]

    init(_ data: Data?) throws(RosterFileError) {
        guard let data else { return }
        var custom: [Int: String] = [:]
        var formats: [Int] = []
        var inCellXfs = false
        if let failure = XMLEvents.parse(
            data,
            { event in
                switch event {
                case .start("numFmt", let a):
                    if let id = a.attribute("numFmtId").flatMap(Int.init), let code = a.attribute("formatCode") {
                        custom[id] = code
                    }
                case .start("cellXfs", _): inCellXfs = true
                case .end("cellXfs"): inCellXfs = false
                case .start("xf", let a) where inCellXfs: formats.append(a.attribute("numFmtId").flatMap(Int.init) ?? 0)
                default: break
                }
            })
        {
            throw XLSXWorkbook.malformed("xl/styles.xml", failure)
        }
        for (index, id) in formats.enumerated() {
            if let code = custom[id] {
                if let kind = Self.kind(ofCode: code) { shown[index] = kind }
            } else if let kind = Self.builtIn(id) {
                shown[index] = kind
            }
        }
    }

    /// ECMA-376 §18.8.30's built-in number formats that are dates or times, with the CJK ones (27–36, 50–58).
    static func builtIn(_ id: Int) -> Shown? {
        switch id {
        case 14...17, 27...31, 34...36, 50...58: .date
        case 18...21, 32, 33, 45...47: .time
        case 22: .dateTime
        default: nil
        }
    }

    /// A custom format code's kind: letters y, d (and m without h or s) make a date, h and s a time.
    static func kind(ofCode code: String) -> Shown? {
        var plain = ""
        var inQuote = false, inBracket = false, escaped = false
        for c in code {
            if escaped {
                escaped = false
                continue
            }
            switch c {
            case "\\": escaped = true
            case "\"": inQuote.toggle()
            case "[" where !inQuote: inBracket = true
            case "]" where !inQuote: inBracket = false
            default: if !inQuote && !inBracket { plain.append(c) }
            }
        }
        let letters = plain.lowercased()
        let hasDate = letters.contains("y") || letters.contains("d") || letters.contains("e")
        let hasTime = letters.contains("h") || letters.contains("s")
        let hasM = letters.contains("m")
        if letters.contains("general") || letters.contains("e+") || letters.contains("e-") { return nil }
        switch (hasDate || (hasM && !hasTime), hasTime) {
        case (true, true): return .dateTime
        case (true, false): return .date
        case (false, true): return .time
        default: return nil
        }
    }
}
