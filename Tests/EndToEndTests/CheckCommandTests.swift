import ConveneTestSupport
import Foundation
import Testing

@Suite("convene check")
struct CheckCommandTests {
    @Test(
        "the sample has no errors: exit 0; two items in one room at once make it exit 1 with the diagnostic, in text and json"
    )
    func exitCodes() throws {
        let folder = TempFolder()
        let file = folder.file("plan.json")
        let convene = try conveneBinary()
        #expect(try run(convene, ["init", "--file", file]).status == 0)
        let clean = try run(convene, ["check", "--file", file])
        #expect(clean.status == 0)
        #expect(clean.stdout.contains("0 errors, 0 warnings, 1 note"))

        #expect(
            try run(convene, ["item", "edit", "--file", file, "--item", "i2", "--minutes", "70", "--room", "会议室"])
                .status == 0)
        let broken = try run(convene, ["check", "--file", file])
        #expect(broken.status == 1)
        #expect(
            broken.stdout.contains(
                "error: [overlap] '参观冼星海故乡纪念馆' (09:20–10:30) uses 会议室 at the same time as '党建座谈会' (10:20–11:20); move one or give it another room  (i2, i3)"
            ))

        let json = try run(convene, ["check", "--file", file, "--format", "json"])
        #expect(json.status == 1)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(root["formatVersion"] as? Int == 1)
        #expect((root["event"] as? [String: Any])?["id"] as? String == "e1")
        let rows = try #require(root["problems"] as? [[String: Any]])
        let overlap = try #require(rows.first { $0["code"] as? String == "overlap" })
        #expect(overlap["severity"] as? String == "error")
        #expect(overlap["ids"] as? [String] == ["i2", "i3"])
    }
}
