import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore
import Testing

/// `--encoding` of the CSV printouts through the real binary: the bytes on standard output, and the participant
/// list read back by `convene import people` in every encoding and language.
@Suite("CSV printouts in each encoding, end to end")
struct CSVEncodingCommandTests {
    /// Runs `convene <arguments> --file <plan>` with standard output into `path` (bytes as they are, not text).
    private func export(_ convene: Convene, _ arguments: [String], to path: String) throws -> Run {
        try run(
            URL(fileURLWithPath: "/bin/sh"),
            ["-c", "\"$0\" \"$@\" > \"\(path)\"", convene.binary.path] + arguments + ["--file", convene.plan],
            environment: convene.baseEnvironment)
    }

    @Test(
        "people --format csv in each encoding and language imports back the same people",
        .timeLimit(.minutes(3)), arguments: ["utf-8", "utf-8-bom", "gb18030"], ["en", "zh"])
    func roundTrip(_ encoding: String, _ lang: String) throws {
        let source = try Convene(#function + encoding + lang)
        try source.ok("init")
        let file = source.folder.file("people.csv")
        let exported = try export(
            source, ["people", "--format", "csv", "--with-contacts", "--encoding", encoding, "--lang", lang], to: file)
        #expect(exported.status == 0 && exported.stderr.isEmpty, "\(exported.stderr)")
        let bytes = try #require(FileManager.default.contents(atPath: file))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]) == (encoding == "utf-8-bom"))
        #expect((String(data: bytes, encoding: .utf8) != nil) == (encoding != "gb18030"))
        let sample = try PlanStore(path: source.plan).load()

        let target = try Convene(#function + encoding + lang + "target")
        try target.ok("init", "--empty")
        for org in sample.organisations {
            #expect(try target.ok("org", "add", "--name", org.name, "--short", org.short ?? "") == org.id)
        }
        let result = try target("import", "people", file)
        #expect(result.status == 0, "\(result.stderr)")
        let imported = try PlanStore(path: target.plan).load()
        func fields(_ p: Person) -> [String] {
            [
                p.name, p.latin ?? "", p.org, p.politics.rawValue, p.stage?.rawValue ?? "", p.title ?? "",
                p.phone ?? "", p.email ?? "",
            ]
        }
        let participants = sample.events[0].participants.compactMap { sample.person($0.person) }
        #expect(Set(imported.people.map(fields)) == Set(participants.map(fields)))
        #expect(imported.people.count == participants.count)
    }

    @Test("csv_encoding in config.toml is the default; --encoding outranks it", .timeLimit(.minutes(2)))
    func configDefault() throws {
        let convene = try Convene()
        try convene.ok("init")
        let folder = convene.folder.file("home/.config/convene")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        write(Data("csv_encoding = \"gb18030\" # for the old office PC\n".utf8), to: folder + "/config.toml")
        let file = convene.folder.file("a.csv")
        #expect(try export(convene, ["attendance", "--format", "csv", "--lang", "zh"], to: file).status == 0)
        let gb = try #require(FileManager.default.contents(atPath: file))
        #expect(Array(gb.prefix(4)) == [0xB5, 0xA5, 0xCE, 0xBB], "单位 in GB18030")
        #expect(try export(convene, ["attendance", "--format", "csv", "--encoding", "utf-8"], to: file).status == 0)
        #expect(FileManager.default.contents(atPath: file)?.starts(with: Array("Organisation,".utf8)) == true)
    }

    @Test("--encoding with a format that is not CSV is refused in the user's language", .timeLimit(.minutes(2)))
    func notCSV() throws {
        let convene = try Convene()
        try convene.ok("init")
        let english = try convene("people", "--encoding", "gb18030")
        #expect(english.status == 2 && english.stdout.isEmpty)
        #expect(english.stderr.contains("--encoding goes with --format csv"), "\(english.stderr)")
        let chinese = try convene("attendance", "--format", "html", "--encoding", "utf-8", "--lang", "zh")
        #expect(chinese.status == 2 && chinese.stderr.contains("--encoding 只能与 --format csv 一起使用"), "\(chinese.stderr)")
        let unknown = try convene("people", "--format", "csv", "--encoding", "gbk")
        #expect(unknown.status == 2 && unknown.stderr.contains("gbk"), "\(unknown.stderr)")
    }
}
