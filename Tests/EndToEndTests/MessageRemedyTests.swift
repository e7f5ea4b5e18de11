import ConveneTestSupport
import Foundation
import PlanFile
import Testing

/// Messages that name the place and the remedy, never the code's types (issue 11's findings).
@Suite("Messages with the remedy")
struct MessageRemedyTests {
    /// The sample plan's text with one replacement, written as `plan.json`; the command's result.
    func handEdited(_ find: String, _ replace: String, _ convene: Convene) throws -> Run {
        try PlanStore(path: convene.plan).save(SampleBook.make())
        let text = try String(contentsOfFile: convene.plan, encoding: .utf8)
        let range = try #require(text.range(of: find), "the sample has \(find)")
        try text.replacingCharacters(in: range, with: replace).write(
            toFile: convene.plan, atomically: true, encoding: .utf8)
        return try convene("agenda")
    }

    @Test("a missing --file names the init command for that very path, and running it works")
    func missingFile() throws {
        let convene = try Convene()
        let result = try convene("agenda")
        #expect(result.status == 3)
        #expect(result.stderr.contains("no such plan file. Create it with: convene init --file \(convene.plan)"))
        #expect(!result.stderr.contains("without --file"))
        try convene.ok("init")
        #expect(try convene("agenda").status == 0)
    }

    @Test("a wrong value in a hand-edited file lists the valid ones and names no type of the code, in either language")
    func wrongValue() throws {
        let convene = try Convene()
        let result = try handEdited("\"politics\" : \"member\"", "\"politics\" : \"党员\"", convene)
        #expect(result.status == 3)
        #expect(
            result.stderr.contains(
                "at people[0].politics: '党员' is not a value this field takes; use one of: member, probationary, league,"
            ),
            "\(result.stderr)")
        #expect(!result.stderr.contains("Politics"))
        #expect(!result.stderr.contains("Cannot initialize"))
        let chinese = try convene("agenda", "--lang", "zh")
        #expect(chinese.stderr.contains("people[0].politics 处的“党员”不是该字段可取的值；请用以下之一：member"), "\(chinese.stderr)")
    }

    @Test("a fractional or huge number names its place", arguments: ["20.5", "99999999999999999999999"])
    func numbers(number: String) throws {
        let result = try handEdited("\"minutes\" : 20", "\"minutes\" : \(number)", try Convene("numbers"))
        #expect(result.status == 3)
        #expect(result.stderr.contains("at events[0].items[0].minutes: \(number)"), "\(result.stderr)")
        #expect(!result.stderr.contains("at the top level"))
    }

    @Test("an over-long name is a usage error at input (exit 2) with the limit, and the file is untouched")
    func overlong() throws {
        let convene = try Convene()
        try convene.ok("init")
        let before = try Data(contentsOf: URL(fileURLWithPath: convene.plan))
        let result = try convene(
            "person", "add", "--name", String(repeating: "名", count: 10_001), "--org", "o1", "--politics", "masses")
        #expect(result.status == 2)
        #expect(result.stderr.contains("name: is 10,001 characters long; the limit is 10,000"), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: convene.plan)) == before)
    }

    @Test("an unknown field in a hand-edited file is a load error with its place, not lost at the next save")
    func unknownField() throws {
        let result = try handEdited(
            "\"title\" : \"党建座谈会\"", "\"title\" : \"党建座谈会\",\n\"colour\" : \"red\"", try Convene())
        #expect(result.status == 3)
        #expect(
            result.stderr.contains("at events[0].items[2].colour: is not a field Convene knows"), "\(result.stderr)")
    }

    @Test("a key given twice in one object is a load error with its place")
    func duplicateKey() throws {
        let result = try handEdited(
            "\"title\" : \"党建座谈会\"", "\"title\" : \"党建座谈会\",\n\"title\" : \"别的\"", try Convene())
        #expect(result.status == 3)
        #expect(result.stderr.contains("at events[0].items[2]: the field \"title\" is given twice"), "\(result.stderr)")
    }

    @Test("a null for a field Convene does not know loses nothing and loads")
    func unknownNull() throws {
        let result = try handEdited(
            "\"title\" : \"党建座谈会\"", "\"title\" : \"党建座谈会\",\n\"colour\" : null", try Convene())
        #expect(result.status == 0, "\(result.stderr)")
    }
}
