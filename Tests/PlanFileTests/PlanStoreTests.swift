import ConveneTestSupport
import Foundation
import Phrasebook
import PlanFile
import PlannerCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// What `load()` of a file holding `contents` throws, with the check that neither load nor update touched it.
private func loadError(_ contents: Data, name: String = "plan.json", sourceLocation: SourceLocation = #_sourceLocation)
    -> PlanFileError?
{
    let folder = TempFolder()
    let path = folder.file(name)
    write(contents, to: path)
    let store = PlanStore(path: path)
    var found: PlanFileError?
    do {
        _ = try store.load()
        Issue.record("the file loaded", sourceLocation: sourceLocation)
    } catch let error as PlanFileError {
        found = error
    } catch {
        Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
    }
    // A writer must refuse the same file, and leave it as it was.
    #expect(throws: PlanFileError.self, sourceLocation: sourceLocation) {
        try store.update { book in book.organisations.append(Organisation(id: "o99", name: "新单位")) }
    }
    #expect(bytes(path) == contents, "the file's bytes are untouched", sourceLocation: sourceLocation)
    #expect(
        folder.names.filter { $0 != name + ".lock" } == [name], "no backup or temp file was made",
        sourceLocation: sourceLocation)
    return found
}

private func sampleData() throws -> Data { try PlanFormat.encode(SampleBook.make()) }

@Suite("Plan store: reading bad files")
struct BadFileTests {
    @Test("a missing file")
    func missing() throws {
        let folder = TempFolder()
        let path = folder.file("nothing.json")
        #expect(throws: PlanFileError.missing(path: path)) { try PlanStore(path: path).load() }
        #expect(PlanFileError.missing(path: path).description.hasPrefix("\(path): no such plan file."))
        #expect(folder.names.isEmpty, "reading does not create the file")
    }

