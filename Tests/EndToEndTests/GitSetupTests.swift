import ConveneTestSupport
import Foundation
import Testing

/// A git repository in a private folder with the real `git` and `convene`: no system or user config of the machine
/// (GIT_CONFIG_NOSYSTEM, HOME in the folder), a fixed author, a fixed locale and zone.
struct GitRepo {
    let binary: URL
    let folder: TempFolder
    var top: String { folder.file("repo") }
    var plan: String { top + "/plan.json" }

    init(_ name: String = #function) throws {
        binary = try conveneBinary()
        folder = TempFolder(name)
        try FileManager.default.createDirectory(atPath: folder.file("home"), withIntermediateDirectories: true)
        try git("init", "-q", top)
        try git("-C", top, "config", "user.name", "测试")
        try git("-C", top, "config", "user.email", "test@example.com")
    }

    func environment(_ lang: String) -> [String: String] {
        [
            "HOME": folder.file("home"), "GIT_CONFIG_NOSYSTEM": "1", "LANG": lang, "TZ": "UTC", "PATH": "/usr/bin:/bin",
            "GIT_PAGER": "cat",
        ]
    }

    /// Runs `git arguments` and expects success; returns its output.
    @discardableResult
    func git(_ arguments: String..., lang: String = "C.UTF-8", sourceLocation: SourceLocation = #_sourceLocation)
        throws -> String
    {
        let result = try Spawn.run(["/usr/bin/git"] + arguments, environment: environment(lang))
        #expect(result.status == 0, "git \(arguments) failed: \(result.stderr)", sourceLocation: sourceLocation)
        return result.stdout
    }

    /// Runs `convene arguments` in the repository's top folder.
    func convene(_ arguments: String..., lang: String = "C.UTF-8") throws -> Run {
        try Spawn.run(["/usr/bin/env", "-C", top, binary.path] + arguments, environment: environment(lang))
    }
}

@Suite(
    "convene setup-git and git's diff of a plan, with the real git",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/git")))
struct GitSetupTests {
    @Test("setup-git writes the attributes and the drivers and says so; a second run changes nothing and says so")
    func setUpTwice() throws {
        let repo = try GitRepo()
        let first = try repo.convene("setup-git", "--file", "plan.json", "--lang", "en")
        #expect(first.status == 0, "\(first.stderr)")
        let binary = try #require(
            try repo.git("-C", repo.top, "config", "--local", "diff.convene.textconv")
                .split(separator: "'").first)
        #expect(binary.hasPrefix("/"), "the drivers call convene by its absolute path")
        #expect(first.stdout.contains("added '/plan.json merge=convene diff=convene' to .gitattributes"))
        #expect(first.stdout.contains("set merge.convene.driver to '\(binary)' merge %O %A %B"))
        #expect(first.stdout.contains("set diff.convene.command to '\(binary)' diff --git-external"))
        #expect(first.stdout.contains("run convene setup-git again after moving it"))
        let tag = try repo.git("-C", repo.top, "config", "--local", "convene.copy").trimmingCharacters(in: .newlines)
        #expect(
            first.stdout.contains(
                "set convene.copy to \(tag): the ids this clone issues end in _\(tag), so they never collide with another clone's"
            ), "\(first.stdout)")
        let attributes = try String(contentsOfFile: repo.top + "/.gitattributes", encoding: .utf8)
        #expect(attributes == "/plan.json merge=convene diff=convene\n")
        #expect(
            try repo.git("-C", repo.top, "check-attr", "diff", "merge", "--", "plan.json")
                == "plan.json: diff: convene\nplan.json: merge: convene\n")
        let config = bytes(repo.top + "/.git/config")
        #expect(first.stdout.contains("added '/plan.json.lock' to .gitignore"))
        let ignore = try String(contentsOfFile: repo.top + "/.gitignore", encoding: .utf8)
        #expect(ignore == "/plan.json.lock\n/plan.json.bak*\n/plan.json.journal-*\n/.plan.json.*.journal\n")
        for file in [
            "plan.json.lock", "plan.json.bak", "plan.json.bak.2", ".plan.json.12ab.journal", "plan.json.journal-2026",
        ] {
            write(Data(), to: repo.top + "/" + file)
        }
        write(Data("{}".utf8), to: repo.top + "/plan.json")
        let status = try repo.git("-C", repo.top, "status", "--porcelain", "--untracked-files=all")
        #expect(status == "?? .gitattributes\n?? .gitignore\n?? plan.json\n", "\(status)")

