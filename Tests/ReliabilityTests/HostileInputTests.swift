import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore
import Printing
import Testing

/// ESC sequences, other C0/C1 controls, bidi overrides and invalid UTF-8 in plan data never reach a terminal raw.
@Suite("Hostile input")
struct HostileInputTests {
    /// Clears the screen, sets the window title, rings the bell, reverses the text direction...
    static let hostile =
        "A\u{1B}[31mRED\u{1B}]0;pwned\u{07}\u{9B}2J\u{85}\u{202E}evil\u{2066}x\u{7F}\u{0}\u{8}B\u{1B}]52;c;SGVsbG8=\u{07}\u{200F}"

    /// The probe's payloads: OSC 52 (write the clipboard), OSC 0 (window title), CSI 2J (clear), C1 CSI, RLO, BEL.
    static let probe = "\u{1B}]52;c;SGVsbG8=\u{07}\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}2J\u{202E}\u{07}"

    /// Every text field of the sample holds the hostile string (as a hand-edited file with \u001b escapes would).
    static func hostileBook() -> Book {
        var book = SampleBook.make()
        let h = hostile
        for i in book.organisations.indices {
            book.organisations[i].name += h
            book.organisations[i].short = (book.organisations[i].short ?? "") + h
            book.organisations[i].branch = h
            book.organisations[i].contact = h
        }
        for i in book.people.indices {
            book.people[i].name += h
            book.people[i].latin = (book.people[i].latin ?? "") + h
            book.people[i].title = h
            book.people[i].phone = "138" + h
            book.people[i].email = h + "@x.cn"
        }
        book.venues[0].name += h
        book.venues[0].address = h
        book.venues[0].notes = h + "\r\nline two"
        book.events[0].title += h
        book.events[0].theme = h
        for i in book.events[0].items.indices {
            book.events[0].items[i].title += h
            book.events[0].items[i].notes = h + "\r\n" + h
            for r in book.events[0].items[i].roles.indices {
                if let topic = book.events[0].items[i].roles[r].topic {
                    book.events[0].items[i].roles[r].topic = topic + h
                }
            }
        }
        return book
    }

    static let printouts: [(args: [String], name: String, allowCR: Bool)] = [
        (["agenda"], "agenda text", false),
        (["agenda", "--format", "markdown"], "agenda markdown", false),
        (["agenda", "--format", "html"], "agenda html", false),
        (["agenda", "--format", "ics"], "agenda ics", true),
        (["agenda", "--format", "json"], "agenda json", false),
        (["people"], "people text", false),
        (["people", "--by-org", "--with-contacts"], "people text by org with contacts", false),
        (["people", "--format", "csv", "--with-contacts"], "people csv", true),
        (["people", "--format", "markdown", "--with-contacts"], "people markdown", false),
        (["people", "--format", "html", "--with-contacts"], "people html", false),
        (["people", "--format", "json", "--with-contacts"], "people json", false),
        (["people", "--sign-in"], "sign-in sheet text", false),
        (["people", "--sign-in", "--format", "html"], "sign-in sheet html", false),
        (["roster", "--with-contacts"], "roster", false),
        (["check"], "check text", false),
        (["check", "--format", "json"], "check json", false),
        (["overview"], "overview", false),
        (["events"], "events", false),
        (["orgs"], "orgs", false),
        (["venues"], "venues", false),
        (["roster", "--format", "json", "--with-contacts"], "roster json", false),
        (["overview", "--format", "json"], "overview json", false),
        (["events", "--format", "json"], "events json", false),
        (["orgs", "--format", "json"], "orgs json", false),
        (["venues", "--format", "json"], "venues json", false),
    ]

