import Foundation
import Phrasebook

#if canImport(Glibc)
    import Glibc
#endif

/// How the bytes of a roster file are to be read.
public enum RosterEncoding: String, CaseIterable, Hashable, Sendable {
    /// UTF-8 (with or without a byte-order mark) when the bytes are valid UTF-8 and read as UTF-8 make sense
    /// (`EncodingEvidence`), else GB18030.
    case auto
    case utf8 = "utf-8"
    /// What Excel writes on Chinese Windows (GBK is a subset).
    case gb18030
    /// UTF-16, in the byte order its byte-order mark gives (little-endian without one): Excel's "Unicode text".
    /// `auto` takes a file that starts with a UTF-16 byte-order mark as UTF-16.
    case utf16 = "utf-16"
}

/// Roster text decoded from bytes, with the physical lines that could not be decoded.
public struct DecodedRoster: Hashable, Sendable {
    /// The text; an undecodable line holds U+FFFD in place of its bad bytes.
    public var text: String
    /// The encoding used (never `.auto`).
    public var encoding: RosterEncoding
    /// 1-based line number → why it could not be decoded.
    public var badLines: [Int: Phrase]
}

/// One CSV record and the physical line it starts on (1-based; a quoted line break makes a record span lines).
public struct CSVRecord: Hashable, Sendable {
    public var line: Int
    /// The last physical line of the record.
    public var endLine: Int
    public var fields: [String]

    public init(line: Int, endLine: Int, fields: [String]) {
        self.line = line
        self.endLine = endLine
        self.fields = fields
    }
}

/// Decoding and RFC 4180 reading of spreadsheet CSV.
public enum RosterCSV {
    // MARK: - Decoding