        let again = try repo.convene("setup-git", "--file", "plan.json", "--lang", "en")
        #expect(again.status == 0 && again.stdout == "git is already set up for /plan.json; nothing changed\n")
        let zh = try repo.convene("setup-git", "--file", "plan.json", lang: "zh_CN.UTF-8")
        #expect(zh.stdout == "git 已为 /plan.json 设置好，未作任何改动\n")
        #expect(try String(contentsOfFile: repo.top + "/.gitattributes", encoding: .utf8) == attributes)
        #expect(try String(contentsOfFile: repo.top + "/.gitignore", encoding: .utf8) == ignore)
        #expect(bytes(repo.top + "/.git/config") == config)
    }

    @Test("a clone's tag goes into the ids it issues, from the planner's folder or a subfolder; a bad tag is replaced")
    func copyTag() throws {
        let repo = try GitRepo()
        #expect(try repo.convene("init", "--file", "plan.json").status == 0)
        let untagged = try repo.convene("person", "add", "--name", "张三", "--org", "o1", "--file", "plan.json")
        #expect(untagged.stdout == "p20\n", "no tag before setup-git: short ids, as in a plan outside git")
        try repo.git("-C", repo.top, "config", "--local", "convene.copy", "OOPS")
        let setUp = try repo.convene("setup-git", "--file", "plan.json", "--lang", "zh")
        let tag = try repo.git("-C", repo.top, "config", "--local", "convene.copy").trimmingCharacters(in: .newlines)
        #expect(tag != "OOPS" && tag.count == 4, "a value that is not a tag is replaced: \(tag)")
        #expect(setUp.stdout.contains("已将 convene.copy 设为 \(tag)：此克隆新建记录的编号以 _\(tag) 结尾"), "\(setUp.stdout)")
        try FileManager.default.createDirectory(atPath: repo.top + "/sub", withIntermediateDirectories: true)
        let tagged = try Spawn.run(
            [
                "/usr/bin/env", "-C", repo.top + "/sub", repo.binary.path, "person", "add", "--name", "李四", "--org",
                "o1",
                "--file", "../plan.json",
            ],
            environment: repo.environment("C.UTF-8"))
        #expect(tagged.stdout == "p21_\(tag)\n", "\(tagged.stdout)\(tagged.stderr)")
        let item = try repo.convene(
            "item", "add", "--title", "合影", "--start", "11:50", "--minutes", "10", "--file", "plan.json")
        #expect(item.stdout == "i5_\(tag)\n")
        let ics = try repo.convene("agenda", "--format", "ics", "--file", "plan.json")
        #expect(ics.stdout.contains("UID:e1-i5_\(tag)."), "calendar UIDs carry the tagged id")
        let again = try repo.convene("setup-git", "--file", "plan.json", "--lang", "en")
        #expect(again.stdout == "git is already set up for /plan.json; nothing changed\n")

        // The planner issues the clone's ids too: an item added on the agenda screen and saved.
        let tmux = try TmuxPlanner(start: false)
        defer { tmux.close() }
        tmux.start(
            "cd '\(repo.top)' && HOME='\(repo.folder.file("home"))' LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=UTC "
                + "'\(repo.binary.path)' --file plan.json; echo EXITED $?; sleep 60")
        try tmux.waitFor("1 Overview")
        tmux.keys("2", "a")
        try tmux.waitFor("New agenda item")
        tmux.literal("规划器里加的")
        tmux.keys("C-s")
        try tmux.waitFor("规划器里加的")
        tmux.keys("s")
        try tmux.waitFor("Saved")
        tmux.keys("q")
        try tmux.waitFor("EXITED 0")
        let planned = try repo.convene("agenda", "--format", "ics", "--file", "plan.json")
        #expect(planned.stdout.contains("UID:e1-i6_\(tag)."), "\(planned.stdout)")
    }

    @Test("a plan in a folder with a space, named in Chinese, gets a quoted pattern git matches; from a subfolder too")
    func quotedPattern() throws {
        let repo = try GitRepo()
        try FileManager.default.createDirectory(atPath: repo.top + "/my plans/活动", withIntermediateDirectories: true)
        let set = try Spawn.run(
            ["/usr/bin/env", "-C", repo.top + "/my plans/活动", repo.binary.path, "setup-git", "--file", "../计划 1.json"],
            environment: repo.environment("C.UTF-8"))
        #expect(set.status == 0, "\(set.stderr)")
        let attributes = try String(contentsOfFile: repo.top + "/.gitattributes", encoding: .utf8)
        #expect(attributes == "\"/my plans/计划 1.json\" merge=convene diff=convene\n")
        let checked = try repo.git(
            "-C", repo.top, "-c", "core.quotePath=false", "check-attr", "diff", "--", "my plans/计划 1.json")
        #expect(checked == "my plans/计划 1.json: diff: convene\n")
    }

    @Test("outside a work tree, or with the plan outside it, setup-git says so in both languages and exits 2")
    func outside() throws {
        let repo = try GitRepo()
        let bare = try Spawn.run(
            [
                "/usr/bin/env", "-C", repo.folder.path, repo.binary.path, "setup-git", "--file", "plan.json", "--lang",
                "en",
            ],
            environment: repo.environment("C.UTF-8"))
        #expect(bare.status == 2)
        #expect(bare.stderr.contains("setup-git must run inside a git work tree"))
        #expect(bare.stderr.contains("run git init or cd into the repository first"))
        let elsewhere = try repo.convene("setup-git", "--file", repo.folder.file("plan.json"), lang: "zh_CN.UTF-8")
        #expect(elsewhere.status == 2)
        #expect(elsewhere.stderr.contains("不在 git 工作区"), "\(elsewhere.stderr)")
        #expect(!FileManager.default.fileExists(atPath: repo.top + "/.gitattributes"))
    }

    @Test("git diff lists a plan's changes as an organiser says them, git log -p shows the facts that changed")
    func diffAndLog() throws {
        let repo = try GitRepo()
        #expect(try repo.convene("init", "--file", "plan.json").status == 0)
        #expect(try repo.convene("setup-git", "--file", "plan.json").status == 0)
        try repo.git("-C", repo.top, "add", "-A")
        try repo.git("-C", repo.top, "commit", "-q", "-m", "样例")
        #expect(
            try repo.convene("item", "move", "--file", "plan.json", "--item", "党建座谈会", "--start", "10:30").status == 0)
        #expect(
            try repo.convene(
                "venue", "room", "edit", "--file", "plan.json", "--venue", "v1", "--room", "展厅", "--name", "一楼展厅"
            )
            .status == 0)

        let en = try repo.git("-C", repo.top, "diff")
        #expect(en.contains("changes in plan.json\n"), "\(en)")
        #expect(en.contains("  room 展厅 renamed 一楼展厅\n"))
        #expect(en.contains("  党建座谈会 moved 10:20 → 10:30\n"))
        #expect(!en.contains("\"start\""), "no JSON")
        let zh = try repo.git("-C", repo.top, "diff", lang: "zh_CN.UTF-8")
        #expect(zh.contains("  “党建座谈会”时间调整：10:20 → 10:30\n"), "\(zh)")
        #expect(zh.contains("  场地“展厅”更名为“一楼展厅”\n"))

        try repo.git("-C", repo.top, "commit", "-q", "-a", "-m", "调整时间")
        let log = try repo.git("-C", repo.top, "log", "-p", "-1")
        let item = "event 党建强堡垒 促发展 联建交流活动 (e1) › item 党建座谈会 (i3) › start: "
        #expect(log.contains("\n-" + item + "10:20\n"), "\(log)")
        #expect(log.contains("\n+" + item + "10:30\n"))
        #expect(log.contains("\n+venue 冼星海故乡纪念馆 (v1) › room 一楼展厅 (r1)\n"))
        #expect(!log.contains("\"start\""), "no JSON")
        let zhLog = try repo.git("-C", repo.top, "log", "-p", "-1", lang: "zh_CN.UTF-8")
        #expect(zhLog.contains("\n+活动 党建强堡垒 促发展 联建交流活动（e1） › 议程 党建座谈会（i3） › 开始时间：10:30\n"))
    }
}

