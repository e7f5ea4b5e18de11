import Foundation
import Phrasebook

/// A file of git's at the top of a work tree (`.gitattributes`, `.gitignore`): adds a line unless it is there
/// already, keeping the rest.
struct WorkTreeFile {
    let top: String
    let name: String

    var path: String { top + "/" + name }

    /// Adds `line` at the end unless the file already has it; true when the file changed.
    func ensure(_ line: String) throws -> Bool {
        let old = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let lines = old.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        if lines.contains(where: { $0.trimmingCharacters(in: .whitespaces) == line }) { return false }
        let text = old + (old.isEmpty || old.hasSuffix("\n") ? "" : "\n") + line + "\n"
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw UsageError(tr("could not write \(path): \(error.localizedDescription)"))
        }
        return true
    }

    /// `path` (from the top, starting with `/`) with the glob characters escaped, as `.gitignore` matches it.
    static func escaped(_ path: String) -> String {
        var escaped = ""
        for c in path {
            if "*?[\\".contains(c) { escaped.append("\\") }
            escaped.append(c)
        }
        return escaped
    }

    /// `path` (from the top, starting with `/`) as a `.gitattributes` pattern that matches just that file: glob
    /// characters escaped, and in double quotes when it holds a space or a quote.
    static func pattern(_ path: String) -> String {
        let escaped = escaped(path)
        guard escaped.contains(where: { $0 == " " || $0 == "\"" || $0 == "\t" }) else { return escaped }
        return "\"" + escaped.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            + "\""
    }
}
