import ConveneTestSupport
import Foundation
import Testing

/// The command line speaks the chosen language (issue 12): `--lang`, else `lang` in config.toml, else the locale.
@Suite("the command line's language")
struct LanguageTests {
    /// A fresh plan (the sample) and a config folder of its own, so no setting of the machine leaks in.
    struct Setup {
        let folder = TempFolder()
        let convene: URL
        var file: String { folder.file("plan.json") }
        var config: String { folder.file("config") }

        init() throws {
            convene = try conveneBinary()
            try FileManager.default.createDirectory(
                atPath: folder.file("config/convene"), withIntermediateDirectories: true)
            #expect(try ConveneTestSupport.run(convene, ["init", "--file", file]).status == 0)
        }

        /// Runs convene with `LANG` (LC_ALL and LC_MESSAGES are unset: `run` starts from a clean environment).
        func run(_ arguments: [String], lang: String = "zh_CN.UTF-8") throws -> Run {
            try ConveneTestSupport.run(
                convene, arguments, environment: ["LANG": lang, "XDG_CONFIG_HOME": config, "HOME": folder.path])
        }

        func writeConfig(_ text: String) throws {
            try text.write(toFile: folder.file("config/convene/config.toml"), atomically: true, encoding: .utf8)
        }
    }

    /// Runs of three or more ASCII letters left once what is typed as it is has been taken out: option names
    /// (`--event`), value names (`<path>`), environment variables, paths and file names, problem codes in brackets,
    /// and the words of `allowed`: the program's and its commands' names and the values an option takes, which a
    /// user types in English whatever the language.
    static func englishWords(in text: String) -> [String] {
        let allowed: Set<String> = [
            "convene", "help", "agenda", "people", "check", "overview", "events", "orgs", "venues", "roster",
            "init", "event", "venue", "org", "person", "participant", "item", "import", "attendance", "record", "brief",
            "add", "edit", "remove", "move", "assign", "unassign", "invite", "uninvite", "set",
            "text", "json", "lang",  // --format's values; `lang`, the key of config.toml
            "narrow", "wide", "ambiguous", "width",  // --ambiguous-width's values; `ambiguous_width` in config.toml
            "README",  // the file the check codes are listed in
            "xlsx",  // --format's value for spreadsheets
            // `convene diff`, `convene setup-git`, the program it sets up, `convene merge`, `conflicts`, `resolve` and
            // `convene share`
            "diff", "setup", "git", "merge", "conflicts", "resolve", "share",
        ]
        var kept: [String] = []
        for token in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            var t = String(token)
            for pattern in [
                #"\[[a-z-]+\]"#, #"--?[a-z][a-z-]*"#, #"<[a-z.-]+>"#, #"\$[A-Z_]+"#, #"[\w.]*\.(toml|json|bak)"#,
            ] {
                t = t.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
            }
            if t.contains("/") { continue }
            var run = ""
            for c in t + " " {
                if c.isASCII && c.isLetter {
                    run.append(c)
                } else {
                    if run.count >= 3 && !allowed.contains(run) { kept.append(run) }
                    run = ""
                }
            }
        }
        return kept
    }

    @Test("with LANG=zh_CN.UTF-8 (not installed here) convene check reports in Chinese, severities and summary too")
    func checkInChinese() throws {
        let s = try Setup()
        let clean = try s.run(["check", "--file", s.file])
        #expect(clean.status == 0)
        #expect(clean.stdout.contains("提示：["))
        #expect(clean.stdout.hasSuffix("错误 0 项，警告 0 项，提示 1 项\n"))
        #expect(Self.englishWords(in: clean.stdout) == [], "\(clean.stdout)")

        // Two items in one room at once: an error.
        #expect(
            try s.run(["item", "edit", "--file", s.file, "--item", "i2", "--minutes", "70", "--room", "会议室"]).status
                == 0)
        let broken = try s.run(["check", "--file", s.file])
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("错误：[overlap] "))
        #expect(broken.stdout.contains("（i2、i3）"))
        #expect(Self.englishWords(in: broken.stdout) == [], "\(broken.stdout)")
    }

    @Test("a usage error is in Chinese: the parser's words, the usage line and the hint")
    func usageErrorInChinese() throws {
        let s = try Setup()
        let result = try s.run(["org", "add", "--file", s.file])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("错误：缺少必需的参数 --name <name>\n"))
        #expect(result.stderr.contains("用法：convene org add "))
        #expect(result.stderr.contains("  详见 convene org add --help"))
        #expect(Self.englishWords(in: result.stderr) == [], "\(result.stderr)")

        let badValue = try s.run(["check", "--file", s.file, "--format", "xml"])
        #expect(badValue.status == 2)
        #expect(badValue.stderr.hasPrefix("错误：“xml”不是 --format <format> 可接受的值。请从以下值中选择：text、json。\n"))
    }

    @Test("the parser's other errors are Chinese too: a near-miss option, extra arguments, a choice of four")
    func moreParserErrorsInChinese() throws {
        let s = try Setup()
        let typo = try s.run(["org", "add", "--file", s.file, "--name", "新单位", "--shrot", "新"])
        #expect(typo.status == 2)
        #expect(typo.stderr.hasPrefix("错误：未知选项 --shrot。是否想用 --short？\n"), "\(typo.stderr)")
        let extra = try s.run(["check", "--file", s.file, "one", "two"])
        #expect(extra.status == 2)
        #expect(extra.stderr.hasPrefix("错误：有 2 个多余的参数：'one', 'two'\n"), "\(extra.stderr)")
        let format = try s.run(["agenda", "--file", s.file, "--format", "xml"])
        #expect(format.status == 2)
        #expect(format.stderr.contains("请从以下值中选择：text、markdown、html、ics、json。"), "\(format.stderr)")
        for result in [typo, extra, format] {
            #expect(
                Self.englishWords(in: result.stderr).filter {
                    !["markdown", "html", "ics", "one", "two", "xml"].contains($0)
                } == [], "\(result.stderr)")
        }
    }

    @Test("a damaged plan file is reported in Chinese, what is wrong in it too")
    func damagedPlanInChinese() throws {
        let s = try Setup()
        let text = try String(contentsOfFile: s.file, encoding: .utf8)
        try text.replacingOccurrences(of: "\"date\" : \"2023-06-16\"", with: "\"date\" : \"2023-06-31\"")
            .write(toFile: s.file, atomically: true, encoding: .utf8)
        let result = try s.run(["check", "--file", s.file])
        #expect(result.status == 3)
        #expect(result.stderr.contains("位于 events[0].date：“2023-06-31”不是 YYYY-MM-DD 格式的日期。文件未作改动"), "\(result.stderr)")
        let unreadable = try s.run(["check", "--file", s.folder.path])
        #expect(unreadable.status == 3)
        #expect(unreadable.stderr.contains("无法读取（它是文件夹，不是文件）"), "\(unreadable.stderr)")
    }

    @Test("a refusal (an organisation that still has members) is in Chinese, and the plan is unchanged")
    func refusalInChinese() throws {
        let s = try Setup()
        let before = bytes(s.file)
        let result = try s.run(["org", "remove", "--file", s.file, "--org", "o1"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("convene："))
        #expect(result.stderr.contains("的名单上还有"))
        #expect(Self.englishWords(in: result.stderr) == [], "\(result.stderr)")
        #expect(bytes(s.file) == before)
    }

    @Test("convene --help and convene check --help are in Chinese")
    func helpInChinese() throws {
        let s = try Setup()
        for arguments in [
            ["--help"], ["check", "--help"], ["import", "people", "--help"], ["item", "add", "--help"],
        ] {
            let result = try s.run(arguments)
            #expect(result.status == 0)
            #expect(result.stdout.contains("用法：convene"), "\(arguments)")
            #expect(result.stdout.contains("选项："), "\(arguments)")
            #expect(result.stdout.contains("显示帮助信息。"), "\(arguments)")
            if arguments == ["--help"] { #expect(result.stdout.contains("子命令：")) }
            if arguments == ["check", "--help"] {
                #expect(result.stdout.contains("--format <format>       text 或 json。（可选值：text、json；默认：text）"))
                #expect(Self.englishWords(in: result.stdout) == [], "\(result.stdout)")
            }
            if arguments == ["--help"] { #expect(Self.englishWords(in: result.stdout) == [], "\(result.stdout)") }
        }
    }

    @Test("--lang en gives English though LANG is Chinese, on check, errors and help")
    func langOptionWins() throws {
        let s = try Setup()
        let check = try s.run(["check", "--file", s.file, "--lang", "en"])
        #expect(check.stdout.hasSuffix("0 errors, 0 warnings, 1 note\n"))
        let help = try s.run(["check", "--help", "--lang=en"])
        #expect(help.stdout.hasPrefix("OVERVIEW: List the problems of an event's plan"))
        let refusal = try s.run(["org", "remove", "--file", s.file, "--org", "o1", "--lang", "en"])
        #expect(refusal.stderr.hasPrefix("convene: "))
        #expect(refusal.stderr.contains("still has"))
        let usage = try s.run(["org", "add", "--file", s.file, "--lang", "en"])
        #expect(usage.stderr.hasPrefix("Error: Missing expected argument '--name <name>'"))
        // And Chinese under an English locale.
        let zh = try s.run(["check", "--file", s.file, "--lang", "zh"], lang: "C.UTF-8")
        #expect(zh.stdout.hasSuffix("错误 0 项，警告 0 项，提示 1 项\n"))
    }

    @Test("lang = \"zh\" in config.toml gives Chinese under LANG=C.UTF-8; --lang still wins over it")
    func configLanguage() throws {
        let s = try Setup()
        try s.writeConfig("theme = \"mono\"\nlang = \"zh\"\n")
        let check = try s.run(["check", "--file", s.file], lang: "C.UTF-8")
        #expect(check.status == 0)
        #expect(check.stdout.hasSuffix("错误 0 项，警告 0 项，提示 1 项\n"))
        let help = try s.run(["--help"], lang: "C.UTF-8")
        #expect(help.stdout.hasPrefix("概述："))
        let english = try s.run(["check", "--file", s.file, "--lang", "en"], lang: "C.UTF-8")
        #expect(english.stdout.hasSuffix("0 errors, 0 warnings, 1 note\n"))
    }

    @Test("a bad lang in config.toml is a clear error naming the file, the key and the values, in the user's language")
    func badConfigLanguage() throws {
        let s = try Setup()
        try s.writeConfig("lang = \"fr\"\n")
        let path = s.folder.file("config/convene/config.toml")
        let english = try s.run(["check", "--file", s.file], lang: "C.UTF-8")
        #expect(english.status == 2)
        #expect(english.stdout == "")
        #expect(
            english.stderr
                == "convene: \(path):1: lang = \"fr\" is not a language; use lang = \"zh\" or lang = \"en\"\n")
        let chinese = try s.run(["check", "--file", s.file])
        #expect(chinese.status == 2)
        #expect(
            chinese.stderr
                == "convene：\(path):1：lang = \"fr\" 不是可用的语言；请写 lang = \"zh\"（中文）或 lang = \"en\"（英文）\n")

        try s.writeConfig("lang = [\n")
        let broken = try s.run(["events", "--file", s.file], lang: "C.UTF-8")
        #expect(broken.status == 2)
        #expect(broken.stderr.hasPrefix("convene: \(path): line 1, column "))
    }

    @Test("a bad --lang value is refused by the parser with the values it takes")
    func badLangOption() throws {
        let s = try Setup()
        let result = try s.run(["events", "--file", s.file, "--lang", "fr"], lang: "C.UTF-8")
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: The value 'fr' is invalid for '--lang <lang>'"))
    }
}
