import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore
import Testing
import TextCells

/// The sample with East Asian Ambiguous characters in the texts the printouts show.
private func ambiguousBook() -> Book {
    var book = SampleBook.make()
    book.events[0].title += " — “开幕” · 第一部分…"
    book.events[0].theme = "○ 主题 ═ 说明 │ 其他 — 推动落实南沙方案“十大行动”，为产业发展注入“红色动能”"
    for i in book.events[0].items.indices {
        book.events[0].items[i].title = "“" + book.events[0].items[i].title + "” · 第\(i + 1)项……"
    }
    for i in book.people.indices where i % 3 == 0 { book.people[i].title = "主任 · 代表—“特邀” · ○○○○" }
    book.people[0].name = "Иван Петров"
    for i in book.organisations.indices { book.organisations[i].name += " ○ 分会 · 第\(i + 1)" }
    return book
}

@Suite("convene --ambiguous-width")
struct AmbiguousWidthCommandTests {
    private func convene(_ name: String = #function) throws -> Convene {
        let convene = try Convene(name)
        try PlanStore(path: convene.plan).save(ambiguousBook())
        return convene
    }

    private func config(_ convene: Convene, _ text: String) throws -> [String: String] {
        let folder = convene.folder.file("config/convene")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try text.write(toFile: folder + "/config.toml", atomically: true, encoding: .utf8)
        return ["XDG_CONFIG_HOME": convene.folder.file("config")]
    }

    private func expectWithin(_ output: String, _ width: Int, _ what: String) {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for line in lines {
            #expect(TextCells.width(of: line, ambiguous: .wide) <= width, "\(what): \(line)")
        }
        #expect(lines.contains { TextCells.width(of: $0, ambiguous: .wide) > width - 10 }, "\(what) uses the width")
    }

    @Test(
        "agenda with the wide setting keeps every line within the width, measured wide",
        .timeLimit(.minutes(3)), arguments: [40, 60, 100])
    func agendaFits(width: Int) throws {
        let convene = try convene()
        for lang in ["zh", "en"] {
            let result = try convene("agenda", "--width", "\(width)", "--lang", lang, "--ambiguous-width", "wide")
            #expect(result.status == 0, "\(result.stderr)")
            expectWithin(result.stdout, width, "agenda --lang \(lang) --width \(width)")
        }
    }

    /// At 80: a name column of Cyrillic (two cells a letter here) and the parts column's 10 cells at least do not
    /// fit in 60, whatever the setting.
    @Test("the participant list and the sign-in sheet stay within the width too", .timeLimit(.minutes(3)))
    func otherPrintouts() throws {
        let convene = try convene()
        for arguments in [
            ["people", "--width", "80"], ["people", "--by-org", "--width", "80"],
            ["people", "--sign-in", "--width", "80"],
        ] {
            let result = try run(
                convene.binary, arguments + ["--ambiguous-width", "wide", "--file", convene.plan],
                environment: convene.baseEnvironment)
            #expect(result.status == 0, "\(result.stderr)")
            expectWithin(result.stdout, 80, arguments.joined(separator: " "))
        }
    }

    @Test("every command that prints text in cells takes the option", .timeLimit(.minutes(3)))
    func everyTextCommand() throws {
        let convene = try convene()
        for command in ["overview", "events", "orgs", "venues", "roster", "check"] {
            let result = try convene(command, "--ambiguous-width", "wide")
            #expect(result.status == 0 || (command == "check" && result.status == 1), "\(command): \(result.stderr)")
            #expect(!result.stdout.isEmpty, "\(command)")
        }
    }

    @Test("config.toml and CONVENE_AMBIGUOUS_WIDTH set it too; the option wins", .timeLimit(.minutes(3)))
    func settingSources() throws {
        let convene = try convene()
        let wide = try convene("agenda", "--width", "60", "--ambiguous-width", "wide")
        let narrow = try convene("agenda", "--width", "60", "--ambiguous-width", "narrow")
        #expect(wide.status == 0 && narrow.status == 0)
        #expect(wide.stdout != narrow.stdout, "the wide layout differs (its rule is half as many ═)")
        let env = try config(convene, "theme = \"mono\" # a comment\nambiguous_width = \"wide\"\n")
        #expect(try convene("agenda", "--width", "60", environment: env).stdout == wide.stdout)
        #expect(
            try convene("agenda", "--width", "60", environment: ["CONVENE_AMBIGUOUS_WIDTH": "wide"]).stdout
                == wide.stdout)
        var both = env
        both["CONVENE_AMBIGUOUS_WIDTH"] = "narrow"
        #expect(try convene("agenda", "--width", "60", environment: both).stdout == narrow.stdout)
        #expect(
            try convene("agenda", "--width", "60", "--ambiguous-width", "narrow", environment: env).stdout
                == narrow.stdout)
    }

    @Test("a bad value names the file, the key and the values allowed", .timeLimit(.minutes(3)))
    func badValues() throws {
        let convene = try convene()
        let env = try config(convene, "ambiguous_width = \"double\"\n")
        let bad = try convene("agenda", environment: env)
        #expect(bad.status == 2)
        #expect(
            bad.stderr
                == "convene: \(convene.folder.file("config"))/convene/config.toml:1: ambiguous_width = \"double\" is not "
                + "allowed; use \"narrow\" (one cell, the default) or \"wide\" (two cells, as CJK terminals draw them)\n"
        )
        let badEnv = try convene("agenda", environment: ["CONVENE_AMBIGUOUS_WIDTH": "2"])
        #expect(badEnv.status == 2)
        #expect(badEnv.stderr == "convene: CONVENE_AMBIGUOUS_WIDTH must be narrow or wide (got '2')\n")
        let badOption = try convene("agenda", "--ambiguous-width", "double")
        #expect(badOption.status == 2)
        #expect(badOption.stderr == "convene: --ambiguous-width must be narrow or wide (got 'double')\n")
        // config.toml is read once for every command (its language decides every message), so a bad value stops
        // any command, with the same message, before it changes anything.
        let edit = try convene("person", "add", "--name", "测试", "--org", "o1", "--politics", "masses", environment: env)
        #expect(edit.status == 2)
        #expect(edit.stderr == bad.stderr)
    }
}
