import ConveneTestSupport
import Foundation
import PlanFile
import Testing

/// Issue 11: an import and `participant add --all-from` cost work proportional to the change. Four times the rows
/// must take about four times as long, not sixteen (the quadratic code: 5,000 rows 1 s, 20,000 rows 16 s). The
/// absolute figures are measured by `convene-bench scale`; this test, in a debug build on a shared machine,
/// compares the binary with itself and allows twice the linear factor.
@Suite("Big imports, end to end")
struct ScaleTests {
    private static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = Date()
        try body()
        return Date().timeIntervalSince(start)
    }

    /// A plan of one organisation and one event; imports `rows` people, then adds them all to the event.
    private func measure(rows: Int) throws -> (importing: Double, allFrom: Double) {
        let convene = try Convene("scale-\(rows)")
        try convene.ok("init", "--empty")
        #expect(try convene.ok("org", "add", "--name", "测试单位") == "o1")
        #expect(
            try convene.ok(
                "event", "add", "--title", "大会", "--date", "2026-06-01", "--start", "09:00", "--end", "17:00")
                == "e1")
        var text = "姓名,拼音,单位,身份\n"
        for n in 1...rows { text += "人员\(n),Ren \(n),测试单位,党员\n" }
        let csv = convene.folder.file("roster.csv")
        write(Data(text.utf8), to: csv)

        var imported: Run?
        let importing = try Self.seconds { imported = try convene("import", "people", csv) }
        let result = try #require(imported)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "convene: added \(rows) people to 测试单位, 0 already present\n")
        let ids = result.stdout.split(separator: "\n")
        #expect(ids.count == rows && ids.first == "p1" && ids.last == "p\(rows)")

        var output = ""
        let allFrom = try Self.seconds {
            output = try convene.ok("participant", "add", "--event", "e1", "--all-from", "o1")
        }
        #expect(output == String(rows))
        let book = try PlanStore(path: convene.plan).load()
        #expect(book.people.count == rows && book.events[0].participants.count == rows)
        return (importing, allFrom)
    }

    @Test("importing and adding 20,000 people takes at most 8 times as long as 5,000", .timeLimit(.minutes(5)))
    func linear() throws {
        let small = try measure(rows: 5_000)
        let big = try measure(rows: 20_000)
        #expect(
            big.importing < 8 * small.importing, "import: 5,000 rows \(small.importing) s, 20,000 \(big.importing) s")
        #expect(big.allFrom < 8 * small.allFrom, "--all-from: 5,000 \(small.allFrom) s, 20,000 \(big.allFrom) s")
    }
}