    @Test("a folder instead of a file")
    func folder() throws {
        let folder = TempFolder()
        let path = folder.file("plan.json")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        let error = PlanFileError.notAFile(path: path, kind: tr("a folder"))
        #expect(throws: error) { try PlanStore(path: path).load() }
        #expect(
            error.description
                == "\(path): cannot be read (it is a folder, not a file). Give --file the path of a plan file; to start a new plan, run 'convene init --file <new path>'."
        )
    }

    @Test("a file that cannot be read (chmod 000)")
    func unreadable() throws {
        let folder = TempFolder()
        let path = folder.file("plan.json")
        let data = try sampleData()
        write(data, to: path)
        chmod(path, 0)
        if getuid() == 0 {
            // Root ignores permissions, so the file can be read: the store must still read it correctly.
            #expect(try PlanStore(path: path).load() == SampleBook.make())
        } else {
            #expect(throws: PlanFileError.unreadable(path: path, reason: tr("no permission"))) {
                try PlanStore(path: path).load()
            }
        }
        chmod(path, 0o600)
        #expect(bytes(path) == data)
    }

    @Test("an empty file")
    func empty() throws {
        let error = try #require(loadError(Data()))
        guard case .notJSON(let path, _, _) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(
            error.description
                == "\(path): is not a Convene plan (not valid JSON: the file is empty). The file was left untouched; fix it by hand."
        )
    }

    @Test("a file that is not JSON")
    func notJSON() throws {
        let error = try #require(loadError(Data("日程：上午九点集合\n".utf8)))
        guard case .notJSON(_, let detail, _) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(detail.description == "unexpected text at line 1, column 1")
        #expect(
            error.description.contains(
                "plan.json: is not a Convene plan (not valid JSON: unexpected text at line 1, column 1)."))
        let typo = try #require(loadError(Data("{\n  \"formatVersion\" : 1,\n  \"people\" : [ 徐 ]\n}\n".utf8)))
        #expect(
            typo.inEnglish == .notJSON(path: pathOfAny(typo), detail: .verbatim("unexpected text at line 3, column 16"))
        )
    }

    @Test("a truncated JSON file")
    func truncated() throws {
        let data = try sampleData()
        let error = try #require(loadError(data.prefix(data.count / 2)))
        guard case .notJSON(_, let detail, _) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(detail.description == "it ends too early; the file may have been cut off")
    }

    @Test("a JSON array at the top level")
    func arrayAtTop() throws {
        let error = try #require(loadError(Data("[1, 2, 3]".utf8)))
        guard case .invalid(let path, let location, let detail, _) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(location.description == "the top level")
        #expect(detail.description == "expected an object")
        #expect(
            error.description
                == "\(path): at the top level: expected an object. The file was left untouched; fix that entry."
        )
    }

    @Test("a JSON object with no formatVersion")
    func noFormatVersion() throws {
        let error = try #require(loadError(Data(#"{"organisations": [], "people": []}"#.utf8)))
        guard case .invalid(_, let location, let detail, _) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(location.description == "the top level")
        #expect(detail.description == "there is no formatVersion; this does not look like a Convene plan")
    }

    @Test("a formatVersion that is not a number")
    func formatVersionText() throws {
        let error = try #require(loadError(try editingJSON(try sampleData(), at: ["formatVersion"], to: "1")))
        guard case .invalid(_, let location, let detail, _) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(location.description == "formatVersion")
        #expect(detail.description == "expected a whole number")
    }

    @Test("a file from a newer Convene (formatVersion 99)")
    func newerVersion() throws {
        let error = try #require(loadError(try editingJSON(try sampleData(), at: ["formatVersion"], to: 99)))
        guard case .newerVersion(let path, 99, 2) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(
            error.description
                == "\(path): was written by a newer Convene (format version 99; this one reads up to 2). Upgrade Convene; the file was left untouched."
        )
    }

    @Test("formatVersion 0 was never written")
    func versionZero() throws {
        let error = try #require(loadError(try editingJSON(try sampleData(), at: ["formatVersion"], to: 0)))
        guard case .invalid(_, let location, let detail, _) = error, location.description == "formatVersion" else {
            Issue.record("\(error)")
            return
        }
        #expect(detail.description == "0 is not a version Convene ever wrote")
    }

    @Test("a value of the wrong type names its path")
    func wrongType() throws {
        let error = try #require(
            loadError(try editingJSON(try sampleData(), at: ["events", 0, "items", 1, "start"], to: 930)))
        guard case .invalid(let path, let location, let detail, _) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(location.description == "events[0].items[1].start")
        #expect(detail.description == "expected text")
        #expect(
            error.description
                == "\(path): at events[0].items[1].start: expected text. The file was left untouched; fix that entry."
        )
    }

    @Test("a list where an object belongs, and null where text belongs")
    func otherWrongTypes() throws {
        let list = try #require(loadError(try editingJSON(try sampleData(), at: ["people", 2], to: ["徐晓敏"])))
        #expect(
            list.inEnglish
                == .invalid(
                    path: pathOf(list), location: .verbatim("people[2]"), detail: .verbatim("expected an object")))
        let null = try #require(loadError(try editingJSON(try sampleData(), at: ["people", 2, "name"], to: NSNull())))
        #expect(
            null.inEnglish
                == .invalid(
                    path: pathOf(null), location: .verbatim("people[2].name"),
                    detail: .verbatim("expected text, found null")))
        let people = try #require(loadError(try editingJSON(try sampleData(), at: ["people"], to: "everyone")))
        #expect(
            people.inEnglish
                == .invalid(path: pathOf(people), location: .verbatim("people"), detail: .verbatim("expected a list")))
    }

    @Test("a missing required field names its path")
    func missingField() throws {
        let error = try #require(
            loadError(try editingJSON(try sampleData(), at: ["events", 0, "items", 2, "title"], to: nil)))
        #expect(
            error.inEnglish
                == .invalid(
                    path: pathOf(error), location: .verbatim("events[0].items[2].title"),
                    detail: .verbatim("the required field 'title' is missing")))
        let top = try #require(loadError(try editingJSON(try sampleData(), at: ["venues"], to: nil)))
        #expect(
            top.inEnglish
                == .invalid(
                    path: pathOf(top), location: .verbatim("venues"),
                    detail: .verbatim("the required field 'venues' is missing")))
    }

    @Test("an impossible date or time names its path")
    func badDate() throws {
        let date = try #require(
            loadError(try editingJSON(try sampleData(), at: ["events", 0, "date"], to: "2023-02-29")))
        #expect(
            date.inEnglish
                == .invalid(
                    path: pathOf(date), location: .verbatim("events[0].date"),
                    detail: .verbatim("'2023-02-29' is not a date of the form YYYY-MM-DD")))
        let time = try #require(
            loadError(try editingJSON(try sampleData(), at: ["events", 0, "items", 3, "start"], to: "25:70")))
        #expect(
            time.inEnglish
                == .invalid(
                    path: pathOf(time), location: .verbatim("events[0].items[3].start"),
                    detail: .verbatim("'25:70' is not a time of the form HH:MM (00:00–24:00)")))
    }

    @Test("an unknown kind or part names its path")
    func badEnum() throws {
        let error = try #require(
            loadError(try editingJSON(try sampleData(), at: ["events", 0, "items", 0, "kind"], to: "picnic")))
        guard case .unknownValue(_, let location, "picnic", _, _) = error,
            location.description == "events[0].items[0].kind"
        else {
            Issue.record("\(error)")
            return
        }
    }

    @Test("a dangling reference is reported with its path")
    func danglingReference() throws {
        let error = try #require(
            loadError(
                try editingJSON(try sampleData(), at: ["events", 0, "items", 0, "roles", 0, "person"], to: "p99")))
        guard case .inconsistent(let path, let problems, _) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(
            problems.map(\.description) == ["events[0].items[0].roles[0].person: 'p99' is not a person in this file"])
        #expect(
            error.description == """
                \(path): the plan does not hold together (1 problem):
                  events[0].items[0].roles[0].person: 'p99' is not a person in this file
                The file was left untouched; fix these entries.
                """)
    }

    @Test("an event in a time zone Foundation does not know is refused, naming the event; both readers agree")
    func unknownTimeZone() throws {
        let written = String(decoding: try sampleData(), as: UTF8.self)
        let edited = written.replacingOccurrences(of: "\"tz\" : \"Asia/Shanghai\"", with: "\"tz\" : \"Mars/Olympus\"")
        #expect(edited != written)
        let problem =
            "events[0].tz: event e1 '党建强堡垒 促发展 联建交流活动' is in the time zone 'Mars/Olympus', which Convene does not know; use an IANA zone such as Asia/Shanghai"
        // Convene's own layout goes through the fast reader, any other through JSONDecoder: both refuse it alike.
        let relaid = try editingJSON(try sampleData(), at: ["events", 0, "tz"], to: "Mars/Olympus")
        for contents in [Data(edited.utf8), relaid] {
            let error = try #require(loadError(contents))
            guard case .inconsistent(_, let problems, _) = error else {
                Issue.record("\(error)")
                continue
            }
            #expect(problems.map(\.description) == [problem])
        }
        #expect(reading(edited, fast: true) == reading(edited, fast: false))
        #expect(reading(edited, fast: true).contains(problem))
    }

    @Test(
        "durations too big to add to a start time are refused, not a crash", arguments: [Int.max, Int.max - 100, 1441])
    func hugeMinutes(minutes: Int) throws {
        let item = try #require(
            loadError(try editingJSON(try sampleData(), at: ["events", 0, "items", 0, "minutes"], to: minutes)))
        guard case .inconsistent(_, let itemProblems, _) = item else {
            Issue.record("\(item)")
            return
        }
        #expect(itemProblems.map(\.description) == ["events[0].items[0].minutes: must be at least 1 and end by 24:00"])
        let speech = try #require(
            loadError(
                try editingJSON(try sampleData(), at: ["events", 0, "items", 2, "roles", 1, "minutes"], to: minutes)))
        guard case .inconsistent(_, let speechProblems, _) = speech else {
            Issue.record("\(speech)")
            return
        }
        #expect(
            speechProblems.map(\.description) == [
                "events[0].items[2].roles[1].minutes: a speech lasts 1 to 1440 minutes (got \(minutes))"
            ]
        )
    }

    @Test("a duplicate id is reported with its path")
    func duplicateID() throws {
        let error = try #require(loadError(try editingJSON(try sampleData(), at: ["people", 1, "id"], to: "p1")))
        guard case .inconsistent(_, let problems, _) = error else {
            Issue.record("\(error)")
            return
        }
        // p2 is gone, so the events' references to it dangle too.
        #expect(problems.first?.description == "people[1].id: the id 'p1' is used twice")
        #expect(
            problems.map(\.description).contains("events[0].participants[1].person: 'p2' is not a person in this file"))
    }

    @Test("many problems are summed up after the first ten")
    func manyProblems() {
        let problems = (1...12).map { Phrase.verbatim("people[\($0)].org: 'o9' is not an organisation in this file") }
        let text = PlanFileError.inconsistent(path: "/tmp/plan.json", problems: problems).description
        #expect(text.hasPrefix("/tmp/plan.json: the plan does not hold together (12 problems):\n"))
        #expect(text.contains("  … and 2 more\n"))
        #expect(!text.contains("people[11]"))
    }

    private func pathOfAny(_ error: PlanFileError) -> String {
        if case .notJSON(let path, _, _) = error { return path }
        return "?"
    }

    private func pathOf(_ error: PlanFileError) -> String {
        if case .invalid(let path, _, _, _) = error { return path }
        return "?"
    }
}

