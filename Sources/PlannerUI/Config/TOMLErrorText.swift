import Foundation
import Phrasebook

/// toml++'s description of a syntax error ("Error while parsing value: could not determine value type") read back
/// into a phrase. The mistakes a hand-written config.toml makes (an unquoted or unclosed text, a key set twice, a
/// missing `=`, text after a value) are said in either language; any other keeps toml++'s own words.
enum TOMLErrorText {
    static func phrase(_ description: String) -> Phrase {
        var detail = description.trimmingCharacters(in: .whitespacesAndNewlines)
        if detail.hasPrefix("Error while parsing "), let colon = detail.range(of: ": ") {
            detail = String(detail[colon.upperBound...])
        }
        if detail == "could not determine value type" || detail.hasPrefix("expected 'true'")
            || detail.hasPrefix("expected 'false'")
        {
            return tr("the value is not text, a number or true/false; put text in quotes, e.g. lang = \"zh\"")
        }
        if detail.contains("control characters other than TAB") {
            return tr("a text is not closed; end it with a quote on the same line")
        }
        if detail == "encountered end-of-file" {
            return tr("the file ends in the middle of a setting or a [table] line")
        }
        if detail.hasPrefix("cannot redefine existing "), let name = quoted(detail) {
            return tr("\(name) is set twice; keep one")
        }
        if detail.hasPrefix("expected '=', saw ") {
            return tr("a key must be followed by = and its value, e.g. lang = \"zh\"")
        }
        if detail.hasPrefix("expected a comment or whitespace, saw "), let seen = quoted(detail) {
            return tr("\(seen) after the value; write one setting per line, and a comment after #")
        }
        if detail.hasPrefix("expected keys, tables, whitespace or comments, saw "), let seen = quoted(detail) {
            return tr(
                "\(seen) where a setting should start; a line is a setting such as lang = \"zh\", or a comment after #")
        }
        if detail.hasPrefix("expected ']', saw ") { return tr("a ] is missing at the end of the [table] line") }
        return .verbatim(detail)
    }

    /// The last '…'-quoted part of `text`, quotes kept, a line break shown as \n.
    private static func quoted(_ text: String) -> String? {
        guard text.hasSuffix("'"), let open = text.dropLast().lastIndex(of: "'") else { return nil }
        return String(text[open...]).replacingOccurrences(of: "\n", with: "\\n")
    }
}
