import Foundation
import Phrasebook

/// One content line of a calendar, unfolded: `NAME;PARAM=VALUE:value`, with the line it starts on.
public struct ICSProperty: Hashable, Sendable {
    /// Upper-cased (names are case-insensitive, RFC 5545 §2).
    public let name: String
    /// Parameters by upper-cased name; a quoted value without its quotes.
    public let parameters: [String: [String]]
    /// The raw value, still escaped as its type writes it.
    public let value: String
    /// The 1-based line of the file the property starts on.
    public let line: Int

    /// The first value of a parameter.
    public func parameter(_ name: String) -> String? { parameters[name]?.first }

    /// The value read as TEXT: `\n` `\,` `\;` `\\` unescaped.
    public var text: String { ICSReader.unescape(value) }
}

/// A `BEGIN:NAME` … `END:NAME` block with its properties and the blocks inside it.
public struct ICSComponent: Hashable, Sendable {
    /// Upper-cased: VCALENDAR, VEVENT, VTIMEZONE, STANDARD …
    public let name: String
    public let line: Int
    public var properties: [ICSProperty] = []
    public var components: [ICSComponent] = []

    public init(name: String, line: Int) {
        self.name = name
        self.line = line
    }

    /// The first property of a name.
    public func property(_ name: String) -> ICSProperty? { properties.first { $0.name == name } }

    /// Every property of a name, in file order.
    public func properties(_ name: String) -> [ICSProperty] { properties.filter { $0.name == name } }

    /// The blocks of a name inside this one, in file order.
    public func components(_ name: String) -> [ICSComponent] { components.filter { $0.name == name } }
}

/// Why a calendar file cannot be read, at a line.
public struct ICSReadError: Error, Hashable, Sendable {
    public let line: Int
    public let reason: Phrase

    public var problem: ImportProblem { ImportProblem(line: line, reason: reason) }
}

/// An RFC 5545 reader: the file's bytes to its components. Lines may end in CRLF or LF; a line starting with a space
/// or a tab continues the one before, and folding may split a UTF-8 sequence, so lines are joined as bytes and read as
/// UTF-8 after. Anything that is not a calendar is an error naming its line, never a crash.
public enum ICSReader {
    /// The longest file read (a calendar of many years is a few megabytes).
    public static let maxBytes = 64 << 20
    /// How deep blocks may nest (VCALENDAR › VEVENT › VALARM is three).
    static let maxDepth = 16

    /// The calendars of a file (usually one VCALENDAR).
    public static func read(_ data: Data) throws(ICSReadError) -> [ICSComponent] {
        guard data.count <= maxBytes else {
            throw ICSReadError(line: 1, reason: tr("the file is larger than \(maxBytes >> 20) MB"))
        }
        var calendars: [ICSComponent] = []
        var open: [ICSComponent] = []
        for (number, bytes) in logicalLines(data) {
            guard let line = String(validating: bytes, as: UTF8.self) else {
                throw ICSReadError(line: number, reason: tr("the line is not UTF-8 text; save the calendar as UTF-8"))
            }
            if line.isEmpty { continue }
            let property = try parse(line, number: number)
            switch property.name {
            case "BEGIN":
                let name = property.value.uppercased()
                guard open.count < maxDepth, !name.isEmpty else {
                    throw ICSReadError(line: number, reason: tr("BEGIN:\(property.value) nests too deep"))
                }
                if open.isEmpty, name != "VCALENDAR" {
                    throw ICSReadError(
                        line: number,
                        reason: tr("BEGIN:\(property.value) outside BEGIN:VCALENDAR; is this an .ics file?"))
                }
                open.append(ICSComponent(name: name, line: number))
            case "END":
                guard let last = open.popLast(), last.name == property.value.uppercased() else {
                    throw ICSReadError(line: number, reason: tr("END:\(property.value) without its BEGIN"))
                }
                if open.isEmpty { calendars.append(last) } else { open[open.count - 1].components.append(last) }
            default:
                guard !open.isEmpty else {
                    throw ICSReadError(
                        line: number, reason: tr("\(property.name) outside BEGIN:VCALENDAR; is this an .ics file?"))
                }
                open[open.count - 1].properties.append(property)
            }
        }
        if let unclosed = open.last {
            throw ICSReadError(line: unclosed.line, reason: tr("BEGIN:\(unclosed.name) has no END:\(unclosed.name)"))
        }
        guard !calendars.isEmpty else {
            throw ICSReadError(line: 1, reason: tr("no BEGIN:VCALENDAR; is this an .ics file?"))
        }
        return calendars
    }