@Suite("Plan store: saving")
struct SaveTests {
    @Test("a saved file is private (0600) and reads back as the same book")
    func saveMode() throws {
        let folder = TempFolder()
        let store = PlanStore(path: folder.file("plan.json"))
        let old = umask(0o022)
        defer { umask(old) }
        try store.save(SampleBook.make())
        #expect(mode(store.path) == 0o600)
        #expect(try store.load() == SampleBook.make())
        #expect(folder.names == ["plan.json"], "no temp file is left behind and there is nothing to back up yet")
    }

    @Test("the second save keeps the previous version as plan.json.bak, also 0600")
    func backup() throws {
        let folder = TempFolder()
        let store = PlanStore(path: folder.file("plan.json"))
        try store.save(Book())
        let first = try #require(bytes(store.path))
        let sample = SampleBook.make()
        try store.save(sample)
        #expect(bytes(store.backupPath) == first)
        #expect(try store.load() == sample)
        #expect(mode(store.path) == 0o600 && mode(store.backupPath) == 0o600)
        let second = try #require(bytes(store.path))
        var third = sample
        third.organisations[0].name = "广州市科协（改）"
        try store.save(third)
        #expect(bytes(store.backupPath) == second)
        #expect(bytes(store.backupPath(1)) == first, "the one before is plan.json.bak.1")
        #expect(folder.names == ["plan.json", "plan.json.bak", "plan.json.bak.1"], "no temp files are left behind")
    }

