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
        default: break
        }
        // The footer of a group's help: `convene help <subcommand>`, `convene help venue room <subcommand>`, ….
        if let rest = line.dropping(prefix: "  See '"),
            let command = rest.dropping(suffix: " <subcommand>' for detailed help.")
        {
            return tr("  See '\(command) <subcommand>' for detailed help.")
        }
        if let rest = line.dropping(prefix: "  See '"), let command = rest.dropping(suffix: "' for more information.") {
            return tr("  See '\(command)' for more information.")
        }
        if let rest = line.dropping(prefix: "   or: Missing value for '"), let quote = rest.range(of: "' in '"),
            let composite = rest[quote.upperBound...].dropping(suffix: "'")
        {
            return tr("   or: Missing value for '\(String(rest[..<quote.lowerBound]))' in '\(composite)'")
        }
        if let start = line.dropping(suffix: "Show help information.") {
            return tr("\(start)Show help information.")
        }
        if let start = line.dropping(suffix: "Show the version.") {
            return tr("\(start)Show the version.")
        }
        return values(line)
    }

    /// The message after "Error: ".
    static func error(_ message: String) -> Phrase {
        if let rest = message.dropping(prefix: "Unknown option '"), let quote = rest.range(of: "'. Did you mean '"),
            let suggestion = rest[quote.upperBound...].dropping(suffix: "'?")
        {
            return tr("Unknown option '\(String(rest[..<quote.lowerBound]))'. Did you mean '\(suggestion)'?")
        }
        if let option = message.dropping(prefix: "Invalid option: ") { return tr("Invalid option: \(option)") }
        if message == "Missing required subcommand." { return tr("Missing required subcommand.") }
        if let names = message.dropping(prefix: "Missing one of: ") { return tr("Missing one of: \(names)") }
        if let count = message.prefix(while: \.isNumber).nonEmptyNumber,
            let names = message.dropping(prefix: "\(count) unexpected arguments: ")
        {
            return tr("\(count) unexpected arguments: \(names)")
        }
        if let rest = message.dropping(prefix: "The option '"),
            let quote = rest.range(of: "' does not take any value, but '"),
            let value = rest[quote.upperBound...].dropping(suffix: "' was specified.")
        {
            return tr(
                "The option '\(String(rest[..<quote.lowerBound]))' does not take any value, but '\(value)' was specified."
            )
        }
        if let rest = message.dropping(prefix: "Value to be set with "),
            let with = rest.range(of: " had already been set with ")
        {
            let again = String(rest[..<with.lowerBound]), first = String(rest[with.upperBound...])
            return tr(
                "\(again.dropping(prefix: "flag ") ?? again) is given twice (already set with \(first.dropping(prefix: "flag ") ?? first))"
            )
        }
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
                    choices.replacingOccurrences(of: "' and '", with: "', '").replacingOccurrences(
                        of: "' or '", with: "', '"
                    )
                    .split(separator: ",").map { $0.trimmingCharacters(in: [" ", "'"]) })
                return tr("The value '\(value)' is invalid for '\(option)'. Please provide one of \(listed).")
            }
            if tail == ". Please provide one of the following:" {
                return tr("The value '\(value)' is invalid for '\(option)'. Please provide one of the following:")
            }
            // A value our own parsing refused: its reason is one of our texts, already in the reader's language.
            if let reason = tail.dropping(prefix: ": ") {
                return tr("The value '\(value)' is invalid for '\(option)': \(reason)")
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

extension Substring {
    /// The digits as a number, when there are any.
    fileprivate var nonEmptyNumber: Int? { isEmpty ? nil : Int(self) }
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
