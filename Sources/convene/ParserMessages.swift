import Phrasebook

/// swift-argument-parser's own words (help headings, "Error: Missing expected argument …", "Usage: …") in the
/// command line's language. The parser writes them in English; each line it is known to write is read back into a
/// phrase whose Chinese is in the catalogue, and any other line is left as it is (names, options, our own texts).
enum ParserMessages {
    /// `text`, one of the parser's messages (help, or an error with the usage), in `language`.
    static func translated(_ text: String, to language: Language) -> String {
        guard language != .en else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line(String($0)).text(language) }
            .joined(separator: "\n")
    }

    /// One line of the parser's output as a phrase.
    static func line(_ line: String) -> Phrase {
        if let rest = line.dropping(prefix: "Error: ") { return tr("Error: \(error(rest))") }
        if let rest = line.dropping(prefix: "Usage: ") { return tr("Usage: \(rest)") }
        if let rest = line.dropping(prefix: "Help: ") { return tr("Help: \(values(rest))") }
        if let rest = line.dropping(prefix: "OVERVIEW: ") { return tr("OVERVIEW: \(rest)") }
        if let rest = line.dropping(prefix: "USAGE: ") { return tr("USAGE: \(rest)") }
        switch line {
        case "ARGUMENTS:": return tr("ARGUMENTS:")
        case "OPTIONS:": return tr("OPTIONS:")
        case "SUBCOMMANDS:": return tr("SUBCOMMANDS:")
        case "  See 'convene help <subcommand>' for detailed help.":
            return tr("  See 'convene help <subcommand>' for detailed help.")
        default: break
        }
        if let rest = line.dropping(prefix: "  See '"), let command = rest.dropping(suffix: "' for more information.") {
            return tr("  See '\(command)' for more information.")
        }
        if let start = line.dropping(suffix: "Show help information.") {
            return tr("\(start)Show help information.")
        }
        return values(line)
    }

    /// The message after "Error: ".
    static func error(_ message: String) -> Phrase {
        if let name = message.between("Missing expected argument '", "'") {
            return tr("Missing expected argument '\(name)'")
        }
        if let name = message.between("Missing value for '", "'") { return tr("Missing value for '\(name)'") }
        if let name = message.between("Unknown option '", "'") { return tr("Unknown option '\(name)'") }
        if let name = message.between("Unexpected argument '", "'") { return tr("Unexpected argument '\(name)'") }
        if let rest = message.dropping(prefix: "The value '"), let quote = rest.range(of: "' is invalid for '") {
            let value = String(rest[..<quote.lowerBound])
            let after = rest[quote.upperBound...]
            guard let close = after.firstIndex(of: "'") else { return .verbatim(message) }
            let option = String(after[..<close])
            let tail = after[after.index(after: close)...]
            if let choices = tail.dropping(prefix: ". Please provide one of ")?.dropping(suffix: ".") {
                let listed = Phrase.series(
                    choices.replacingOccurrences(of: " and ", with: ", ").split(separator: ",")
                        .map { $0.trimmingCharacters(in: [" ", "'"]) })
                return tr("The value '\(value)' is invalid for '\(option)'. Please provide one of \(listed).")
            }
            if tail.isEmpty { return tr("The value '\(value)' is invalid for '\(option)'") }
        }
        return .verbatim(message)
    }

    /// A help line with the parser's "(default: x)" or "(values: a, b; default: x)" at its end.
    static func values(_ line: String) -> Phrase {
        guard let open = line.range(of: " (", options: .backwards), line.hasSuffix(")") else { return .verbatim(line) }
        let head = String(line[..<open.lowerBound])
        let inside = String(line[open.upperBound..<line.index(before: line.endIndex)])
        let parts = inside.components(separatedBy: "; ")
        var choices: Phrase?
        var fallback: String?
        for part in parts {
            if let list = part.dropping(prefix: "values: ") {
                choices = .series(list.components(separatedBy: ", "))
            } else if let value = part.dropping(prefix: "default: ") {
                fallback = value
            } else {
                return .verbatim(line)
            }
        }
        switch (choices, fallback) {
        case let (choices?, fallback?): return tr("\(head) (values: \(choices); default: \(fallback))")
        case let (choices?, nil): return tr("\(head) (values: \(choices))")
        case let (nil, fallback?): return tr("\(head) (default: \(fallback))")
        case (nil, nil): return .verbatim(line)
        }
    }
}

extension StringProtocol {
    /// The text after `prefix`, when it starts with it.
    fileprivate func dropping(prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }

    /// The text before `suffix`, when it ends with it.
    fileprivate func dropping(suffix: String) -> String? {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : nil
    }

    /// The text between `prefix` at the start and `suffix` at the end.
    fileprivate func between(_ prefix: String, _ suffix: String) -> String? {
        dropping(prefix: prefix)?.dropping(suffix: suffix)
    }
}
