import ConveneTestSupport
import Foundation
import Testing

/// Two organisers, each with a clone of one shared bare repository set up by `convene setup-git`.
private struct Organisers {
    let repo: GitRepo
    var shared: String { repo.folder.file("shared.git") }
    var a: String { repo.folder.file("a") }
    var b: String { repo.folder.file("b") }

    init(_ name: String = #function) throws {
        repo = try GitRepo(name)
        try repo.git("-c", "init.defaultBranch=main", "init", "-q", "--bare", shared)
    }

    /// Runs `git -C clone arguments`, whatever its status.
    func git(_ clone: String, _ arguments: String...) throws -> Run {
        try Spawn.run(["/usr/bin/git", "-C", clone] + arguments, environment: repo.environment("C.UTF-8"))
    }

    /// Runs `convene arguments --file plan.json` in `clone` and expects success.
    @discardableResult
    func convene(_ clone: String, _ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws
        -> String
    {
        let result = try Spawn.run(
            ["/usr/bin/env", "-C", clone, repo.binary.path] + arguments + ["--file", "plan.json"],
            environment: repo.environment("C.UTF-8"))
        #expect(result.status == 0, "convene \(arguments) failed: \(result.stderr)", sourceLocation: sourceLocation)
        return result.stdout
    }

    /// The plan in `clone` as one line per fact (`convene diff --textconv`).
    func facts(_ clone: String) throws -> String {
        try Spawn.run(
            ["/usr/bin/env", "-C", clone, repo.binary.path, "diff", "--textconv", "plan.json", "--lang", "en"],
            environment: repo.environment("C.UTF-8")
        ).stdout
    }

    /// Clones the shared repository into `clone` as `name`, with convene's drivers set up.
    func join(_ clone: String, as name: String) throws {
        try repo.git("-c", "init.defaultBranch=main", "clone", "-q", shared, clone)
        try repo.git("-C", clone, "config", "user.name", name)
        try repo.git("-C", clone, "config", "user.email", "\(name)@example.com")
    }

    func commit(_ clone: String, _ message: String) throws {
        try repo.git("-C", clone, "commit", "-q", "-a", "-m", message)
    }
}

@Suite(
    "two organisers plan together through a shared git repository",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/git")))
struct MergeGitFlowTests {
    @Test("concurrent edits merge through git with nothing lost; a same-field change is a conflict git reports")
    func concurrentEdits() throws {
        let team = try Organisers()
        try team.join(team.a, as: "甲")
        try team.convene(team.a, "init")
        try team.convene(team.a, "setup-git")
        try team.repo.git("-C", team.a, "add", "-A")
        try team.repo.git("-C", team.a, "commit", "-q", "-m", "样例计划")
        try team.repo.git("-C", team.a, "push", "-q", "origin", "main")
        try team.join(team.b, as: "乙")
        try team.convene(team.b, "setup-git")

        // Each clone drew a tag of its own, which the ids it issues end in.
        let tags = try [team.a, team.b].map {
            try team.git($0, "config", "--local", "--get", "convene.copy").stdout.trimmingCharacters(in: .newlines)
        }
        #expect(tags[0].count == 4 && tags[1].count == 4 && tags[0] != tags[1], "\(tags)")
        let zhang = try team.convene(team.a, "person", "add", "--name", "张三", "--org", "o1")
        try team.convene(team.a, "participant", "set", "--person", "林海青", "--rsvp", "invited")
        try team.commit(team.a, "甲：名单与回复")
        let li = try team.convene(team.b, "person", "add", "--name", "李四", "--org", "o2")
        #expect(zhang == "p20_\(tags[0])\n" && li == "p20_\(tags[1])\n", "\(zhang) \(li)")
        try team.convene(team.b, "item", "move", "--item", "党建座谈会", "--start", "10:30")
        // 乙 adds an item and puts it in a calendar before the merge: its UID must name it after the merge too.
        let added = try team.convene(
            team.b, "item", "add", "--title", "合影留念", "--start", "11:50", "--minutes", "10", "--kind", "other")
        let uid = "e1-" + added.trimmingCharacters(in: .newlines) + "."
        #expect(try team.convene(team.b, "agenda", "--format", "ics").contains("UID:" + uid))
        try team.commit(team.b, "乙：名单与议程")
        #expect(try team.git(team.a, "push", "-q", "origin", "main").status == 0)
        let pulled = try team.git(team.b, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main")
        #expect(pulled.status == 0, "\(pulled.stdout)\(pulled.stderr)")
        #expect(try team.git(team.b, "push", "-q", "origin", "main").status == 0)
        #expect(try team.git(team.a, "pull", "-q", "--no-rebase", "origin", "main").status == 0)

        #expect(bytes(team.a + "/plan.json") == bytes(team.b + "/plan.json"), "both organisers hold one plan")
        let roster = try team.convene(team.a, "roster", "--lang", "en")
        #expect(roster.contains("张三") && roster.contains("李四"), "\(roster)")
        // Nothing was renumbered: every id is the one its clone issued, and the calendar entry still matches.
        #expect(roster.contains("p20_\(tags[0])") && roster.contains("p20_\(tags[1])"), "\(roster)")
        #expect(try team.convene(team.a, "agenda", "--format", "ics").contains("UID:" + uid))
        #expect(try team.convene(team.a, "agenda", "--lang", "en").contains("10:30"))
        let people = try team.convene(team.a, "people", "--lang", "en")
        #expect(people.contains("林海青"), "\(people)")
        let replies = try team.facts(team.a)
        #expect(replies.contains("林海青") && replies.contains("invited"), "the reply came through")

        try team.convene(team.a, "item", "edit", "--item", "党建座谈会", "--title", "甲的座谈会")
        try team.commit(team.a, "甲：议程标题")
        #expect(try team.git(team.a, "push", "-q", "origin", "main").status == 0)
        try team.convene(team.b, "item", "edit", "--item", "党建座谈会", "--title", "乙的座谈会")
        try team.commit(team.b, "乙：议程标题")
        let conflicted = try team.git(team.b, "pull", "--no-rebase", "--no-edit", "origin", "main")
        #expect(conflicted.status == 1, "git marks the merge as failed")
        #expect(conflicted.stdout.contains("CONFLICT (content): Merge conflict in plan.json"), "\(conflicted.stdout)")
        #expect(conflicted.stdout.contains("conflicts, kept in the plan: 1;"), "the driver's summary")
        #expect(conflicted.stdout.contains("1. item '乙的座谈会' (e1 i3), title: ours “乙的座谈会”, theirs “甲的座谈会”"))
        let agenda = try team.convene(team.b, "agenda", "--lang", "en")
        #expect(agenda.contains("乙的座谈会"), "the working file is a plan that keeps our value")
        let diff = try team.facts(team.b)
        #expect(diff.contains("乙的座谈会"))
        let check = try Spawn.run(
            ["/usr/bin/env", "-C", team.b, team.repo.binary.path, "check", "--file", "plan.json", "--lang", "en"],
            environment: team.repo.environment("C.UTF-8"))
        #expect(
            check.status == 1 && check.stdout.contains("error: [merge-conflict] merge conflict: item '乙的座谈会'"),
            "\(check.stdout)")

        // 乙 resolves it in the planner: Checks, t takes theirs (甲's title), s saves, q quits.
        let tmux = try TmuxPlanner(start: false)
        defer { tmux.close() }
        tmux.start(
            "cd '\(team.b)' && LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=UTC '\(team.repo.binary.path)' --file plan.json; "
                + "echo EXITED $?; sleep 60")
        try tmux.waitFor("6 Checks")
        tmux.keys("6")
        try tmux.waitFor("merge-conflict")
        tmux.keys("t")
        try tmux.waitFor("took theirs: the title of item '乙的座谈会' (e1 i3)")
        tmux.keys("s")
        try tmux.waitFor("Saved")
        tmux.keys("q")
        try tmux.waitFor("EXITED 0")
        #expect(try team.git(team.b, "add", "plan.json").status == 0)
        #expect(try team.git(team.b, "commit", "-q", "--no-edit").status == 0)
        #expect(try team.convene(team.b, "conflicts", "--lang", "en") == "no merge conflicts\n")
        let clean = try Spawn.run(
            ["/usr/bin/env", "-C", team.b, team.repo.binary.path, "check", "--file", "plan.json", "--lang", "en"],
            environment: team.repo.environment("C.UTF-8"))
        // The agenda move of the first round overlaps 互动交流 (the organisers' own problem, not the merge's).
        #expect(!clean.stdout.contains("merge-conflict") && clean.stdout.contains("[overlap]"), "\(clean.stdout)")
        #expect(try team.convene(team.b, "agenda", "--lang", "en").contains("甲的座谈会"))
        #expect(try team.git(team.b, "push", "-q", "origin", "main").status == 0)
        #expect(try team.git(team.a, "pull", "-q", "--no-rebase", "origin", "main").status == 0)
        #expect(bytes(team.a + "/plan.json") == bytes(team.b + "/plan.json"), "both hold the resolved plan")
        let log = try team.git(team.b, "log", "--oneline")
        #expect(log.stdout.split(separator: "\n").count == 7, "two merge commits among the five: \(log.stdout)")
    }
}
