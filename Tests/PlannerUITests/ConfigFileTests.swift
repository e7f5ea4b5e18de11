import Testing
import TextCells

@testable import PlannerUI

@Suite("config.toml")
struct ConfigFileTests {
    @Test("reads theme and ambiguous_width, each optional, and leaves other keys alone")
    func keys() throws {
        #expect(try ConfigFile.parse("", source: "c.toml") == ConfigFile())
        let config = try ConfigFile.parse(
            "# mine\ntheme = \"mono\"\nambiguous_width = \"wide\"\nlang = \"zh\"\n[later]\nx = 1\n", source: "c.toml")
        #expect(config == ConfigFile(theme: "mono", ambiguousWidth: .wide))
        #expect(try ConfigFile.parse("ambiguous_width = \"narrow\"", source: "c.toml").ambiguousWidth == .narrow)
    }

    @Test("a bad value names the file, the key and the values allowed")
    func badValues() {
        let allowed = "use \"narrow\" (one cell, the default) or \"wide\" (two cells, as CJK terminals draw them)"
        #expect(throws: ConfigError(description: "c.toml: ambiguous_width = \"double\" is not allowed; " + allowed)) {
            try ConfigFile.parse("ambiguous_width = \"double\"", source: "c.toml")
        }
        #expect(throws: ConfigError(description: "c.toml: ambiguous_width = 2 is not allowed; " + allowed)) {
            try ConfigFile.parse("ambiguous_width = 2", source: "c.toml")
        }
        #expect(throws: ConfigError(description: "c.toml: theme must be a string, such as theme = \"mono\"")) {
            try ConfigFile.parse("theme = true", source: "c.toml")
        }
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
