import Foundation
import Phrasebook
import TOMLKit
import TextCells

/// The user's settings in `$XDG_CONFIG_HOME/convene/config.toml` (else `~/.config/convene/config.toml`), the one
/// reader of that file, through TOMLKit (comments, quoting and tables as TOML has them). Every key may be left out. A
/// missing file is no settings; a file that is not TOML, a key this version does not know (a typo would otherwise
/// be silently ignored) or a key with a bad value is a `ConfigError` that names the file, the line, the key and what
/// it may be. To add a key: a stored optional property, one `case` in `parse`, its name in `keys`, and a line in the
/// README's "Configuration" section.
public struct ConfigFile: Equatable, Sendable {
    /// `theme = "NAME"`: the planner's colour theme (a name in themes/ or a path to a .toml file).
    public var theme: String?
    /// `lang = "zh" | "en"`: the language of messages, help, the planner and printouts.
    public var lang: Language?
    /// `ambiguous_width = "narrow" | "wide"`: how many cells East Asian Ambiguous characters take.
    public var ambiguousWidth: TextCells.AmbiguousWidth?
    /// `width = N`: the width of text printouts, in columns (40–1000), when `--width` is not given.
    public var width: Int?
    /// `csv_encoding = "utf-8-bom" | "utf-8" | "gb18030"`: the bytes of CSV printouts when `--encoding` is not given.
    public var csvEncoding: CSVEncoding?

    /// The keys a config.toml may set.
    public static let keys = ["lang", "theme", "ambiguous_width", "width", "csv_encoding"]

    public init(
        theme: String? = nil, lang: Language? = nil, ambiguousWidth: TextCells.AmbiguousWidth? = nil, width: Int? = nil,
        csvEncoding: CSVEncoding? = nil
    ) {
        self.theme = theme
        self.lang = lang
        self.ambiguousWidth = ambiguousWidth
        self.width = width
        self.csvEncoding = csvEncoding
    }

    /// The folder of Convene's settings (and of the user's own themes): `$XDG_CONFIG_HOME/convene` when that is an
    /// absolute path, else `~/.config/convene`.
    public static func folder(environment env: [String: String]) -> String {
        (env["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? ((env["HOME"] ?? ".") + "/.config"))
            + "/convene"
    }

    /// The settings file's path.
    public static func path(environment env: [String: String]) -> String { folder(environment: env) + "/config.toml" }

    /// The settings, or none when there is no file.
    public static func load(environment env: [String: String]) throws -> ConfigFile {
        let path = path(environment: env)
        guard FileManager.default.fileExists(atPath: path) else { return ConfigFile() }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else { throw ConfigError(tr("\(path): cannot be read as UTF-8 text; fix or remove the file")) }
        return try parse(text, source: path)
    }

    /// Reads the settings from the text of a config.toml; `source` names it in messages.
    public static func parse(_ text: String, source: String) throws -> ConfigFile {
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch let error as TOMLParseError {
            throw ConfigError(
                tr(
                    "\(source): line \(error.source.begin.line), column \(error.source.begin.column): \(TOMLErrorText.phrase(error.description)); the file is not valid TOML"
                ))
        } catch {
            throw ConfigError(tr("\(source): not a TOML file (\(String(describing: error)))"))
        }
        var config = ConfigFile()
        for (key, value) in table {
            // Each message names the file and the line of the key: "config.toml:3: theme = true is not a theme".
            let source = line(of: key, in: text).map { "\(source):\($0)" } ?? source
            switch key {
            case "theme":
                guard let name = value.string, !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw ConfigError(
                        tr(
                            "\(source): theme = \(value.debugDescription) is not a theme; write a name in quotes, e.g. theme = \"mono\""
                        ))
                }
                config.theme = name
            case "lang":
                guard let spelling = value.string, let language = Language(spelling: spelling) else {
                    throw ConfigError(
                        tr(
                            "\(source): lang = \(value.debugDescription) is not a language; use lang = \"zh\" or lang = \"en\""
                        ))
                }
                config.lang = language
            case "ambiguous_width":
                guard let word = value.string, let width = TextCells.AmbiguousWidth(rawValue: word) else {
                    throw ConfigError(
                        tr(
                            "\(source): ambiguous_width = \(value.debugDescription) is not allowed; use \"narrow\" (one cell, the default) or \"wide\" (two cells, as CJK terminals draw them)"
                        ))
                }
                config.ambiguousWidth = width
            case "width":
                guard let width = value.int, (40...1000).contains(width) else {
                    throw ConfigError(
                        tr(
                            "\(source): width = \(value.debugDescription) is not allowed; use a whole number of columns from 40 to 1000"
                        ))
                }
                config.width = width
            case "csv_encoding":
                guard let name = value.string, let encoding = CSVEncoding(rawValue: name.lowercased()) else {
                    throw ConfigError(
                        tr(
                            "\(source): csv_encoding = \(value.debugDescription) is not allowed; use \(CSVEncoding.names) (utf-8-bom opens right in Excel)"
                        ))
                }
                config.csvEncoding = encoding
            default:
                throw ConfigError(
                    tr(
                        "\(source): unknown setting '\(key)'; the settings are \(keys.joined(separator: ", ")) (see the README's Configuration section)"
                    ))
            }
        }
        return config
    }
}

extension ConfigFile {
    /// The line where the top-level `key` is set, or where the table `[key]` begins.
    static func line(of key: String, in text: String) -> Int? {
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            for spelling in [key, "\"\(key)\"", "'\(key)'"] {
                if line.hasPrefix(spelling) {
                    let rest = line.dropFirst(spelling.count).drop { $0 == " " || $0 == "\t" }
                    if rest.hasPrefix("=") { return index + 1 }
                }
                if line.hasPrefix("[\(spelling)]") || line.hasPrefix("[\(spelling).") { return index + 1 }
            }
        }
        return nil
    }
}

/// Why the settings file could not be used: the message names the file and the key.
public struct ConfigError: PhrasedError, CustomStringConvertible, Equatable {
    public let phrase: Phrase
    public init(_ phrase: Phrase) { self.phrase = phrase }
    public var description: String { phrase.description }
}
