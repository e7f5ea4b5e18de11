import Testing
import TextCells

@testable import PlannerUI

@Suite("config.toml")
struct ConfigFileTests {
    @Test("reads theme, lang, ambiguous_width and width, each optional, with comments")
    func keys() throws {
        #expect(try ConfigFile.parse("", source: "c.toml") == ConfigFile())
        let config = try ConfigFile.parse(
            "# mine\ntheme = \"mono\" # projector\nambiguous_width = \"wide\"\nlang = \"zh\"\nwidth = 100\n",
            source: "c.toml")
        #expect(config == ConfigFile(theme: "mono", lang: .zh, ambiguousWidth: .wide, width: 100))
        #expect(try ConfigFile.parse("ambiguous_width = \"narrow\"", source: "c.toml").ambiguousWidth == .narrow)
    }

    @Test("an unknown key or table is refused with its line: a typo is never silently ignored")
    func unknownKeys() {
        #expect(
            refusal("lang = \"zh\"\n  tehme = \"dark\"\n")
                == "c.toml:2: unknown setting 'tehme'; the settings are lang, theme, ambiguous_width, width, csv_encoding (see the README's Configuration section)"
        )
        #expect(refusal("lang = \"zh\"\n\n[later]\nx = 1\n")?.hasPrefix("c.toml:3: unknown setting 'later'") == true)
        #expect(
            refusal("width = 20")
                == "c.toml:1: width = 20 is not allowed; use a whole number of columns from 40 to 1000")
    }

    @Test("csv_encoding takes utf-8-bom, utf-8 or gb18030; anything else names the three")
    func csvEncoding() throws {
        #expect(
            try ConfigFile.parse("csv_encoding = \"gb18030\" # old Excel", source: "c.toml").csvEncoding == .gb18030)
        #expect(try ConfigFile.parse("csv_encoding = \"UTF-8\"", source: "c.toml").csvEncoding == .utf8)
        #expect(try ConfigFile.parse("csv_encoding = \"utf-8-bom\"", source: "c.toml").csvEncoding == .utf8BOM)
        let refused = "lang = \"zh\"\ncsv_encoding = \"gbk\""
        #expect(
            refusal(refused)
                == "c.toml:2: csv_encoding = \"gbk\" is not allowed; use utf-8, utf-8-bom, gb18030 (utf-8-bom opens right in Excel)"
        )
        #expect(
            refusalInChinese(refused)
                == "c.toml:2：csv_encoding = \"gbk\" 不可用；请用 utf-8, utf-8-bom, gb18030（utf-8-bom 在 Excel 中直接打开不乱码）")
    }

    @Test("a bad value names the file, the key and the values allowed")
    func badValues() {
        let allowed = "use \"narrow\" (one cell, the default) or \"wide\" (two cells, as CJK terminals draw them)"
        #expect(
            refusal("ambiguous_width = \"double\"") == "c.toml:1: ambiguous_width = \"double\" is not allowed; "
                + allowed
        )
        #expect(refusal("ambiguous_width = 2") == "c.toml:1: ambiguous_width = 2 is not allowed; " + allowed)
        #expect(
            refusal("theme = true")
                == "c.toml:1: theme = true is not a theme; write a name in quotes, e.g. theme = \"mono\"")
        #expect(
            refusal("lang = \"fr\"") == "c.toml:1: lang = \"fr\" is not a language; use lang = \"zh\" or lang = \"en\"")
        #expect(throws: ConfigError.self) { try ConfigFile.parse("theme = ", source: "c.toml") }
    }

    @Test(
        "a TOML syntax error says where and what in either language, not in the parser's English",
        arguments: [
            ("lang = zh", "line 1, column 8: the value is not text", "第 1 行第 8 列：这个值不是文本"),
            ("lang = \"zh\n", "a text is not closed", "文本没有结束"),
            ("lang = \"zh\"\nlang = \"en\"", "line 2, column 8: 'lang' is set twice", "第 2 行第 8 列：'lang' 设置了两次"),
            ("lang \"zh\"", "a key must be followed by =", "键后面要写 = 和值"),
            ("lang = \"zh\" \"en\"", "after the value", "值后面多了"),
            ("= 3", "where a setting should start", "设置的开头出现了 '='"),
            ("[theme\n", "a ] is missing", "缺少 ]"),
            ("[theme", "the file ends in the middle", "文件在一项设置或 [表名] 行的中间就结束了"),
        ])
    func syntaxErrors(_ text: String, _ english: String, _ chinese: String) throws {
        do {
            _ = try ConfigFile.parse(text, source: "c.toml")
            Issue.record("parsed")
        } catch let error as ConfigError {
            #expect(error.phrase.text(.en).contains(english), "\(error.phrase.text(.en))")
            #expect(error.phrase.text(.en).hasSuffix("; the file is not valid TOML"))
            let zh = error.phrase.text(.zh)
            #expect(zh.contains(chinese), "\(zh)")
            #expect(!zh.contains("Error while parsing") && !zh.contains("expected"), "\(zh)")
        }
    }

    @Test("lives in $XDG_CONFIG_HOME/convene, else ~/.config/convene")
    func location() {
        #expect(ConfigFile.path(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/convene/config.toml")
        #expect(
            ConfigFile.path(environment: ["XDG_CONFIG_HOME": "rel", "HOME": "/h"]) == "/h/.config/convene/config.toml")
        #expect(ConfigFile.path(environment: ["HOME": "/h"]) == "/h/.config/convene/config.toml")
    }
}

/// Why `ConfigFile.parse` refuses `text`, or nil when it reads it.
private func refusal(_ text: String) -> String? {
    do {
        _ = try ConfigFile.parse(text, source: "c.toml")
        return nil
    } catch { return (error as? ConfigError)?.description }
}

/// `refusal` in Chinese.
private func refusalInChinese(_ text: String) -> String? {
    do {
        _ = try ConfigFile.parse(text, source: "c.toml")
        return nil
    } catch { return (error as? ConfigError)?.phrase.text(.zh) }
}
