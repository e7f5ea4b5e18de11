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

    @Test(
        "an installed binary alone in a folder, run from another, has its five themes; the current directory's themes/ is never read",
        .timeLimit(.minutes(2)))
    func installedBinaryHasItsThemes() throws {
        let folder = TempFolder()
        let bin = folder.file("bin")
        let elsewhere = folder.file("elsewhere")
        for path in [bin, elsewhere + "/themes"] {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        let copy = bin + "/convene"
        try FileManager.default.copyItem(atPath: try conveneBinary().path, toPath: copy)
        // A trap: a themes/ folder in the current directory with a broken dark.toml.
        try "[title\n".write(toFile: elsewhere + "/themes/dark.toml", atomically: true, encoding: .utf8)
        let env = ["HOME": folder.path, "XDG_DATA_DIRS": folder.file("nothing")]
        for theme in ["default", "light", "dark", "high-contrast", "mono"] {
            let result = try run(copy, ["--theme", theme], in: elsewhere, environment: env)
            // Past the theme, the planner stops at the missing terminal: the theme was found and read.
            #expect(result.stderr.contains("must be a terminal"), "\(theme): \(result.stderr)")
            #expect(!result.stderr.contains("theme"), "\(theme): \(result.stderr)")
        }
        // A user's theme in $XDG_DATA_DIRS/convene/themes is found by name.
        let data = folder.file("share")
        try FileManager.default.createDirectory(atPath: data + "/convene/themes", withIntermediateDirectories: true)
        try "name = \"projector\"\n".write(
            toFile: data + "/convene/themes/projector.toml", atomically: true, encoding: .utf8)
        let mine = try run(
            copy, ["--theme", "projector"], in: elsewhere, environment: ["HOME": folder.path, "XDG_DATA_DIRS": data])
        #expect(mine.stderr.contains("must be a terminal"), "\(mine.stderr)")
    }
}

/// Runs `program` with `arguments` from the folder `directory`, in a clean environment plus `extra`.
private func run(_ program: String, _ arguments: [String], in directory: String, environment extra: [String: String])
    throws
    -> Run
{
    var env = ["LANG": "C.UTF-8", "TZ": "UTC", "PATH": "/usr/bin:/bin"]
    for (k, v) in extra { env[k] = v }
    return try Spawn.run(
        ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory, program] + arguments, environment: env)
}