    /// Decodes `data`. `auto`: a UTF-8 byte-order mark means UTF-8; valid UTF-8 means UTF-8 unless the bytes also
    /// read as GB18030 and only that reading is Chinese text (`EncodingEvidence`); otherwise GB18030 when fewer lines
    /// fail that way. Lines are decoded one by one so every bad line can be reported with its number.
    ///
    /// `data` is consumed: a caller that hands over its last copy has the file's bytes freed once they are copied.
    public static func decode(_ data: consuming Data, encoding: RosterEncoding = .auto) -> DecodedRoster {
        var bytes = [UInt8](data)
        let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]
        let gbBOM: [UInt8] = [0x84, 0x31, 0x95, 0x33]
        var chosen = encoding
        let littleBOM: [UInt8] = [0xFF, 0xFE]
        let bigBOM: [UInt8] = [0xFE, 0xFF]
        if encoding == .auto || encoding == .utf16 {
            // 0xFF and 0xFE begin no UTF-8 or GB18030 text, so a UTF-16 byte-order mark is never a guess.
            if bytes.starts(with: littleBOM) { return RosterUTF16.decode(bytes.dropFirst(2), bigEndian: false) }
            if bytes.starts(with: bigBOM) { return RosterUTF16.decode(bytes.dropFirst(2), bigEndian: true) }
            if encoding == .utf16 { return RosterUTF16.decode(bytes[...], bigEndian: false) }
        }
        if bytes.starts(with: utf8BOM), encoding != .gb18030 {
            bytes.removeFirst(3)
            chosen = .utf8
        } else if bytes.starts(with: gbBOM), encoding != .utf8 {
            bytes.removeFirst(4)
            chosen = .gb18030
        }
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        if chosen == .auto {
            if let text = String(validating: bytes, as: UTF8.self) {
                if text.utf8.contains(where: { $0 >= 0x80 }) {
                    let asGB = decodeLines(lines, as: .gb18030)
                    if asGB.badLines.isEmpty && EncodingEvidence.prefersGB18030(utf8: text, gb18030: asGB.text) {
                        return asGB
                    }
                }
                // What decoding it line by line would give, without a second copy of the text.
                return DecodedRoster(text: text, encoding: .utf8, badLines: [:])
            } else {
                let asUTF8 = decodeLines(lines, as: .utf8)
                let asGB = decodeLines(lines, as: .gb18030)
                return asGB.badLines.count < asUTF8.badLines.count ? asGB : asUTF8
            }
        }
        return decodeLines(lines, as: chosen)
    }

    private static func decodeLines(_ lines: [ArraySlice<UInt8>], as encoding: RosterEncoding) -> DecodedRoster {
        // In UTF-8 and in GB18030, 0x0A is only ever a line feed (never part of a multi-byte character).
        // One text, appended to line by line: a list of 100,000 line strings joined at the end held the file twice.
        var text = ""
        text.reserveCapacity(lines.reduce(lines.count) { $0 + $1.count })
        var bad: [Int: Phrase] = [:]
        let converter = encoding == .gb18030 ? GB18030Decoder() : nil
        for (index, line) in lines.enumerated() {
            if index > 0 { text.append("\n") }
            switch converter.map({ $0.decode(line) }) ?? decodeUTF8(line) {
            case .success(let decoded):
                text.append(decoded)
            case .failure(let failure):
                text.append(String(decoding: line, as: UTF8.self))
                let name = encoding == .gb18030 ? "GB18030" : "UTF-8"
                let shown = failure.bytes.map { String(format: "%02X", $0) }.joined(separator: " ")
                let at = failure.offset + 1
                bad[index + 1] =
                    failure.bytes.count == 1
                    ? tr("cannot be read as \(name) (byte \(shown) at byte \(at) of the line)")
                    : tr("cannot be read as \(name) (bytes \(shown) at byte \(at) of the line)")
            }
        }
        return DecodedRoster(text: text, encoding: encoding, badLines: bad)
    }

    struct DecodeFailure: Error {
        /// 0-based offset in the line of the first bad byte.
        let offset: Int
        let bytes: [UInt8]
    }

    private static func decodeUTF8(_ line: ArraySlice<UInt8>) -> Result<String, DecodeFailure> {
        if let text = String(validating: line, as: UTF8.self) { return .success(text) }
        // Find the first byte where decoding fails.
        var iterator = line.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var consumed = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                consumed = offset
            case .emptyInput:
                break loop
            case .error:
                break loop
            }
        }
        let start = line.startIndex + consumed
        return .failure(DecodeFailure(offset: consumed, bytes: Array(line[start..<min(line.endIndex, start + 1)])))
    }

    /// GB18030 → UTF-8 through glibc's iconv (Foundation on Linux has no error position to offer).
    final class GB18030Decoder {
        private let cd: iconv_t?

        init() {
            let cd = iconv_open("UTF-8", "GB18030")
            self.cd = cd == iconv_t(bitPattern: -1) ? nil : cd
        }

        deinit { if let cd { iconv_close(cd) } }

        func decode(_ line: ArraySlice<UInt8>) -> Result<String, DecodeFailure> {
            if line.allSatisfy({ $0 < 0x80 }) { return .success(String(decoding: line, as: UTF8.self)) }
            guard let cd else {
                // No iconv converter for GB18030 on this system: Foundation's (no position when it fails).
                let gb18030 = String.Encoding(rawValue: 0x8000_0632)
                if let text = String(data: Data(line), encoding: gb18030) { return .success(text) }
                return .failure(DecodeFailure(offset: 0, bytes: Array(line.prefix(2))))
            }
            let input = Array(line)
            let outcome = Iconv.convert(cd, input, capacity: input.count * 2 + 16)
            guard outcome.unconverted == 0 else {
                let offset = input.count - outcome.unconverted
                return .failure(
                    DecodeFailure(offset: offset, bytes: Array(input[offset..<min(input.count, offset + 2)])))
            }
            return .success(String(decoding: outcome.output, as: UTF8.self))
        }
    }

    // MARK: - Reading CSV

    /// A problem in the CSV structure itself (an unclosed quote, text after a closing quote).
    public struct SyntaxProblem: Hashable, Sendable {
        public var line: Int
        public var reason: Phrase
    }

    /// Splits RFC 4180 CSV into records, each with the line it starts on.
    ///
    /// Hand-written on purpose: of the packages at hand, yaslab/CSV.swift 2.5.2 and SwiftCSV 0.10.0 give rows but not
    /// the line each row starts on (a quoted line break makes rows and lines differ), and both silently accept text
    /// after a closing quote; an import must name the line of every bad row.
    ///
    /// Accepts CRLF, LF or lone CR line ends, quoted fields with separators, doubled quotes and line breaks, and a
    /// quote inside an unquoted field (taken literally). Empty lines are skipped (they are not records).
    /// `separator` is `,`, tab or `;` (`RosterSeparator` finds which); `limit` stops after that many records.
    public static func records(
        _ text: String, separator: Unicode.Scalar = ",", limit: Int = .max
    ) -> (records: [CSVRecord], problems: [SyntaxProblem]) {
        var records: [CSVRecord] = []
        let problems = forEachRecord(text, separator: separator, limit: limit) { record, _ in records.append(record) }
        return (records, problems)
    }

    /// `records`, handing each record to `body` as it is read, with whether a syntax problem was found in it, instead
    /// of gathering them: an import of 100,000 rows keeps one record at a time, not 100,000 (issue 11's memory budget).
    public static func forEachRecord(
        _ text: String, separator: Unicode.Scalar = ",", limit: Int = .max,
        _ body: (_ record: CSVRecord, _ hasSyntaxProblem: Bool) -> Void
    ) -> [SyntaxProblem] {
        var count = 0
        var problems: [SyntaxProblem] = []
        var problemsBeforeRecord = 0
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var afterQuote = false  // just after the closing quote of a quoted field
        var strayReported = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            afterQuote = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) {
                body(CSVRecord(line: recordLine, endLine: line, fields: fields), problems.count > problemsBeforeRecord)
                count += 1
            }
            problemsBeforeRecord = problems.count
            fields = []
            strayReported = false
        }

        while count < limit, let c = pending ?? scalars.next() {
            pending = nil
            if inQuotes {
                if c == "\"" {
                    let next = scalars.next()
                    if next == "\"" {
                        field.append("\"")
                    } else {
                        inQuotes = false
                        afterQuote = true
                        pending = next
                    }
                } else {
                    if c == "\n" { line += 1 }
                    if c == "\r" {
                        let next = scalars.next()
                        if next != "\n" { pending = next }
                        field.append("\r")
                        if next == "\n" { field.append("\n") }
                        line += 1
                        continue
                    }
                    field.append(c)
                }
                continue
            }
            switch c {
            case separator:
                endField()
            case "\r", "\n":
                if c == "\r" {
                    let next = scalars.next()
                    if next != "\n" { pending = next }
                }
                endRecord()
                line += 1
                recordLine = line
            case "\"" where field.isEmpty && !afterQuote:
                inQuotes = true
            default:
                if afterQuote {
                    if !strayReported {
                        problems.append(
                            SyntaxProblem(
                                line: line,
                                reason: tr(
                                    "text after the closing quote of field \(fields.count + 1) (a quote inside a quoted field is written twice: \"\")"
                                )))
                        strayReported = true
                    }
                }
                field.append(c)
            }
        }
        if inQuotes {
            problems.append(
                SyntaxProblem(line: recordLine, reason: tr("a quoted field that begins on this line is never closed")))
        }
        if count < limit && (!fields.isEmpty || !field.isEmpty || afterQuote) {
            endRecord()
        }
        return problems
    }
}
