import Foundation
import Testing

/// The problem codes are stable names users and scripts rely on (`convene check --format json`): each one the core
/// can report is documented in the README's Checks section.
@Suite("Problem codes in the README")
struct ProblemCodesReadmeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every `code: "…"` written in the core's sources.
    static func codes() throws -> Set<String> {
        let folder = root.appendingPathComponent("Sources/PlannerCore")
        var found = Set<String>()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            var rest = text[...]
            while let start = rest.range(of: "code: \"") {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                found.insert(String(rest[..<end]))
            }
        }
        return found
    }

    @Test("every code the checks report is in the README's Checks section, in backticks")
    func documented() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "\n## Checks\n"))
        let end = readme.range(of: "\n## ", range: start.upperBound..<readme.endIndex)?.lowerBound ?? readme.endIndex
        let section = readme[start.upperBound..<end]
        let codes = try Self.codes()
        #expect(codes.count >= 20 && codes.contains("quota") && codes.contains("quorum"))
        let missing = codes.filter { !section.contains("`\($0)`") }.sorted()
        #expect(missing.isEmpty, "not in the README's Checks section: \(missing)")
    }
}
