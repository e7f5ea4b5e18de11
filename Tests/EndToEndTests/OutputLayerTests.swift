import Foundation
import Testing

/// The command line writes to the terminal through `Console` only, so nothing bypasses the sanitising layer.
@Suite("The output layer")
struct OutputLayerTests {
    @Test("no file of Sources/convene but Console.swift prints or writes to stdout or stderr itself")
    func onlyConsoleWrites() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let folder = root.appendingPathComponent("Sources/convene")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        #expect(files.contains("main.swift"))
        for file in files where file != "Console.swift" {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for forbidden in [
                " print(", "(print(", "\tprint(", "FileHandle.standardError", "FileHandle.standardOutput", "fputs(",
                "putchar(",
            ] {
                let hits = text.components(separatedBy: "\n").filter {
                    $0.contains(forbidden) && !$0.contains("Console.")
                        && !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//")
                }
                #expect(hits.isEmpty, "\(file) writes past Console: \(hits)")
            }
        }
    }
}
