import ConveneTestSupport
import Foundation
import Testing

/// Issue 14's scripts: every list command prints JSON with `--format json`, an object carrying `formatVersion`.
@Suite("--format json on every list command")
struct JSONListCommandTests {
    /// The command's JSON parsed, after checking it is an object with `formatVersion` 1 and exactly `keys` on top.
    private func document(
        _ convene: Convene, _ arguments: [String], keys: Set<String>, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [String: Any] {
        let result = try run(
            convene.binary, arguments + ["--format", "json", "--file", convene.plan],
            environment: convene.baseEnvironment)
        #expect(result.status == 0, "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let root = try #require(object as? [String: Any], "\(arguments)", sourceLocation: sourceLocation)
        #expect(root["formatVersion"] as? Int == 1, "\(arguments)", sourceLocation: sourceLocation)
        #expect(Set(root.keys) == keys, "\(arguments)", sourceLocation: sourceLocation)
        return root
    }

    @Test("each list command's JSON parses and carries formatVersion and its keys", .timeLimit(.minutes(10)))
    func everyList() throws {
        let convene = try Convene()
        try convene.ok("init")
        let events = try document(convene, ["events"], keys: ["formatVersion", "events"])
        let event = try #require((events["events"] as? [[String: Any]])?.first)
        #expect(event["id"] as? String == "e1" && event["start"] as? String == "2023-06-16T09:00:00+08:00")
        let orgs = try document(convene, ["orgs"], keys: ["formatVersion", "organisations"])
        #expect((orgs["organisations"] as? [[String: Any]])?.first?["people"] is Int)
        let venues = try document(convene, ["venues"], keys: ["formatVersion", "venues"])
        let rooms = (venues["venues"] as? [[String: Any]])?.first?["rooms"] as? [[String: Any]]
        #expect(rooms?.map { $0["name"] as? String } == ["展厅", "会议室"])
        let roster = try document(convene, ["roster", "--search", "xxm"], keys: ["formatVersion", "people"])
        #expect((roster["people"] as? [[String: Any]])?.map { $0["name"] as? String } == ["徐晓敏"])
        let overview = try document(convene, ["overview"], keys: ["formatVersion", "events"])
        let invited = (overview["events"] as? [[String: Any]])?.first?["organisations"] as? [[String: Any]]
        #expect(invited?.first?["total"] is Int && invited?.first?["part"] is String)
        let people = try document(convene, ["people"], keys: ["formatVersion", "event", "participants"])
        #expect((people["participants"] as? [[String: Any]])?.isEmpty == false)
        let check = try document(convene, ["check"], keys: ["formatVersion", "event", "problems"])
        #expect(check["problems"] is [[String: Any]])
        let all = try document(convene, ["check", "--all-events"], keys: ["formatVersion", "problems"])
        #expect(all["problems"] is [[String: Any]])
        let agenda = try document(convene, ["agenda"], keys: ["formatVersion", "event", "organisations", "items"])
        #expect((agenda["event"] as? [String: Any])?["end"] as? String == "2023-06-16T12:00:00+08:00")
        _ = try document(
            convene, ["attendance"], keys: ["formatVersion", "event", "attendanceRecorded", "total", "organisations"])
    }

    @Test("roster JSON keeps phone and email out unless asked for", .timeLimit(.minutes(10)))
    func rosterContacts() throws {
        let convene = try Convene()
        try convene.ok("init")
        try convene.ok("person", "edit", "--person", "程智鹏", "--phone", "13800000000")
        #expect(!(try convene.ok("roster", "--format", "json")).contains("13800000000"))
        #expect(try convene.ok("roster", "--format", "json", "--with-contacts").contains("\"phone\" : \"13800000000\""))
    }

    @Test("the README documents the JSON of every command that prints it")
    func readme() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "### JSON for scripts").dropFirst().first)
        let table = section.components(separatedBy: "\n## ")[0]
        for command in [
            "events", "orgs", "venues", "roster", "overview", "people", "check", "check --all-events", "agenda",
            "attendance",
        ] {
            #expect(table.contains("| `\(command)` | `formatVersion`"), "\(command)")
        }
    }
}
