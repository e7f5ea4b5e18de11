import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore
import Testing

/// Time zones and daylight saving time through the real binary (issue 11, "Time").
@Suite("Time zones and daylight saving, end to end")
struct TimeZoneTests {
    /// Saves the sample to the plan, then rewrites its text with `edit`.
    private func handEdited(_ convene: Convene, _ edit: (String) -> String) throws -> Data {
        try PlanStore(path: convene.plan).save(SampleBook.make())
        let text = try String(contentsOfFile: convene.plan, encoding: .utf8)
        let edited = edit(text)
        #expect(edited != text)
        let data = Data(edited.utf8)
        try data.write(to: URL(fileURLWithPath: convene.plan))
        return data
    }

    @Test("a plan in a zone Foundation does not know is refused on load by check, agenda and event edit")
    func unknownZone() throws {
        let convene = try Convene()
        let data = try handEdited(convene) {
            $0.replacingOccurrences(of: "\"tz\" : \"Asia/Shanghai\"", with: "\"tz\" : \"Mars/Olympus\"")
        }
        let expected = """
            convene: \(convene.plan): the plan does not hold together (1 problem):
              events[0].tz: event e1 '党建强堡垒 促发展 联建交流活动' is in the time zone 'Mars/Olympus', which Convene does not know; use an IANA zone such as Asia/Shanghai
            The file was left untouched; fix these entries.

            """
        for arguments in [
            ["check"], ["agenda", "--format", "ics"], ["event", "edit", "--event", "e1", "--title", "新标题"],
            ["event", "edit", "--event", "e1", "--tz", "Europe/Berlin"],
        ] {
            let result = try run(
                convene.binary, arguments + ["--file", convene.plan], environment: convene.baseEnvironment)
            #expect(result.status == 3, "\(arguments): \(result.stderr)")
            #expect(result.stderr.hasSuffix(expected), "\(arguments)")
            #expect(result.stdout.isEmpty, "\(arguments)")
        }
        #expect(FileManager.default.contents(atPath: convene.plan) == data, "the file is untouched")
    }

    @Test("event add and event edit refuse a zone Foundation does not know, as a usage error")
    func addAndEditRefuse() throws {
        let convene = try Convene()
        try convene.ok("init")
        let before = FileManager.default.contents(atPath: convene.plan)
        for arguments in [
            [
                "event", "add", "--title", "火星会", "--date", "2023-06-16", "--start", "9:00", "--end", "12:00", "--tz",
                "Mars/Olympus",
            ],
            ["event", "edit", "--event", "e1", "--tz", "Mars/Olympus"],
        ] {
            let result = try run(
                convene.binary, arguments + ["--file", convene.plan], environment: convene.baseEnvironment)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(
                result.stderr.contains("'Mars/Olympus' is not an IANA time zone (e.g. Asia/Shanghai)"),
                "\(result.stderr)")
        }
        #expect(FileManager.default.contents(atPath: convene.plan) == before)
    }

    @Test("an item in New York's spring gap: check reports dst-gap (exit 1), and the ics ends after it starts")
    func springGap() throws {
        let convene = try Convene()
        try convene.ok("init")
        try convene.ok(
            "event", "edit", "--event", "e1", "--tz", "America/New_York", "--date", "2023-03-12",
            "--start", "00:00", "--end", "12:00")
        #expect(try convene.ok("item", "add", "--title", "夜场", "--start", "02:30", "--minutes", "30") == "i5")
        let check = try convene("check")
        #expect(check.status == 1)
        #expect(
            check.stdout.contains(
                "error: [dst-gap] '夜场' starts at 02:30 on 2023-03-12, a time that does not exist in America/New_York: the clocks jump from 02:00 to 03:00, and calendars read it 1 hour later; move the item out of 02:00–03:00  (i5)"
            ), "\(check.stdout)")
        let ics = try convene.ok("agenda", "--format", "ics")
        #expect(
            ics.contains("DTSTART;TZID=America/New_York:20230312T033000\r\nDTEND;TZID=America/New_York:20230312T040000")
        )
    }

    @Test("an item at 01:30 on New York's autumn change day is a dst-overlap warning")
    func autumnOverlap() throws {
        let convene = try Convene()
        try convene.ok("init")
        try convene.ok(
            "event", "edit", "--event", "e1", "--tz", "America/New_York", "--date", "2023-11-05",
            "--start", "00:00", "--end", "12:00")
        #expect(try convene.ok("item", "add", "--title", "夜场", "--start", "01:30", "--minutes", "15") == "i5")
        let check = try convene("check")
        #expect(
            check.stdout.contains(
                "warning: [dst-overlap] '夜场' starts at 01:30 and ends at 01:45 on 2023-11-05, times that happen twice in America/New_York"
            ), "\(check.stdout)")
    }
}
