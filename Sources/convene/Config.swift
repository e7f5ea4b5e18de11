import Foundation
import Phrasebook
import TOMLKit

/// The user's settings in `$XDG_CONFIG_HOME/convene/config.toml` (default `~/.config/convene/config.toml`).
///
/// Every field is optional, and keys this version does not know are left alone (a newer Convene may have written
/// them). A missing file is no settings; a file that is not TOML, or a known key with a bad value, is a
/// `ConfigError` that names the file, the key and what it may be. To add a setting: a field here, and its reading
/// in `init(table:path:)`.
struct Config: Equatable {
    /// `theme = "dark"`: the planner's colour theme, a name in themes/ or a path to a .toml file.
    var theme: String?
    /// `lang = "zh"`: the language of messages, help, the planner and printouts (zh or en).
    var lang: Language?

    init(theme: String? = nil, lang: Language? = nil) {
        self.theme = theme
        self.lang = lang
    }

    /// The folder of Convene's settings: `$XDG_CONFIG_HOME/convene` when that is an absolute path, else
    /// `~/.config/convene`.
    static func folder(environment env: [String: String]) -> String {
        (env["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? ((env["HOME"] ?? ".") + "/.config"))
            + "/convene"
    }

    /// The path of config.toml.
    static func path(environment env: [String: String]) -> String { folder(environment: env) + "/config.toml" }

    /// The settings in config.toml; none when the file does not exist.
    static func load(environment env: [String: String]) throws -> Config {
        let path = path(environment: env)
        guard FileManager.default.fileExists(atPath: path) else { return Config() }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigError(tr("\(path): cannot be read as UTF-8 text; fix or remove the file"))
        }
        return try parse(text, path: path)
    }

    /// The settings in `text`, the contents of the file at `path` (which the messages name).
    static func parse(_ text: String, path: String) throws -> Config {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(
                tr(
                    "\(path): line \(error.source.begin.line), column \(error.source.begin.column): \(error.description); the file is not valid TOML"
                ))
        } catch {
            throw ConfigError(tr("\(path): not a TOML file (\(String(describing: error)))"))
        }
        return try Config(table: table, path: path)
    }

    private init(table: TOMLTable, path: String) throws {
        if let value = table["theme"] {
            guard let name = value.string, !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ConfigError(
                    tr(
                        "\(path): theme = \(value.debugDescription) is not a theme; write a name in quotes, e.g. theme = \"mono\""
                    ))
            }
            theme = name
        }
        if let value = table["lang"] {
            guard let spelling = value.string, let language = Language(spelling: spelling) else {
                throw ConfigError(
                    tr(
                        "\(path): lang = \(value.debugDescription) is not a language; use lang = \"zh\" or lang = \"en\""
                    ))
            }
            lang = language
        }
    }
}

/// A config.toml that cannot be used: the message names the file and the key.
struct ConfigError: Error, Equatable {
    let phrase: Phrase
    init(_ phrase: Phrase) { self.phrase = phrase }
}
