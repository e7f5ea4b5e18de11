import ConveneTestSupport
import Foundation
import Testing

/// Tab completion of references from the plan, through the real binary's completion protocol (the hidden
/// `---completion` subcommand the generated scripts call) and through the generated bash script itself.
@Suite("Shell completion of plan references")
struct ShellCompletionTests {
    /// A folder holding the sample plan (`convene init`) and an empty home, and the binary.
    struct Sample {
        let convene: Convene
        var plan: String { convene.plan }
        var home: String { convene.folder.file("home") }

        init(_ name: String = #function) throws {
            convene = try Convene(name)
            try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
            try convene.ok("init")
        }

        /// What the binary offers for the last of `words` (the command line typed so far, the word being completed
        /// last), as the generated scripts ask it: `convene ---completion SUBCOMMANDS -- OPTION INDEX CURSOR WORDS`.
        func offered(
            _ words: [String], for option: String, shell: String? = nil, environment: [String: String] = [:]
        ) throws -> Run {
            let subcommands = words.dropFirst().prefix { !$0.hasPrefix("-") }
            let index = words.count - 1
            let cursor = words[index].count
            var env = ["HOME": home, "LANG": "C.UTF-8", "TZ": "UTC"].merging(environment) { $1 }
            if let shell { env["SAP_SHELL"] = shell }
            return try run(
                convene.binary,
                ["---completion"] + subcommands + ["--", option, "\(index)", "\(cursor)"] + words,
                environment: env)
        }

