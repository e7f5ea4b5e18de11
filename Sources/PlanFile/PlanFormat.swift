import Foundation
import Phrasebook
import PlannerCore

/// The plan file's JSON format: `formatVersion` plus the book's four lists, keys in a fixed order. The records' field
/// names and defaults are `PlanRecord`'s; the layout `PlanWriter` writes and the fast reader's shortcuts expect is
/// `PlanLayout`'s.
public enum PlanFormat {
    /// The version this build writes.
    public static let currentVersion = 2

    private struct VersionProbe: Decodable { var formatVersion: Int? }

    /// The bytes of a plan file holding `book`; the same book always gives the same bytes.
    /// Throws `PlanFileError.invalid` (path "plan") when a text is longer than `PlanLimits` allow: such a file could not be read back.
    /// `fastWriter: false` writes with JSONEncoder, for the tests and the fuzzer that compare the two writers.
    public static func encode(_ book: Book, fastWriter: Bool = true) throws -> Data {
        if fastWriter { return Data(try encodedBytes(book)) }
        if let (location, detail) = PlanLimits.firstOverlong(in: book) {
            throw PlanFileError.invalid(path: "plan", location: location, detail: detail)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(PlanRecord.Document(book, version: currentVersion))
        data.append(0x0A)
        return data
    }

    /// The plan file's bytes for `book` as the fast writer makes them, without `encode`'s copy into `Data` (a save
    /// writes these bytes as they are).
    public static func encodedBytes(_ book: Book) throws -> [UInt8] {
        if let (location, detail) = PlanLimits.firstOverlong(in: book) {
            throw PlanFileError.invalid(path: "plan", location: location, detail: detail)
        }
        return PlanWriter.bytes(of: book, version: currentVersion)
    }

    /// Reads a plan file's bytes; `path` only names the file in errors. `fastReader: false` reads with
    /// JSONDecoder only, for tests and the fuzzer that compare the two readers.
    public static func decode(_ data: Data, path: String, fastReader: Bool = true) throws -> Book {
        guard data.count <= PlanLimits.maxFileBytes else {
            throw PlanFileError.tooLarge(path: path, bytes: data.count, limit: PlanLimits.maxFileBytes)
        }
        var book: Book
        // Fast path: a file of the current version as Convene writes it, read byte by byte (it checks its own UTF-8 and
        // nests no deeper than the format). Anything else goes to JSONDecoder.
        if fastReader, let fast = PlanFastReader.read(data) {
            book = fast
        } else {
            book = try decodeWithFoundation(data, path: path)
        }
        if let (location, detail) = PlanLimits.firstOverlong(in: book) {
            throw PlanFileError.invalid(path: path, location: location, detail: detail)
        }
        try PlanRoomLinks.resolve(&book, path: path)
        // A file from before the numbers were kept starts from the highest id in use. One that keeps them needs no
        // scan: Convene's numbers are never below its ids, and `newID` looks at the ids in use too.
        if book.issued.numbers.isEmpty { book.noteIDsInUse() }
        let problems = book.consistencyProblems()
        guard problems.isEmpty else {
            throw PlanFileError.inconsistent(path: path, problems: problems.map { tr("\($0.path): \($0.message)") })
        }
        // A shared copy's base is merged against: it must hold together as a plan of its own.
        let baseProblems = book.share?.base.consistencyProblems() ?? []
        guard baseProblems.isEmpty else {
            throw PlanFileError.inconsistent(
                path: path, problems: baseProblems.map { tr("share.base.\($0.path): \($0.message)") })
        }
        return book
    }

    /// Reads the file with JSONDecoder: in one pass when it is of the current version, else the careful way.
    private static func decodeWithFoundation(_ data: Data, path: String) throws -> Book {
        // JSONDecoder skips the strings of fields it does not read without checking them: check the whole file first.
        if let problem = utf8Problem(in: data) { throw PlanFileError.notJSON(path: path, detail: problem) }
        // Foundation's JSON scanner traps while locating its own "too many nested" error on some inputs (found by
        // fuzz/targets/plan.swift): refuse deep nesting before it gets there.
        if let offset = offsetTooDeep(in: data) {
            let (line, column) = lineAndColumn(in: data, at: offset)
            throw PlanFileError.notJSON(
                path: path,
                detail: tr(
                    "it is nested too deeply (more than \(maxNesting) levels of [ or { at line \(line), column \(column)); a plan is never nested more than a few levels"
                ))
        }
        let decoder = JSONDecoder()
        if let doc = try? decoder.decode(PlanRecord.Document.self, from: data), doc.formatVersion == currentVersion {
            try PlanKeyCheck.check(data, decoded: doc, path: path)
            return doc.book
        }
        return try decodeCarefully(data, path: path, decoder: decoder)
    }

    /// Reads the version, migrates, and decodes, turning every failure into a message that names the place.
    private static func decodeCarefully(_ data: Data, path: String, decoder: JSONDecoder) throws -> Book {
        let version: Int
        do {
            guard let found = try decoder.decode(VersionProbe.self, from: data).formatVersion else {
                throw PlanFileError.invalid(
                    path: path, location: tr("the top level"),
                    detail: tr("there is no formatVersion; this does not look like a Convene plan"))
            }
            version = found
        } catch let error as PlanFileError {
            throw error
        } catch let error as DecodingError {
            // Valid JSON of the wrong shape (a list at the top, formatVersion as text) is not a syntax error.
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty {
                if let (location, detail) = numberProblem(in: data) {
                    throw PlanFileError.invalid(path: path, location: location, detail: detail)
                }
                throw PlanFileError.notJSON(path: path, detail: syntaxProblem(in: data) ?? describe(error))
            }
            throw PlanFileError.invalid(path: path, location: location(of: error), detail: describe(error))
        } catch {
            throw PlanFileError.notJSON(path: path, detail: describe(error))
        }
        guard version <= currentVersion else {
            throw PlanFileError.newerVersion(path: path, found: version, supported: currentVersion)
        }
        guard version >= 1 else {
            throw PlanFileError.invalid(
                path: path, location: .verbatim("formatVersion"),
                detail: tr("\(version) is not a version Convene ever wrote"))
        }
        let migrated = try PlanMigration.migrate(data, from: version, path: path)
        do {
            let doc = try decoder.decode(PlanRecord.Document.self, from: migrated)
            try PlanKeyCheck.check(migrated, decoded: doc, path: path)
            return doc.book
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty {
                if let problem = syntaxProblem(in: migrated) {
                    throw PlanFileError.notJSON(path: path, detail: problem)
                }
                if let (location, detail) = numberProblem(in: migrated) {
                    throw PlanFileError.invalid(path: path, location: location, detail: detail)
                }
            }
            if case .dataCorrupted(let context) = error,
                let unknown = context.underlyingError as? PlanRecord.UnknownValue
            {
                throw PlanFileError.unknownValue(
                    path: path, location: location(of: error), value: unknown.value, accepted: unknown.accepted)
            }
            throw PlanFileError.invalid(path: path, location: location(of: error), detail: describe(error))
        } catch {
            throw PlanFileError.notJSON(path: path, detail: describe(error))
        }
    }

    /// Where the JSON syntax breaks, in words (JSONDecoder on Linux only says "not valid JSON").
    static func syntaxProblem(in data: Data) -> Phrase? {
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return tr("the file is empty") }
        if let problem = utf8Problem(in: data) { return problem }
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
            if text.localizedCaseInsensitiveContains("end of file")
                || text.localizedCaseInsensitiveContains("unexpected end")
            {
                return tr("it ends too early; the file may have been cut off")
            }
            if text.localizedCaseInsensitiveContains("too many nested") {
                return tr("it is nested too deeply (more than \(512) levels of [ or {)")
            }
            if let range = text.range(of: "around character "),
                let offset = Int(text[range.upperBound...].prefix { $0.isNumber }), offset >= 0, offset <= data.count
            {
                let before = data.prefix(offset)
                let line = before.filter { $0 == 0x0A }.count + 1
                let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? before.startIndex
                let column = String(decoding: before[lineStart...], as: UTF8.self).count + 1
                return tr("unexpected text at line \(line), column \(column)")
            }
            return text.isEmpty ? nil : .verbatim(text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    /// How deep `[` and `{` may nest; a plan file needs six levels.
    static let maxNesting = 100

    /// The offset of the first `[` or `{` (outside strings) deeper than `maxNesting`, if any.
    static func offsetTooDeep(in data: Data) -> Int? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Int? in
            var depth = 0, inString = false, escaped = false
            for (i, b) in raw.enumerated() {
                if inString {
                    if escaped {
                        escaped = false
                    } else if b == 0x5C {
                        escaped = true
                    } else if b == 0x22 {
                        inString = false
                    }
                    continue
                }
                switch b {
                case 0x22: inString = true
                case 0x5B, 0x7B:
                    depth += 1
                    if depth > maxNesting { return i }
                case 0x5D, 0x7D: depth -= 1
                default: break
                }
            }
            return nil
        }
    }

