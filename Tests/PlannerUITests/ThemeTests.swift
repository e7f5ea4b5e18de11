import Foundation
import TerminalKit
import Testing

@testable import PlannerUI

/// Theme files: every shipped theme reads, default.toml matches the built-in default, and bad files say what is wrong where.
@Suite("Themes")
struct ThemeTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes").path

    @Test(
        "every theme in themes/ is built in and loads with no folder to search",
        arguments: ["default", "light", "dark", "high-contrast", "mono"])
    func shipped(name: String) throws {
        let theme = try Theme.load(name, searching: [])
        #expect(theme.name == name)
        #expect(theme.styles.count == Theme.Role.allCases.count)
        #expect(try Theme.load(name, searching: [Self.folder]) == theme)
    }

    @Test("the built-in themes are the files of themes/, one for one (scripts/embed-themes.py writes them)")
    func embedded() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { $0.hasSuffix(".toml") }
        #expect(Set(files.map { String($0.dropLast(5)) }) == Set(Theme.builtInNames))
        for file in files {
            let text = try String(contentsOfFile: Self.folder + "/" + file, encoding: .utf8)
            let name = String(file.dropLast(5))
            #expect(
                Theme.builtInFile(name)?.trimmingCharacters(in: .newlines) == text.trimmingCharacters(in: .newlines),
                "themes/\(file) differs from the built-in copy: run python3 scripts/embed-themes.py")
        }
    }

    @Test("themes/default.toml is the built-in default, and mono.toml the built-in mono")
    func defaultsMatch() throws {
        #expect(try Theme.load("default", searching: []) == Theme.builtIn)
        #expect(try Theme.load("mono", searching: []) == Theme.mono)
    }

    @Test("a user's theme of the same name comes first")
    func userFirst() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("name = \"mine\"\n[title]\nfg = \"red\"\n".utf8).write(to: URL(fileURLWithPath: folder + "/dark.toml"))
        #expect(try Theme.load("dark", searching: ["/nonexistent", folder]).name == "mine")
    }

    @Test("the mono theme uses no colour at all")
    func monoHasNoColour() {
        #expect(Theme.mono.styles.values.allSatisfy { $0.fg == .default && $0.bg == .default })
    }

    @Test("a missing theme names where it looked and the built-in names")
    func missing() {
        #expect(throws: ThemeError.self) { try Theme.load("no-such-theme", searching: [Self.folder]) }
        do { _ = try Theme.load("no-such-theme", searching: [Self.folder]) } catch {
            #expect("\(error)".contains("no theme 'no-such-theme'"))
            #expect("\(error)".contains("/themes/no-such-theme.toml"))
            #expect("\(error)".contains("dark, default, high-contrast, light, mono"))
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
