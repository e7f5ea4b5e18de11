/// The two languages Convene speaks: Simplified Chinese and English.
public enum Language: String, CaseIterable, Sendable {
    case en, zh

    /// The language the locale variables ask for: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set
    /// decides (`zh…` is Chinese, anything else English); nil when none is set.
    ///
    /// Only the variable's text counts, so `LANG=zh_CN.UTF-8` selects Chinese on a machine where that locale is
    /// not installed.
    public static func fromLocale(_ environment: [String: String]) -> Language? {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty { return value.lowercased().hasPrefix("zh") ? .zh : .en }
        }
        return nil
    }

    /// `--lang`, else `lang` in config.toml, else the locale variables, else English.
    public static func choose(option: Language?, config: Language?, environment: [String: String]) -> Language {
        option ?? config ?? fromLocale(environment) ?? .en
    }

    /// Reads `zh`, `en` and the common spellings of them (`zh-CN`, `zh_CN`, `chinese`, `中文`, `english`).
    public init?(spelling: String) {
        let text = String(spelling.filter { !$0.isWhitespace }).lowercased()
        if text == "zh" || text.hasPrefix("zh-") || text.hasPrefix("zh_") || text == "chinese" || text == "中文" {
            self = .zh
        } else if text == "en" || text.hasPrefix("en-") || text.hasPrefix("en_") || text == "english" {
            self = .en
        } else {
            return nil
        }
    }
}
