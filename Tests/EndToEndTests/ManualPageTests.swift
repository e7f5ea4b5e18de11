import ConveneTestSupport
import Foundation
import Testing

/// The man page the README's install step makes: swift-argument-parser's manual tool (which its `generate-manual`
/// plugin builds beside the binary and runs on it) run on the built binary, read as roff and as groff renders it.
@Suite("The man page")
struct ManualPageTests {
    /// The manual tool the `generate-manual` plugin builds into the products folder (`.ci/run` runs the plugin
    /// before the tests; a bare `swift build` does not build it).
    static var tool: URL? {
        guard let binary = try? conveneBinary() else { return nil }
        let tool = binary.deletingLastPathComponent().appendingPathComponent("generate-manual-tool")
        return FileManager.default.isExecutableFile(atPath: tool.path) ? tool : nil
    }

    static let groff = "/usr/bin/groff"

    /// The manual of the built binary, as the plugin writes it (help in English: the C locale), and its folder.
    private func manual() throws -> (roff: String, folder: TempFolder) {
        let folder = TempFolder()
        let tool = try #require(Self.tool)
        let made = try run(tool, [try conveneBinary().path, "--date", "2026-01-01", "--output-directory", folder.path])
        #expect(made.status == 0, "\(made.stderr)")
        let roff = try String(contentsOfFile: folder.file("convene.1"), encoding: .utf8)
        return (roff, folder)
    }

    /// The top-level subcommands, from the help the manual is made of.
    private func subcommands() throws -> [String] {
        let dump = try run(try conveneBinary(), ["--experimental-dump-help"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        let command = try #require(json["command"] as? [String: Any])
        let subcommands = try #require(command["subcommands"] as? [[String: Any]])
        return subcommands.compactMap { $0["commandName"] as? String }
    }

    @Test(.enabled(if: tool != nil, "needs the manual tool: swift package generate-manual --configuration debug"))
    func theManualNamesEveryCommandAndItsOptions() throws {
        let (roff, _) = try manual()
        #expect(roff.contains(".Dt CONVENE 1\n"))
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION"] {
            #expect(roff.contains("\n.Sh \(section)\n"), "\(section)")
        }
        let names = try subcommands()
        #expect(names.contains("merge") && names.contains("diff") && names.contains("agenda"))
        for name in names {
            #expect(roff.contains("\n.It Em \(name)\n"), "\(name)")
        }
        // Options: the plan file, the event, a printout's output file (-o, --output).
        #expect(roff.contains(".It Fl -file Ar path\n"))
        #expect(roff.contains(".It Fl -event Ar event\n"))
        #expect(roff.contains(".It Fl o , -output Ar file\n"))
    }

    @Test(
        .enabled(if: tool != nil, "needs the manual tool: swift package generate-manual --configuration debug"),
        .enabled(if: FileManager.default.isExecutableFile(atPath: groff), "needs groff"))
    func groffRendersTheManualWithoutAWarning() throws {
        let (_, folder) = try manual()
        let page = try Spawn.run(
            [Self.groff, "-mandoc", "-Tutf8", "-ww", "-P-cbou", folder.file("convene.1")],
            environment: ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"])
        #expect(page.status == 0)
        #expect(page.stderr.isEmpty, "\(page.stderr)")
        let lines = page.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("CONVENE(1)") == true)
        #expect(lines.contains { $0.hasPrefix("     merge   Merge two copies of one plan") })
        #expect(lines.contains { $0.hasPrefix("     diff    List the changes from plan A to plan B") })
        #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces) == "-o, --output file" })
        #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces) == "--event event" })
    }

    @Test func theREADMEsInstallStepInstallsTheManualThePluginWrites() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("swift package --allow-writing-to-package-directory generate-manual"))
        #expect(
            readme.contains(
                "install -D -m 644 .build/plugins/GenerateManual/outputs/convene/convene.1 ~/.local/share/man/man1/convene.1"
            ))
    }
}