    @Test("saving the same book again writes the same bytes")
    func byteIdenticalResave() throws {
        let folder = TempFolder()
        let store = PlanStore(path: folder.file("plan.json"))
        try store.save(SampleBook.make())
        let first = try #require(bytes(store.path))
        try store.save(try store.load())
        #expect(bytes(store.path) == first)
        #expect(bytes(store.backupPath) == first)
    }

    @Test("saving creates missing folders, private (0700)")
    func createsFolders() throws {
        let folder = TempFolder()
        let store = PlanStore(path: folder.file("a/b/plan.json"), identities: PlanIdentity { "plan-1" })
        try store.save(Book())
        #expect(mode(folder.file("a/b")) == 0o700)
        #expect(try store.load() == Book(identity: "plan-1"), "a plan read without an identity is given one")
    }

    @Test("saving into a path whose folder is a file fails clearly")
    func folderIsAFile() throws {
        let folder = TempFolder()
        write(Data("x".utf8), to: folder.file("notafolder"))
        let store = PlanStore(path: folder.file("notafolder/plan.json"))
        #expect(
            throws: PlanFileError.writeFailed(
                path: store.path, reason: tr("\(folder.file("notafolder")) is not a folder"))
        ) {
            try store.save(Book())
        }
    }

    @Test("loadOrCreate creates the file once and never overwrites it")
    func loadOrCreate() throws {
        let folder = TempFolder()
        let store = PlanStore(path: folder.file("convene/plan.json"), identities: PlanIdentity { "plan-1" })
        var sample = SampleBook.make()
        sample.identity = "plan-1"
        #expect(try store.loadOrCreate(SampleBook.make) == sample, "a plan made from the sample has its own identity")
        #expect(mode(store.path) == 0o600)
        try store.save(Book(identity: "plan-2"))
        #expect(try store.loadOrCreate(SampleBook.make) == Book(identity: "plan-2"))
        write(Data("broken".utf8), to: store.path)
        #expect(throws: PlanFileError.self) { try store.loadOrCreate(SampleBook.make) }
        #expect(bytes(store.path) == Data("broken".utf8))
    }

    @Test("update saves only when the book changed, and not at all when the change throws")
    func update() throws {
        let folder = TempFolder()
        let store = PlanStore(path: folder.file("plan.json"))
        try store.save(SampleBook.make())
        let before = try #require(bytes(store.path))
        let count = try store.update { book in book.people.count }
        #expect(count == 19)
        #expect(!FileManager.default.fileExists(atPath: store.backupPath), "an unchanged book is not written")
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try store.update { book in
                book.people.removeAll()
                throw Stop()
            }
        }
        #expect(bytes(store.path) == before)
        try store.update { book in book = try book.applying(.removePerson(id: "p19")) }
        #expect(try store.load().people.count == 18)
        #expect(bytes(store.backupPath) == before)
    }
}

