import Testing
import TextCells

@testable import PlannerUI

@Suite("config.toml")
struct ConfigFileTests {
    @Test("reads theme, lang and ambiguous_width, each optional, and leaves other keys alone")
    func keys() throws {
        #expect(try ConfigFile.parse("", source: "c.toml") == ConfigFile())
        let config = try ConfigFile.parse(
            "# mine\ntheme = \"mono\"\nambiguous_width = \"wide\"\nlang = \"zh\"\n[later]\nx = 1\n", source: "c.toml")
        #expect(config == ConfigFile(theme: "mono", lang: .zh, ambiguousWidth: .wide))
        #expect(try ConfigFile.parse("ambiguous_width = \"narrow\"", source: "c.toml").ambiguousWidth == .narrow)
    }

    @Test("a bad value names the file, the key and the values allowed")
    func badValues() {
        let allowed = "use \"narrow\" (one cell, the default) or \"wide\" (two cells, as CJK terminals draw them)"
        func refusal(_ text: String) -> String? {
            do {
                _ = try ConfigFile.parse(text, source: "c.toml")
                return nil
            } catch { return (error as? ConfigError)?.description }
        }
        #expect(
            refusal("ambiguous_width = \"double\"") == "c.toml: ambiguous_width = \"double\" is not allowed; " + allowed
        )
        #expect(refusal("ambiguous_width = 2") == "c.toml: ambiguous_width = 2 is not allowed; " + allowed)
        #expect(
            refusal("theme = true")
                == "c.toml: theme = true is not a theme; write a name in quotes, e.g. theme = \"mono\"")
        #expect(
            refusal("lang = \"fr\"") == "c.toml: lang = \"fr\" is not a language; use lang = \"zh\" or lang = \"en\"")
        #expect(throws: ConfigError.self) { try ConfigFile.parse("theme = ", source: "c.toml") }
    }

    @Test("lives in $XDG_CONFIG_HOME/convene, else ~/.config/convene")
    func location() {
        #expect(ConfigFile.path(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/convene/config.toml")
        #expect(
            ConfigFile.path(environment: ["XDG_CONFIG_HOME": "rel", "HOME": "/h"]) == "/h/.config/convene/config.toml")
        #expect(ConfigFile.path(environment: ["HOME": "/h"]) == "/h/.config/convene/config.toml")
    }
}
