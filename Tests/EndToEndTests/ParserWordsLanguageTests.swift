import ConveneTestSupport
import Foundation
import Testing

/// What swift-argument-parser writes itself (a usage error's lines, a group's help and its footer) is in Chinese
/// under a Chinese locale, all of it, and as the parser wrote it in English.
@Suite("the parser's own words in the command line's language")
struct ParserWordsLanguageTests {
    @Test("an unknown option under LANG=zh_CN.UTF-8: error, usage and hint all Chinese, exit 2")
    func unknownOptionInChinese() throws {
        let s = try LanguageTests.Setup()
        let result = try s.run(["agenda", "--file", s.file, "--nonsense"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(result.stderr)")
        #expect(lines.first == "错误：未知选项 --nonsense")
        #expect(lines.dropFirst().first?.hasPrefix("用法：convene agenda [--file <path>] ") == true, "\(result.stderr)")
        #expect(lines.last == "  详见 convene agenda --help")
        for english in ["Error", "Usage", "Help", "See", "for more information"] {
            #expect(!result.stderr.contains(english), "\(result.stderr)")
        }
        #expect(LanguageTests.englishWords(in: result.stderr) == [], "\(result.stderr)")
    }

    @Test("the same mistake in English is the parser's own text, exit 2")
    func unknownOptionInEnglish() throws {
        let s = try LanguageTests.Setup()
        let result = try s.run(["agenda", "--file", s.file, "--nonsense"], lang: "C.UTF-8")
        #expect(result.status == 2)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(result.stderr)")
        #expect(lines.first == "Error: Unknown option '--nonsense'")
        #expect(
            lines.dropFirst().first?.hasPrefix("Usage: convene agenda [--file <path>] ") == true, "\(result.stderr)")
        #expect(lines.last == "  See 'convene agenda --help' for more information.")
    }

    @Test(
        "a group's help ends with its own hint in Chinese, at any depth; in English as the parser wrote it",
        arguments: [
            (["person"], "convene help person"), (["help", "person"], "convene help person"),
            (["venue", "room"], "convene help venue room"), (["--help"], "convene help"),
        ])
    func groupHelpFooter(_ arguments: [String], _ command: String) throws {
        let s = try LanguageTests.Setup()
        let zh = try s.run(arguments)
        #expect(zh.status == 0)
        #expect(zh.stdout.hasSuffix("\n  查看子命令的详细帮助：\(command) <子命令>\n"), "\(zh.stdout)")
        #expect(!zh.stdout.contains("See '"), "\(zh.stdout)")
        let en = try s.run(arguments, lang: "C.UTF-8")
        #expect(en.status == 0)
        #expect(en.stdout.hasSuffix("\n  See '\(command) <subcommand>' for detailed help.\n"), "\(en.stdout)")
    }
}