        /// The candidates, one a line, for completing `option` after `command` on the sample plan.
        func candidates(_ command: String..., option: String, typed: String = "", shell: String? = nil) throws
            -> [String]
        {
            let result = try offered(
                ["convene"] + command + ["--file", plan, option, typed], for: option, shell: shell)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.isEmpty, "\(result.stderr)")
            return ShellCompletionTests.lines(result.stdout)
        }
    }

    /// The candidates a reply holds, one a line (a reply with none is one empty line).
    static func lines(_ reply: String) -> [String] { reply.split(separator: "\n").map(String.init) }

    @Test func anEventOptionOffersTheEventIDsOfThePlan() throws {
        let sample = try Sample()
        #expect(try sample.candidates("agenda", option: "--event") == ["e1"])
        #expect(try sample.candidates("event", "remove", option: "--event") == ["e1"])
        #expect(try sample.candidates("import", "people", option: "--event") == ["e1"])
    }

    @Test func anOrganisationOptionOffersEveryOrganisation() throws {
        let sample = try Sample()
        let orgs = (1...7).map { "o\($0)" }
        #expect(try sample.candidates("person", "add", option: "--org") == orgs)
        #expect(try sample.candidates("event", "invite", option: "--org") == orgs)
        #expect(try sample.candidates("org", "remove", option: "--org") == orgs)
        #expect(try sample.candidates("participant", "add", option: "--all-from") == orgs)
    }

    @Test func aPersonOptionOffersEveryPerson() throws {
        let sample = try Sample()
        let people = try sample.candidates("item", "assign", option: "--person")
        #expect(people.first == "p1")
        #expect(people.contains("p12"))
        #expect(people.allSatisfy { $0.hasPrefix("p") && Int($0.dropFirst()) != nil })
        #expect(try sample.candidates("person", "edit", option: "--person") == people)
        #expect(try sample.candidates("participant", "sign-in", option: "--person") == people)
        #expect(try sample.candidates("participant", "leave", option: "--approved-by") == people)
    }

    @Test func aListOfPeopleCompletesItsLastEntry() throws {
        let sample = try Sample()
        let offered = try sample.candidates("item", "reorder", option: "--people", typed: "p3,p1,")
        #expect(offered.first == "p3,p1,p1")
        #expect(offered.contains("p3,p1,p2"))
        #expect(offered.allSatisfy { $0.hasPrefix("p3,p1,p") })
    }

    @Test func anItemOptionOffersTheItemsOfTheEventNamed() throws {
        let sample = try Sample()
        #expect(try sample.candidates("item", "edit", option: "--item") == ["i1", "i2", "i3", "i4"])
        #expect(
            try sample.convene.ok(
                "event", "add", "--title", "秋季学习会", "--date", "2023-09-20", "--start", "14:00", "--end", "16:00",
                "--template") == "e2")
        // Two events and none named: every item; one named (by id or by title, as --event takes it): its own.
        #expect(try sample.candidates("item", "move", option: "--item") == (1...8).map { "i\($0)" })
        let second = try sample.offered(
            ["convene", "item", "remove", "--file", sample.plan, "--event", "秋季", "--item", ""], for: "--item")
        #expect(Self.lines(second.stdout) == ["i5", "i6", "i7", "i8"])
        let first = try sample.offered(
            ["convene", "item", "remove", "--file", sample.plan, "--event=e1", "--item", ""], for: "--item")
        #expect(Self.lines(first.stdout) == ["i1", "i2", "i3", "i4"])
    }

    @Test func aVenueOptionOffersTheVenues() throws {
        let sample = try Sample()
        #expect(try sample.candidates("venue", "room", "add", option: "--venue") == ["v1"])
        #expect(try sample.candidates("event", "edit", option: "--venue") == ["v1"])
    }

    @Test func zshAndFishShowEachRecordsNameBesideItsID() throws {
        let sample = try Sample()
        let zsh = try sample.candidates("event", "invite", option: "--org", shell: "zsh")
        #expect(zsh.first == "o1:广州市科学技术协会")
        #expect(zsh.contains("o7:冼星海故乡纪念馆"))
        let fish = try sample.candidates("agenda", option: "--event", shell: "fish")
        #expect(fish == ["e1\t2023-06-16  党建强堡垒 促发展 联建交流活动"])
        let person = try sample.candidates("item", "assign", option: "--person", shell: "fish")
        #expect(person.contains { $0.hasPrefix("p1\t") && $0.hasSuffix(")") })
        let items = try sample.candidates("item", "edit", option: "--item", shell: "zsh")
        #expect(items.first == "i1:09:00  重温入党誓词")
        // bash shows bare words: the ids alone.
        #expect(try sample.candidates("item", "edit", option: "--item", shell: "bash") == ["i1", "i2", "i3", "i4"])
    }

    @Test func theCandidatesAreTheSameInChineseAndEnglish() throws {
        let sample = try Sample()
        let words = ["convene", "person", "edit", "--file", sample.plan, "--person", ""]
        let english = try sample.offered(words, for: "--person", shell: "zsh", environment: ["LANG": "en_GB.UTF-8"])
        let chinese = try sample.offered(words, for: "--person", shell: "zsh", environment: ["LANG": "zh_CN.UTF-8"])
        let asked = try sample.offered(
            ["convene", "person", "edit", "--lang", "zh", "--file", sample.plan, "--person", ""], for: "--person",
            shell: "zsh")
        #expect(Self.lines(english.stdout).count > 10)
        #expect(chinese.stdout == english.stdout)
        #expect(asked.stdout == english.stdout)
        #expect(chinese.stderr.isEmpty && asked.stderr.isEmpty)
    }

    @Test func withoutFileTheDefaultPlanIsRead() throws {
        let sample = try Sample()
        let words = ["convene", "agenda", "--event", ""]
        let named = try sample.offered(words, for: "--event", environment: ["CONVENE_FILE": sample.plan])
        #expect(Self.lines(named.stdout) == ["e1"])
        let data = sample.convene.folder.file("data")
        try FileManager.default.createDirectory(atPath: data + "/convene", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: sample.plan, toPath: data + "/convene/plan.json")
        let xdg = try sample.offered(words, for: "--event", environment: ["XDG_DATA_HOME": data])
        #expect(Self.lines(xdg.stdout) == ["e1"])
    }

    @Test func aFileNamedWithTildeOrQuotesIsFound() throws {
        let sample = try Sample()
        try FileManager.default.copyItem(atPath: sample.plan, toPath: sample.home + "/my plan.json")
        for typed in ["~/my\\ plan.json", "'\(sample.home)/my plan.json'", "\"~/my plan.json\""] {
            let result = try sample.offered(["convene", "agenda", "--file", typed, "--event", ""], for: "--event")
            // Inside quotes a tilde is a tilde, as the shell reads it: no such file.
            #expect(Self.lines(result.stdout) == (typed.hasPrefix("\"~") ? [] : ["e1"]), "\(typed)")
        }
    }

    @Test func aMissingOrBrokenPlanOffersNothingAndSaysNothing() throws {
        let sample = try Sample()
        let broken = sample.convene.folder.file("broken.json")
        write(Data("{\"version\": 2, \"people\": [".utf8), to: broken)
        let missing = sample.convene.folder.file("missing.json")
        for file in [broken, missing, sample.convene.folder.path] {
            let result = try sample.offered(["convene", "agenda", "--file", file, "--event", ""], for: "--event")
            #expect(result.status == 0)
            #expect(Self.lines(result.stdout) == [], "\(file): \(result.stdout)")
            #expect(result.stderr.isEmpty, "\(file): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: missing))
        // No default plan either: nothing, and none is created (a plain command would create it holding the sample).
        let none = try sample.offered(["convene", "agenda", "--event", ""], for: "--event")
        #expect(none.status == 0)
        #expect(Self.lines(none.stdout) == [])
        #expect(none.stderr.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: sample.home + "/.local/share/convene/plan.json"))
    }
}