    @Test("no printout sends ESC, C1, bidi controls or invalid UTF-8 to the terminal")
    func printoutsAreClean() throws {
        let folder = TempFolder()
        let path = folder.file("plan.json")
        try PlanStore(path: path).save(Self.hostileBook())
        #expect(String(decoding: bytes(path)!, as: UTF8.self).contains("\\u001b"), "the file holds \\u001b escapes")
        var clean = 0, checked = 0
        for p in Self.printouts {
            let ended = try runChild(try convenePath(), p.args + ["--file", path], scratch: folder.path)
            // Every printout listed exists: one the command line no longer takes fails here, it is not left out.
            guard ended.status == 0 || (p.args[0] == "check" && ended.status == 1) else {
                Issue.record("\(p.name): exit \(String(describing: ended.status)) \(ended.stderrText)")
                continue
            }
            checked += 1
            let hazards = terminalHazards(ended.stdout, allowCR: p.allowCR)
            #expect(hazards.isEmpty, "\(p.name) prints \(hazards) raw")
            #expect(terminalHazards(ended.stderr).isEmpty, "\(p.name) stderr: \(ended.stderrText)")
            if hazards.isEmpty { clean += 1 }
            if p.name.contains("html") {
                #expect(!ended.stdoutText.contains("<script"), "html escapes")
            }
        }
        print(
            "[reliability] hostile text (ESC/OSC/BEL/CSI/NEL/RLO/LRI/DEL/NUL/BS) in every field: \(clean)/\(checked) printouts clean (text, markdown, html, ics, csv, sign-in, roster, check, lists; json writes them as \\u escapes)"
        )
    }

