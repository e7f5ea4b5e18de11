import Foundation
import PlanFile
import Testing

/// Every hand-made bad file in fuzz/corpus/plan is refused with a clear PlanFileError, never a crash;
/// the seeds named good-* load.
@Suite("Fuzz corpus")
struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fuzz/corpus/plan")

    @Test("each bad plan file gives a clear PlanFileError")
    func corpusFiles() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).sorted()
        #expect(names.count >= 20)
        var refused = 0
        for name in names {
            let data = try Data(contentsOf: Self.corpus.appendingPathComponent(name))
            if name.hasPrefix("good-") {
                #expect(throws: Never.self, "\(name) is a good seed") { try PlanFormat.decode(data, path: name) }
                continue
            }
            do {
                _ = try PlanFormat.decode(data, path: name)
                Issue.record("\(name) was accepted")
            } catch let error as PlanFileError {
                let text = error.description
                #expect(text.hasPrefix(name + ": "), "\(name): \(text)")
                #expect(
                    !text.contains("Swift.DecodingError") && !text.contains("NSCocoaErrorDomain")
                        && !text.contains("codingPath"),
                    "\(name): not a clear message: \(text)")
                refused += 1
            } catch {
                Issue.record("\(name): not a PlanFileError: \(error)")
            }
        }
        print(
            "[reliability] fuzz/corpus/plan: \(refused)/\(names.filter { !$0.hasPrefix("good-") }.count) hand-made bad files refused with a clear PlanFileError"
        )
    }
}