/// The generated bash script, sourced into a real bash and its completion function called as bash calls it on Tab
/// (COMP_WORDS, COMP_CWORD, COMP_LINE and COMP_POINT set; what it offers in COMPREPLY).
@Suite("Bash completion of plan references")
struct BashCompletionTests {
    static let bash = "/bin/bash"

    /// What the completion function puts in COMPREPLY for the command line `line` (the cursor at its end; a line
    /// ending in a space completes a new, empty word), with the built binary first on PATH as `convene`.
    private func completions(_ line: String, sample: ShellCompletionTests.Sample) throws -> [String] {
        let script = sample.convene.folder.file("convene.bash")
        let generated = try run(sample.convene.binary, ["--generate-completion-script", "bash"])
        #expect(generated.status == 0, "\(generated.stderr)")
        write(Data(generated.stdout.utf8), to: script)
        let driver = """
            source "$1" || exit 9
            spec=$(complete -p convene) || exit 8
            function=${spec##*-F }
            function=${function%% *}
            COMP_LINE=$2
            COMP_POINT=${#COMP_LINE}
            read -r -a COMP_WORDS <<< "$COMP_LINE"
            [[ $COMP_LINE == *' ' ]] && COMP_WORDS+=('')
            COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
            COMPREPLY=()
            "$function" convene "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let folder = sample.convene.binary.deletingLastPathComponent().path
        let result = try Spawn.run(
            [Self.bash, "--noprofile", "--norc", "-c", driver, "bash", script, line],
            environment: ["HOME": sample.home, "LANG": "C.UTF-8", "TZ": "UTC", "PATH": "\(folder):/usr/bin:/bin"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: bash), "needs bash at /bin/bash"))
    func tabAfterAReferenceOptionOffersTheIDsOfThePlan() throws {
        let sample = try ShellCompletionTests.Sample()
        let plan = sample.plan
        #expect(try completions("convene agenda --file \(plan) --event ", sample: sample) == ["e1"])
        #expect(try completions("convene person add --file \(plan) --org ", sample: sample) == (1...7).map { "o\($0)" })
        #expect(
            try completions("convene item edit --file \(plan) --item i", sample: sample) == ["i1", "i2", "i3", "i4"])
        // What is typed already narrows the ids, as bash narrows any word list.
        let people = try completions("convene participant sign-in --file \(plan) --person p1", sample: sample)
        #expect(people.first == "p1")
        #expect(people.contains("p10"))
        #expect(people.allSatisfy { $0.hasPrefix("p1") })
        #expect(try completions("convene org edit --file \(plan) --org o7", sample: sample) == ["o7"])
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: bash), "needs bash at /bin/bash"))
    func tabWithoutAPlanOffersNothing() throws {
        let sample = try ShellCompletionTests.Sample()
        let missing = sample.convene.folder.file("missing.json")
        #expect(try completions("convene agenda --file \(missing) --event ", sample: sample) == [])
        // The same script still completes the options themselves.
        #expect(try completions("convene agenda --file \(sample.plan) --ev", sample: sample) == ["--event"])
    }
}
