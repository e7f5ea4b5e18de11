import Foundation
import Phrasebook
import TOMLKit
import TextCells

/// The user's settings in `$XDG_CONFIG_HOME/convene/config.toml` (else `~/.config/convene/config.toml`), the one
/// reader of that file. Every key may be left out, and keys this version does not know are left alone (a newer
/// Convene may have written them). A missing file is no settings; a file that is not TOML, or a known key with a
/// bad value, is a `ConfigError` that names the file, the key and what it may be. To add a key: a stored optional
/// property, one `case` in `parse`, and a line in the README's "Configuration" section.
public struct ConfigFile: Equatable, Sendable {
    /// `theme = "NAME"`: the planner's colour theme (a name in themes/ or a path to a .toml file).
    public var theme: String?
    /// `lang = "zh" | "en"`: the language of messages, help, the planner and printouts.
    public var lang: Language?
    /// `ambiguous_width = "narrow" | "wide"`: how many cells East Asian Ambiguous characters take.
    public var ambiguousWidth: TextCells.AmbiguousWidth?

    public init(theme: String? = nil, lang: Language? = nil, ambiguousWidth: TextCells.AmbiguousWidth? = nil) {
        self.theme = theme
        self.lang = lang
        self.ambiguousWidth = ambiguousWidth
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
            default:
                continue  // a key of another version, or of another part of Convene
            }
        }
        return config
    }
}

/// Why the settings file could not be used: the message names the file and the key.
public struct ConfigError: PhrasedError, CustomStringConvertible, Equatable {
    public let phrase: Phrase
    public init(_ phrase: Phrase) { self.phrase = phrase }
    public var description: String { phrase.description }
}
