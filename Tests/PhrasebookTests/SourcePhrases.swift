import Foundation

/// The phrases written in the sources: every `tr("…")` call, with the key it makes at run time (what xgettext does
/// for C), so the catalogue test knows every phrase without running the code that shows it.
struct SourcePhrases {
    struct Found: Hashable {
        let key: String
        let hasCount: Bool
        let place: String
    }

    /// The repository's `Sources` folder, found from this file's path.
    static var sourcesFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
    }

    /// Every phrase in every Swift file under `Sources`, and the calls that could not be read as one literal.
    static func scan() throws -> (phrases: [Found], unreadable: [String]) {
        var phrases: [Found] = []
        var unreadable: [String] = []
        let files = FileManager.default.enumerator(at: sourcesFolder, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            // Whole-line comments are left out (doc comments show `tr("…")` as an example); their lines stay, blank.
            let text = try String(contentsOf: url, encoding: .utf8).split(
                separator: "\n", omittingEmptySubsequences: false
            )
            .map { $0.drop { $0 == " " }.hasPrefix("//") ? "" : $0 }.joined(separator: "\n")
            let name = url.path.replacingOccurrences(of: sourcesFolder.path + "/", with: "")
            let chars = Array(text.unicodeScalars)
            var i = 0
            var line = 1
            while i < chars.count {
                if chars[i] == "\n" { line += 1 }
                if isCall(chars, at: i) {
                    var start = i + 3
                    while start < chars.count, chars[start] == " " || chars[start] == "\n" { start += 1 }
                    guard start < chars.count, chars[start] == "\"" else {
                        i += 1
                        continue
                    }
                    line += chars[(i + 3)..<start].filter { $0 == "\n" }.count
                    if let (key, hasCount, end) = literal(chars, from: start) {
                        phrases.append(Found(key: key, hasCount: hasCount, place: "\(name):\(line)"))
                        i = end
                        continue
                    }
                    unreadable.append("\(name):\(line)")
                }
                i += 1
            }
        }
        return (phrases, unreadable)
    }

    /// `tr(` not preceded by an identifier character, and not the definition `func tr(`.
    private static func isCall(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 3 < s.count, s[i] == "t", s[i + 1] == "r", s[i + 2] == "(" else { return false }
        if i > 0 {
            let before = s[i - 1]
            if before.properties.isAlphabetic || before == "_" || before == "." || ("0"..."9").contains(before) {
                return false
            }
        }
        return true
    }

    /// Reads the string literal starting at `from` (its opening quote) up to `)`: the key and where it ends.
    private static func literal(_ s: [Unicode.Scalar], from start: Int) -> (String, Bool, Int)? {
        guard start < s.count, s[start] == "\"" else { return nil }
        if start + 2 < s.count, s[start + 1] == "\"", s[start + 2] == "\"" { return nil }  // no """ literals
        var key = ""
        var hasCount = false
        var i = start + 1
        while i < s.count {
            let c = s[i]
            if c == "\"" {
                var close = i + 1
                while close < s.count, s[close] == " " || s[close] == "\n" { close += 1 }
                guard close < s.count, s[close] == ")" else { return nil }
                return (key, hasCount, close + 1)
            }
            if c == "\n" { return nil }
            if c == "\\" {
                guard i + 1 < s.count else { return nil }
                let e = s[i + 1]
                switch e {
                case "(":
                    guard let close = closingParen(s, from: i + 2) else { return nil }
                    let inside = String(String.UnicodeScalarView(s[(i + 2)..<close]))
                    if inside.trimmingCharacters(in: .whitespaces).hasPrefix("count:") { hasCount = true }
                    key += "{}"
                    i = close + 1
                    continue
                case "n": key += "\n"
                case "t": key += "\t"
                case "\"": key += "\""
                case "'": key += "'"
                case "\\": key += "\\"
                case "0": key += "\0"
                case "u":
                    guard let close = s[(i + 2)...].firstIndex(of: "}"),
                        let v = UInt32(String(String.UnicodeScalarView(s[(i + 3)..<close])), radix: 16),
                        let scalar = Unicode.Scalar(v)
                    else { return nil }
                    key.unicodeScalars.append(scalar)
                    i = close + 1
                    continue
                default: return nil
                }
                i += 2
                continue
            }
            if c == "{" { key += "{{" } else if c == "}" { key += "}}" } else { key.unicodeScalars.append(c) }
            i += 1
        }
        return nil
    }

    /// The `)` that closes an interpolation opened just before `from`, skipping nested parentheses and strings.
    private static func closingParen(_ s: [Unicode.Scalar], from: Int) -> Int? {
        var depth = 1
        var i = from
        var inString = false
        while i < s.count {
            let c = s[i]
            if inString {
                if c == "\\" {
                    i += 2
                    continue
                }
                if c == "\"" { inString = false }
            } else if c == "\"" {
                inString = true
            } else if c == "(" {
                depth += 1
            } else if c == ")" {
                depth -= 1
                if depth == 0 { return i }
            } else if c == "\n" {
                return nil
            }
            i += 1
        }
        return nil
    }
}
