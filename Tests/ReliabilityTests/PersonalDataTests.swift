import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore
import Testing

@Suite("Personal data")
struct PersonalDataTests {
    @Test("plan, .bak, .lock and journal files are 0600 even with umask 000; a created folder is 0700")
    func privateFiles() throws {
        let folder = TempFolder()
        let binary = try convenePath()
        let env = ["HOME": folder.path]
        // The default location is created on first use, with umask 000.
        let first = try runChild(
            "/bin/sh", ["-c", "umask 000; exec \"$0\" orgs", binary], environment: env, scratch: folder.path)
        #expect(first.status == 0, "\(first.stderrText)")
        let dir = folder.path + "/.local/share/convene"
        let path = dir + "/plan.json"
        let add = try runChild(
            "/bin/sh", ["-c", "umask 000; exec \"$0\" person add --name 甲 --org o2 --politics masses", binary],
            environment: env, scratch: folder.path)
        #expect(add.status == 0, "\(add.stderrText)")
        let store = PlanStore(path: path)
        // The planner's journal, created as the planner creates it, under umask 000 too.
        let previous = umask(0)
        let made = try PlanJournal.create(forPlan: path, base: PlanFingerprint(try store.readBytes()))
        umask(previous)
        defer { made.remove() }
        let files = [path, store.backupPath, store.lockPath, made.path]
        for f in files { #expect(mode(f) == 0o600, "\(f) is \(String(mode(f), radix: 8))") }
        #expect(mode(dir) == 0o700)
        print(
            "[reliability] modes with umask 000: "
                + files.map { "\(($0 as NSString).lastPathComponent) \(String(mode($0), radix: 8))" }.joined(
                    separator: ", ") + ", folder \(String(mode(dir), radix: 8))")
    }

    @Test("phone numbers and email addresses appear only with --with-contacts")
    func contacts() throws {
        let folder = TempFolder()
        let path = folder.file("plan.json")
        var book = SampleBook.make()
        for i in book.people.indices {
            book.people[i].phone = "+86 139 \(String(format: "%04d", 4000 + i)) 7777"
            book.people[i].email = "secret\(i)@example.cn"
        }
        try PlanStore(path: path).save(book)
        let without: [[String]] = [
            ["agenda"], ["agenda", "--format", "markdown"], ["agenda", "--format", "html"],
            ["agenda", "--format", "ics"],
            ["agenda", "--format", "json"], ["people"], ["people", "--by-org"], ["people", "--format", "csv"],
            ["people", "--format", "markdown"], ["people", "--format", "html"], ["people", "--format", "json"],
            ["people", "--sign-in"], ["people", "--sign-in", "--format", "html"], ["roster"], ["overview"], ["check"],
            ["orgs"], ["events"], ["venues"], ["roster", "--format", "json"], ["overview", "--format", "json"],
        ]
        var checked = 0
        for args in without {
            let e = try runChild(try convenePath(), args + ["--file", path], scratch: folder.path)
            #expect(e.status == 0, "\(args): \(e.stderrText)")
            #expect(!e.stdoutText.contains("7777") && !e.stdoutText.contains("secret"), "\(args) prints contacts")
            checked += 1
        }
        let with: [[String]] = [
            ["people", "--with-contacts"], ["people", "--format", "csv", "--with-contacts"],
            ["people", "--format", "markdown", "--with-contacts"], ["people", "--format", "html", "--with-contacts"],
            ["people", "--format", "json", "--with-contacts"], ["roster", "--with-contacts"],
            ["roster", "--format", "json", "--with-contacts"],
        ]
        for args in with {
            let e = try runChild(try convenePath(), args + ["--file", path], scratch: folder.path)
            #expect(
                e.status == 0 && e.stdoutText.contains("7777") && e.stdoutText.contains("secret"),
                "\(args) shows contacts when asked")
        }
        print(
            "[reliability] contacts: absent from \(checked) printouts without --with-contacts, present in \(with.count) with it"
        )
    }
}