    @Test("html and ics escape markup and ics special characters in hostile text")
    func htmlAndICSEscape() throws {
        let folder = TempFolder()
        let path = folder.file("plan.json")
        var book = SampleBook.make()
        book.events[0].title = "<script>alert(1)</script> & \"x\"; a,b\\c" + Self.hostile
        try PlanStore(path: path).save(book)
        let html = try runChild(
            try convenePath(), ["agenda", "--format", "html", "--file", path], scratch: folder.path)
        #expect(html.status == 0)
        #expect(!html.stdoutText.contains("<script>alert"))
        #expect(html.stdoutText.contains("&lt;script&gt;"))
        let ics = try runChild(try convenePath(), ["agenda", "--format", "ics", "--file", path], scratch: folder.path)
        #expect(ics.status == 0)
        let unfolded = ICSText.unfold(ics.stdoutText)
        let summary = unfolded.components(separatedBy: "\r\n").first { $0.contains("alert(1)") } ?? ""
        #expect(summary.contains("a\\,b\\\\c") && summary.contains("\\;"), "ics escapes , ; \\: \(summary)")
        for line in ics.stdoutText.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75, "ics line folded at 75 octets")
        }
    }

    @Test("a plan file with invalid UTF-8 is refused with a clear message")
    func invalidUTF8InPlanFile() throws {
        let folder = TempFolder()
        let path = folder.file("plan.json")
        var data = try PlanFormat.encode(SampleBook.make())
        let at = try #require(data.firstRange(of: Data("程智鹏".utf8)))
        // GB18030 bytes, 0xFF, raw ESC.
        data.replaceSubrange(at, with: Data([0xB3, 0xCC, 0xD6, 0xC7, 0xC5, 0xF4, 0xFF, 0x1B]))
        write(data, to: path)
        let ended = try runChild(try convenePath(), ["agenda", "--file", path], scratch: folder.path)
        #expect(ended.status == 3)
        #expect(ended.stderrText.contains("not UTF-8 text"), "\(ended.stderrText)")
        #expect(terminalHazards(ended.stderr).isEmpty)
        #expect(bytes(path) == data, "left untouched")
        print(
            "[reliability] invalid UTF-8 in the plan file: exit 3 — \(ended.stderrText.trimmingCharacters(in: .whitespacesAndNewlines))"
        )
    }

    @Test("an imported CSV with controls, bidi overrides and invalid UTF-8: refused or cleaned, never printed raw")
    func hostileCSVImport() throws {
        let folder = TempFolder()
        let path = folder.file("plan.json")
        try PlanStore(path: path).save(SampleBook.make())
        let csv = folder.file("roster.csv")
        var rows = Data("name,organisation,status,title\r\n".utf8)
        rows += Data("坏\u{1B}[2J人,o2,member,\u{202E}evil\r\n".utf8)
        rows += Data("\u{9B}31m红,o2,guest,\u{7}bell\r\n".utf8)
        write(rows, to: csv)
        let ok = try runChild(try convenePath(), ["import", "people", "--file", path, csv], scratch: folder.path)
        #expect(
            terminalHazards(ok.stdout).isEmpty && terminalHazards(ok.stderr).isEmpty,
            "\(ok.stdoutText) \(ok.stderrText)")
        var outcome = "controls: exit \(ok.status ?? -1)"
        for args in [["roster", "--with-contacts"], ["people"], ["orgs"]] {
            let out = try runChild(try convenePath(), args + ["--file", path], scratch: folder.path)
            #expect(terminalHazards(out.stdout).isEmpty, "\(args[0]) prints \(terminalHazards(out.stdout))")
        }
        // Invalid UTF-8 in the CSV (not GB18030 either).
        let bad = folder.file("bad.csv")
        write(
            Data("name,organisation,status\r\n".utf8) + Data([0xFF, 0xFE, 0x1B, 0x5B, 0x32, 0x4A])
                + Data(",o2,member\r\n".utf8), to: bad)
        let before = bytes(path)
        let refused = try runChild(
            try convenePath(), ["import", "people", "--file", path, "--encoding", "utf-8", bad], scratch: folder.path)
        #expect(refused.status != 0, "\(refused.stdoutText)")
        #expect(
            terminalHazards(refused.stdout).isEmpty && terminalHazards(refused.stderr).isEmpty, "\(refused.stderrText)")
        #expect(bytes(path) == before, "nothing imported")
        outcome +=
            "; invalid UTF-8: exit \(refused.status ?? -1) — \(refused.stderrText.split(separator: "\n").first ?? "")"
        print("[reliability] hostile CSV import: \(outcome); roster/people/orgs output clean")
    }

    @Test("CSV export of names still round-trips through import")
    func csvRoundTrip() throws {
        let folder = TempFolder()
        let path = folder.file("plan.json")
        var book = SampleBook.make()
        let names = ["徐晓敏", "Smith, John", "O\"Brien", "=SUM(A1)", "-1", "李\u{202E}明"]
        for (i, name) in names.enumerated() {
            book.people.append(Person(id: "p\(50 + i)", name: name, org: "o2", politics: .unrecorded))
            book.events[0].participants.append(Participant(person: "p\(50 + i)", rsvp: .confirmed))
        }
        try PlanStore(path: path).save(book)
        let csv = try runChild(try convenePath(), ["people", "--format", "csv", "--file", path], scratch: folder.path)
        #expect(csv.status == 0)
        let exported = folder.file("people.csv")
        write(csv.stdout, to: exported)
        let fresh = folder.file("fresh.json")
        try PlanStore(path: fresh).save(Book(organisations: SampleBook.make().organisations))
        let imported = try runChild(
            try convenePath(), ["import", "people", "--file", fresh, exported], scratch: folder.path)
        #expect(imported.status == 0, "\(imported.stderrText)")
        let back = Set(try PlanStore(path: fresh).load().people.map(\.name))
        let plain = names.filter { !$0.unicodeScalars.contains { $0.value == 0x202E } }
        let missing = plain.filter { !back.contains($0) }
        #expect(missing.isEmpty, "names lost on the round trip: \(missing); read back \(back.sorted())")
        print(
            "[reliability] CSV round trip of \(plain.count) awkward names (comma, quote, formula, CJK): \(plain.count - missing.count) came back equal"
        )
    }

    /// A plan whose names hold the probe's payloads: two people 张伟… (an ambiguous reference), an organisation,
    /// a room and an event title.
    static func probeBook() -> Book {
        var book = SampleBook.make()
        book.organisations[1].name += probe
        book.organisations[1].short = (book.organisations[1].short ?? "") + probe
        book.people.append(Person(id: "p90", name: "张伟" + probe, org: "o2", politics: .member))
        book.people.append(Person(id: "p91", name: "张伟" + probe + "2", org: "o2", politics: .unrecorded))
        if !book.venues[0].rooms.isEmpty { book.venues[0].rooms[0].name += probe }
        book.events[0].title += probe
        return book
    }

    @Test("no error path sends a control to the terminal: references, candidates, rooms, loads, imports, usage")
    func errorPathsAreClean() throws {
        let folder = TempFolder()
        let path = folder.file("plan.json")
        try PlanStore(path: path).save(Self.probeBook())
        let p = Self.probe
        let clean = folder.file("clean.csv")
        write(Data("name,organisation,status\r\n新人,o2,member\r\n张伟\(p),o2,member\r\n".utf8), to: clean)
        let tidy = folder.file("tidy.csv")
        write(Data("name,organisation,status\r\n新人,o2,member\r\n".utf8), to: tidy)
        let hostileCSV = folder.file("hostile.csv")
        write(Data("name,organisation,status,title\r\n坏\(p),o2,member,\(p)\r\n好,\(p),\(p),x\r\n".utf8), to: hostileCSV)
        // A hand-edited plan: a bad status that holds the payload, as JSON escapes (what the file can hold).
        let edited = folder.file("edited.json")
        let json = String(decoding: try PlanFormat.encode(SampleBook.make()), as: UTF8.self)
        let badStatus = json.replacingOccurrences(
            of: "\"member\"", with: "\"\\u001b]52;c;SGVsbG8=\\u0007\\u001b[2J\\u009b\\u202e\"")
        #expect(badStatus != json)
        write(Data(badStatus.utf8), to: edited)

        // shows: the message quotes the payload (escaped), so the test sees that the path was reached.
        let runs: [(name: String, args: [String], plan: String, shows: Bool)] = [
            ("ambiguous reference, candidates", ["person", "edit", "--person", "张伟", "--title", "x"], path, true),
            ("not found, suggestions", ["person", "edit", "--person", "张伟" + p + "9", "--title", "x"], path, true),
            ("event not found", ["agenda", "--event", "无此活动" + p], path, true),
            ("organisation not found", ["roster", "--org", "无此单位" + p], path, true),
            (
                "room not found, rooms listed",
                [
                    "item", "add", "--event", "e1", "--title", "t", "--start", "09:00", "--minutes", "5", "--room",
                    "礼堂" + p,
                ],
                path, true
            ),
            ("name refused", ["person", "add", "--name", "李" + p, "--org", "o1", "--politics", "member"], path, false),
            (
                "title refused", ["item", "add", "--event", "e1", "--title", p, "--start", "09:00", "--minutes", "5"],
                path, false
            ),
            ("hand-edited plan, load error", ["agenda"], edited, true),
            ("import dry run, organisation names", ["import", "people", "--dry-run", tidy], path, true),
            ("import refusal, payload in a name", ["import", "people", "--dry-run", clean], path, false),
            ("import refusal, values quoted", ["import", "people", hostileCSV], path, true),
            ("import of a missing file", ["import", "people", folder.file(p + ".csv")], path, true),
            ("bad option value", ["agenda", "--format", p], path, true),
            ("unknown option", ["agenda", "--" + p], path, true),
            ("unknown subcommand", [p], path, true),
            ("check", ["check"], path, false),
            ("import summary", ["import", "people", tidy, "--event", "e1"], path, true),
        ]
        for run in runs {
            let ended = try runChild(try convenePath(), run.args + ["--file", run.plan], scratch: folder.path)
            let out = terminalHazards(ended.stdout, allowCR: false, allowTab: true)
            let err = terminalHazards(ended.stderr, allowTab: true)
            #expect(out.isEmpty, "\(run.name): stdout has \(out): \(ended.stdoutText)")
            #expect(err.isEmpty, "\(run.name): stderr has \(err): \(ended.stderrText)")
            #expect(!(ended.stdoutText + ended.stderrText).isEmpty, "\(run.name) says something")
            if run.shows {
                #expect(
                    (ended.stderrText + ended.stdoutText).contains("\\u001b"),
                    "\(run.name) shows the payload escaped: \(ended.stderrText) \(ended.stdoutText.prefix(200))")
            }
        }
        print(
            "[reliability] probe payloads (OSC 52, OSC 0, CSI 2J, C1 CSI, RLO, BEL) through \(runs.count) error paths: no control byte"
        )
    }
}
