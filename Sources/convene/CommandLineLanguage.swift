import Foundation
import Phrasebook
import PlannerUI
import Synchronization

/// The language of everything the command line prints, `--help` included, chosen once before the arguments are
/// parsed (the parser reads the help texts when it builds the commands): `--lang` in the arguments, else `lang` in
/// config.toml, else the locale variables, else English.
enum CommandLineLanguage {
    private static let chosen = Mutex<Language>(.en)

    /// The language chosen at the start (English until then).
    static var current: Language { chosen.withLock { $0 } }

    /// Sets the language for the rest of the process.
    static func set(_ language: Language) { chosen.withLock { $0 = language } }

    /// The value of the first `--lang X` or `--lang=X` before a `--`, when it names a language; a bad value is
    /// left for the parser to refuse.
    static func option(in arguments: [String]) -> Language? {
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { return nil }
            if argument == "--lang" {
                let next = arguments.index(after: index)
                return next < arguments.endIndex ? Language(spelling: arguments[next]) : nil
            }
            if argument.hasPrefix("--lang=") { return Language(spelling: String(argument.dropFirst(7))) }
            index = arguments.index(after: index)
        }
        return nil
    }

    /// Chooses the language from the arguments (without the program's name), the config and the environment.
    static func choose(arguments: [String], config: ConfigFile?, environment: [String: String]) -> Language {
        Language.choose(option: option(in: arguments), config: config?.lang, environment: environment)
    }
}

extension Phrase {
    /// The phrase in the command line's language.
    var cli: String { text(CommandLineLanguage.current) }
}