    /// "the file is not UTF-8 text (byte 0xFF at line 3, column 14)...", or nil for valid UTF-8.
    static func utf8Problem(in data: Data) -> Phrase? {
        guard let offset = firstInvalidUTF8(in: data) else { return nil }
        let (line, column) = lineAndColumn(in: data, at: offset)
        let byte = String(data[data.startIndex + offset], radix: 16, uppercase: true)
        return tr("the file is not UTF-8 text (byte 0x\(byte) at line \(line), column \(column)); save it as UTF-8")
    }

    /// The offset of the first byte that is not part of valid UTF-8, if any.
    static func firstInvalidUTF8(in data: Data) -> Int? {
        data.withUnsafeBytes { UTF8Validation.firstInvalid(in: $0) }
    }

    static func lineAndColumn(in data: Data, at offset: Int) -> (Int, Int) {
        let before = data.prefix(offset)
        let line = before.filter { $0 == 0x0A }.count + 1
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? before.startIndex
        let column = String(decoding: before[lineStart...], as: UTF8.self).count + 1
        return (line, column)
    }

    private static func location(of error: DecodingError) -> Phrase {
        let path: [CodingKey]
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): path = c.codingPath
        case .keyNotFound(let key, let c): path = c.codingPath + [key]
        @unknown default: path = []
        }
        var text = ""
        for key in path {
            if let i = key.intValue { text += "[\(i)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
        }
        return text.isEmpty ? tr("the top level") : .verbatim(text)
    }

    private static func describe(_ error: Error) -> Phrase {
        switch error as? DecodingError {
        case .typeMismatch(let type, _)?: return tr("expected \(typeName(type))")
        case .valueNotFound(let type, _)?: return tr("expected \(typeName(type)), found null")
        case .keyNotFound(let key, _)?: return tr("the required field '\(key.stringValue)' is missing")
        case .dataCorrupted(let c)?:
            if let problem = c.underlyingError as? PlanValueProblem { return problem.phrase }
            if let underlying = c.underlyingError {
                let text = (underlying as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(underlying)"
                return .verbatim(text.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            return .verbatim(c.debugDescription)
        default: return .verbatim("\(error)")
        }
    }

    private static func typeName(_ type: Any.Type) -> Phrase {
        switch type {
        case is String.Type: return tr("text")
        case is Int.Type, is Int32.Type, is Int64.Type: return tr("a whole number")
        case is Bool.Type: return tr("true or false")
        case is Double.Type: return tr("a number")
        case is [Any].Type: return tr("a list")
        default:
            let name = "\(type)"
            if name.hasPrefix("Array") { return tr("a list") }
            if name.hasPrefix("Dictionary") { return tr("an object") }
            return tr("an object")
        }
    }
}