    /// The unfolded lines with the number of the physical line each starts on; a UTF-8 byte-order mark is skipped.
    static func logicalLines(_ data: Data) -> [(number: Int, bytes: [UInt8])] {
        var bytes = Array(data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var lines: [(number: Int, bytes: [UInt8])] = []
        var number = 0
        var start = 0
        func physical(_ end: Int) {
            number += 1
            var slice = bytes[start..<end]
            if slice.last == 0x0D { slice = slice.dropLast() }
            if let first = slice.first, first == 0x20 || first == 0x09, !lines.isEmpty {
                lines[lines.count - 1].bytes += slice.dropFirst()
            } else {
                lines.append((number, Array(slice)))
            }
        }
        for (i, byte) in bytes.enumerated() where byte == 0x0A {
            physical(i)
            start = i + 1
        }
        if start < bytes.count { physical(bytes.count) }
        return lines
    }

    /// `NAME *(";" param) ":" value`, where a parameter's values may be quoted and hold `:` `;` `,`.
    static func parse(_ line: String, number: Int) throws(ICSReadError) -> ICSProperty {
        let scalars = Array(line.unicodeScalars)
        var i = 0
        func isNameScalar(_ c: Unicode.Scalar) -> Bool {
            c == "-" || (c.isASCII && (CharacterSet.alphanumerics.contains(c)))
        }
        func name() -> String {
            let from = i
            while i < scalars.count, isNameScalar(scalars[i]) { i += 1 }
            return String(String.UnicodeScalarView(scalars[from..<i])).uppercased()
        }
        let propertyName = name()
        guard !propertyName.isEmpty else {
            throw ICSReadError(
                line: number, reason: tr("'\(String(line.prefix(40)))' is not a calendar line (NAME:value)"))
        }
        var parameters: [String: [String]] = [:]
        while i < scalars.count, scalars[i] == ";" {
            i += 1
            let parameterName = name()
            guard !parameterName.isEmpty, i < scalars.count, scalars[i] == "=" else {
                throw ICSReadError(line: number, reason: tr("\(propertyName) has a parameter without NAME=value"))
            }
            i += 1
            var values: [String] = []
            repeat {
                if i < scalars.count, scalars[i] == "," { i += 1 }
                var value = String.UnicodeScalarView()
                if i < scalars.count, scalars[i] == "\"" {
                    i += 1
                    while i < scalars.count, scalars[i] != "\"" {
                        value.append(scalars[i])
                        i += 1
                    }
                    guard i < scalars.count else {
                        throw ICSReadError(line: number, reason: tr("\(propertyName) has a quote that is not closed"))
                    }
                    i += 1
                } else {
                    while i < scalars.count, !";:,".unicodeScalars.contains(scalars[i]) {
                        value.append(scalars[i])
                        i += 1
                    }
                }
                values.append(String(value))
            } while i < scalars.count && scalars[i] == ","
            parameters[parameterName, default: []] += values
        }
        guard i < scalars.count, scalars[i] == ":" else {
            throw ICSReadError(line: number, reason: tr("\(propertyName) has no ':' before its value"))
        }
        let value = String(String.UnicodeScalarView(scalars[(i + 1)...]))
        return ICSProperty(name: propertyName, parameters: parameters, value: value, line: number)
    }

    /// A TEXT value unescaped: `\n` and `\N` are line breaks, `\,` `\;` `\\` the characters; a lone `\` stays.
    public static func unescape(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var escaped = false
        for c in s.unicodeScalars {
            if escaped {
                out.append(c == "n" || c == "N" ? "\n" : c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        if escaped { out.append("\\") }
        return String(out)
    }
}