@Suite("Plan store: the lock")
struct LockTests {
    @Test("a writer that cannot get the lock in time gives up with .locked")
    func lockTimeout() throws {
        let folder = TempFolder()
        let path = folder.file("plan.json")
        let holder = PlanStore(path: path)
        try holder.save(SampleBook.make())
        let before = try #require(bytes(path))
        var waiter = PlanStore(path: path)
        waiter.lockTimeout = 0.2
        let started = Date()
        try holder.withLock {
            #expect(throws: PlanFileError.locked(path: path, seconds: 0.2)) {
                try waiter.update { book in book.people.removeAll() }
            }
        }
        #expect(Date().timeIntervalSince(started) >= 0.2)
        #expect(bytes(path) == before)
        #expect(
            PlanFileError.locked(path: path, seconds: 5).description
                == "\(path): another convene is changing this plan (waited 5 s). Try again when it has finished.")
        // Once released, the lock can be taken again.
        try waiter.update { book in book = try book.applying(.removePerson(id: "p19")) }
        #expect(try holder.load().people.count == 18)
    }

    @Test("two processes each adding 50 people at once lose no update", .timeLimit(.minutes(10)))
    func twoProcesses() async throws {
        let binary = try conveneBinary()
        let folder = TempFolder()
        let path = folder.file("plan.json")
        try PlanStore(path: path).save(Book(organisations: [Organisation(id: "o1", name: "广东省电子信息行业协会")]))

        /// One shell loop of 50 `person add`, through Spawn (Foundation's Process can hang on Linux: see Spawn.swift).
        func writer(_ prefix: String) -> Int32 {
            let loop = """
                i=1
                while [ $i -le 50 ]; do
                  "$CONVENE" person add --file "$PLAN" --name "\(prefix)$i" --org o1 --politics member >/dev/null || exit 1
                  i=$((i + 1))
                done
                """
            let environment = [
                "CONVENE": binary.path, "PLAN": path, "LANG": "C.UTF-8", "TZ": "UTC", "PATH": "/usr/bin:/bin",
                "HOME": folder.path,
            ]
            return (try? Spawn.run(["/bin/sh", "-c", loop], environment: environment).status) ?? -1
        }
        // Both loops at once, each on its own thread.
        let statuses = await withTaskGroup(of: Int32.self) { group in
            for prefix in ["甲", "乙"] { group.addTask { writer(prefix) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(statuses == [0, 0])
        let book = try PlanStore(path: path).load()
        #expect(book.people.count == 100)
        let names = Set(book.people.map(\.name))
        let expected = Set((1...50).flatMap { ["甲\($0)", "乙\($0)"] })
        #expect(names == expected)
        #expect(Set(book.people.map(\.id)).count == 100, "every person got their own id")
        #expect(folder.names.allSatisfy { !$0.hasSuffix(".tmp") }, "no temp files are left behind: \(folder.names)")
    }
}

@Suite("Default location")
struct LocationTests {
    @Test("CONVENE_FILE, then XDG_DATA_HOME, then HOME")
    func defaultPath() {
        #expect(
            PlanLocation.defaultPath(environment: ["CONVENE_FILE": "/x/p.json", "XDG_DATA_HOME": "/d", "HOME": "/h"])
                == "/x/p.json")
        #expect(PlanLocation.defaultPath(environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]) == "/d/convene/plan.json")
        #expect(
            PlanLocation.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"])
                == "/h/.local/share/convene/plan.json")
        #expect(
            PlanLocation.defaultPath(environment: ["CONVENE_FILE": "", "HOME": "/h"])
                == "/h/.local/share/convene/plan.json")
    }
}

extension PlanFileError {
    /// The error with its place and detail as English text, to compare with the texts a test expects.
    fileprivate var inEnglish: PlanFileError {
        switch self {
        case let .invalid(path, location, detail, backup):
            return .invalid(
                path: path, location: .verbatim(location.description), detail: .verbatim(detail.description),
                backup: backup)
        case let .notJSON(path, detail, backup):
            return .notJSON(path: path, detail: .verbatim(detail.description), backup: backup)
        default: return self
        }
    }
}
