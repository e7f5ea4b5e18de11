import ConveneTestSupport
import Foundation
import Testing

/// `-o FILE` of every printout through the real binary: the file gets exactly the bytes standard output would have,
/// `-` is standard output, and a path that cannot be written is a usage error in the user's language.
@Suite("Printouts written with -o, end to end")
struct OutputFileTests {
    /// Runs `convene <arguments> --file <plan>` with standard output into `path` (bytes as they are, not text).
    private func printed(_ convene: Convene, _ arguments: [String], to path: String) throws -> Run {
        try run(
            URL(fileURLWithPath: "/bin/sh"),
            ["-c", "\"$0\" \"$@\" > \"\(path)\"", convene.binary.path] + arguments + ["--file", convene.plan],
            environment: convene.baseEnvironment.merging(["SOURCE_DATE_EPOCH": "1686873600"]) { $1 })
    }

    /// Every printout command in each of its formats but xlsx (which has no standard output to compare with).
    static let printouts: [[String]] = [
        ["agenda"], ["agenda", "--format", "markdown"], ["agenda", "--format", "html"], ["agenda", "--format", "ics"],
        ["agenda", "--format", "json"], ["agenda", "--all-events", "--lang", "zh"],
        ["agenda", "--all-events", "--format", "ics"],
        ["people", "--by-org", "--lang", "zh"], ["people", "--format", "csv", "--encoding", "gb18030"],
        ["people", "--format", "markdown"], ["people", "--format", "html"], ["people", "--format", "json"],
        ["people", "--sign-in", "--lang", "zh"], ["people", "--sign-in", "--format", "html"],
        ["check"], ["check", "--format", "json"], ["check", "--all-events", "--lang", "zh"],
        ["overview", "--lang", "zh"], ["overview", "--format", "json"],
        ["events"], ["events", "--format", "json"], ["orgs"], ["orgs", "--format", "json"],
        ["venues"], ["venues", "--format", "json"], ["roster", "--with-contacts"], ["roster", "--format", "json"],
        ["attendance", "--lang", "zh"], ["attendance", "--format", "markdown"], ["attendance", "--format", "html"],
        ["attendance", "--format", "csv"], ["attendance", "--format", "json"],
        ["record", "--lang", "zh"], ["record", "--format", "markdown"], ["record", "--format", "html"],
        ["brief"], ["brief", "--format", "markdown"], ["brief", "--format", "html", "--lang", "zh"],
    ]

    @Test("each printout's -o file holds exactly its standard output; -o - is standard output", .timeLimit(.minutes(5)))
    func sameBytes() throws {
        let convene = try Convene()
        try convene.ok("init")
        for (n, arguments) in Self.printouts.enumerated() {
            let stdout = convene.folder.file("stdout\(n)"), file = convene.folder.file("file\(n)")
            let dash = convene.folder.file("dash\(n)")
            let plain = try printed(convene, arguments, to: stdout)
            let written = try printed(convene, arguments + ["-o", file], to: convene.folder.file("empty\(n)"))
            let dashed = try printed(convene, arguments + ["--output", "-"], to: dash)
            #expect(plain.stderr.isEmpty && (bytes(stdout)?.count ?? 0) > 0, "\(arguments): \(plain.stderr)")
            #expect(written.status == plain.status && written.stderr.isEmpty, "\(arguments): \(written.stderr)")
            #expect(bytes(convene.folder.file("empty\(n)")) == Data(), "\(arguments)")
            #expect(bytes(file) == bytes(stdout) && bytes(dash) == bytes(stdout), "\(arguments)")
            #expect(dashed.status == plain.status, "\(arguments)")
        }
    }

    @Test("a printout of people is 0600, the agenda 0644; an existing file is replaced", .timeLimit(.minutes(2)))
    func modes() throws {
        let convene = try Convene()
        try convene.ok("init")
        let people = convene.folder.file("people.txt"), agenda = convene.folder.file("agenda.md")
        write(Data("old".utf8), to: agenda)
        try convene.ok("people", "-o", people)
        try convene.ok("agenda", "--format", "markdown", "-o", agenda)
        #expect(mode(people) == 0o600 && mode(agenda) == 0o644)
        #expect(bytes(agenda) != Data("old".utf8))
    }

    @Test(
        "a missing folder and a folder without permission, in English and Chinese, exit 2",
        .timeLimit(.minutes(2)), arguments: ["en", "zh"])
    func unwritable(_ lang: String) throws {
        let convene = try Convene(#function + lang)
        try convene.ok("init")
        // A folder of the test's own that is not there: a fixed path such as /nonexistent may exist on a machine.
        let gone = convene.folder.file("gone")
        let missing = try convene("agenda", "-o", gone + "/agenda.txt", "--lang", lang)
        let refused = try convene("people", "--format", "csv", "-o", "/sys/people.csv", "--lang", lang)
        #expect(missing.status == 2 && refused.status == 2 && missing.stdout.isEmpty && refused.stdout.isEmpty)
        if lang == "zh" {
            #expect(missing.stderr == "convene：\(gone)/agenda.txt：文件夹 \(gone) 不存在\n", "\(missing.stderr)")
            #expect(refused.stderr == "convene：/sys/people.csv：无法在 /sys 中创建文件：没有权限\n", "\(refused.stderr)")
        } else {
            #expect(
                missing.stderr == "convene: \(gone)/agenda.txt: the folder \(gone) does not exist\n",
                "\(missing.stderr)")
            #expect(
                refused.stderr == "convene: /sys/people.csv: cannot create a file in /sys: no permission\n",
                "\(refused.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: "/sys/people.csv"))
    }
}
