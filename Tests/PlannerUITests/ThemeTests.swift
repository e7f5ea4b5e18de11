import Foundation
import PlannerUI
import TerminalKit
import Testing

/// Theme files: every shipped theme reads, default.toml matches the built-in default, and bad files say what is wrong where.
@Suite("Themes")
struct ThemeTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes").path

    @Test("every theme in themes/ loads", arguments: ["default", "light", "dark", "high-contrast", "mono"])
    func shipped(name: String) throws {
        let theme = try Theme.load(name, searching: [Self.folder])
        #expect(theme.name == name)
        #expect(theme.styles.count == Theme.Role.allCases.count)
    }

    @Test("themes/default.toml is the built-in default, and mono.toml the built-in mono")
    func defaultsMatch() throws {
        #expect(try Theme.load("default", searching: [Self.folder]) == Theme.builtIn)
        #expect(try Theme.load("mono", searching: [Self.folder]) == Theme.mono)
    }

    @Test("the mono theme uses no colour at all")
    func monoHasNoColour() {
        #expect(Theme.mono.styles.values.allSatisfy { $0.fg == .default && $0.bg == .default })
    }

    @Test("a missing theme names where it looked")
    func missing() {
        #expect(throws: ThemeError.self) { try Theme.load("no-such-theme", searching: [Self.folder]) }
        do { _ = try Theme.load("no-such-theme", searching: [Self.folder]) } catch {
            #expect("\(error)".contains("no theme 'no-such-theme'"))
            #expect("\(error)".contains("/themes/no-such-theme.toml"))
        }
    }

    @Test(
        "broken theme files: TOML syntax, unknown role, bad colour, bad key",
        arguments: [
            ("[title\nfg = 1", "x.toml: line 1"),
            ("[titel]\nfg = \"red\"", "unknown role [titel]"),
            ("[title]\nfg = \"purple\"", "[title] fg = \"purple\" is not a colour"),
            ("[title]\ncolour = \"red\"", "[title] has an unknown key 'colour'"),
            ("[title]\nbold = \"yes\"", "[title] bold must be true or false"),
        ])
    func broken(text: String, expected: String) {
        do {
            _ = try Theme.parse(text, source: "x.toml")
            Issue.record("accepted a broken theme")
        } catch {
            #expect("\(error)".contains(expected), "\(error)")
        }
    }
}