@Suite("convene diff of two plan files")
struct DiffCommandTests {
    @Test("exit 0 for the same records, 1 for changes listed in the user's language, 3 for a bad plan named")
    func exitCodes() throws {
        let convene = try Convene()
        try convene.ok("init")
        let copy = convene.folder.file("copy.json")
        try FileManager.default.copyItem(atPath: convene.plan, toPath: copy)
        let same = try run(convene.binary, ["diff", convene.plan, copy, "--lang", "en"])
        #expect(same.status == 0 && same.stdout == "no changes to the plan's records\n")
        try convene.ok("participant", "set", "--person", "林海青", "--rsvp", "invited")
        let changed = try run(convene.binary, ["diff", copy, convene.plan], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(changed.status == 1)
        #expect(changed.stdout == "活动“党建强堡垒 促发展 联建交流活动”（2023-06-16）\n  林海青：已确认 → 已邀请\n")
        let json = try run(convene.binary, ["diff", copy, convene.plan, "--format", "json"])
        #expect(json.status == 1 && json.stdout.contains("\"formatVersion\" : 1"))
        let bad = convene.folder.file("bad.json")
        write(Data("{ not json".utf8), to: bad)
        let refused = try run(convene.binary, ["diff", copy, bad, "--lang", "en"])
        #expect(refused.status == 3 && refused.stderr.contains(bad), "\(refused.stderr)")
        let one = try run(convene.binary, ["diff", copy, "--lang", "en"])
        #expect(
            one.status == 2 && one.stderr.contains("diff takes two plan files, the old one and the new one (got 1)"))
    }

    @Test("--git-external takes /dev/null for an added plan and exits 0; --textconv prints one fact a line")
    func gitForms() throws {
        let convene = try Convene()
        try convene.ok("init")
        let added = try run(
            convene.binary,
            [
                "diff", "--git-external", "plan.json", "/dev/null", ".", ".", convene.plan, "abc", "100644", "--lang",
                "en",
            ])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(
            added.stdout.hasPrefix("changes in plan.json\nOrganisations and people\n  added organisation 广州市科学技术协会\n"))
        let facts = try run(convene.binary, ["diff", "--textconv", convene.plan, "--lang", "zh"])
        #expect(facts.status == 0)
        #expect(facts.stdout.hasPrefix("单位 广州市科学技术协会（o1）\n单位 广州市科学技术协会（o1） › 简称：广州市科协\n"))
    }
}
