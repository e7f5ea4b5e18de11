import ConveneTestSupport
import Foundation
import Testing

@Suite("convene --theme")
struct ThemeOptionTests {
    @Test("an unknown theme is a clear error with exit code 2, before the terminal is touched")
    func unknownTheme() throws {
        let folder = TempFolder()
        let result = try run(
            try conveneBinary(), ["--theme", "no-such-theme"],
            environment: ["XDG_DATA_HOME": folder.path, "HOME": folder.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no theme 'no-such-theme'"))
    }

    @Test("a broken theme file named by path says which line")
    func brokenThemeFile() throws {
        let folder = TempFolder()
        let theme = folder.file("broken.toml")
        try "[title\nfg = 1\n".write(toFile: theme, atomically: true, encoding: .utf8)
        let result = try run(
            try conveneBinary(), ["--theme", theme], environment: ["XDG_DATA_HOME": folder.path, "HOME": folder.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("broken.toml: line 1"))
    }
}
