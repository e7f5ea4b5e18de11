import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore
import Testing

@testable import Printing

/// Loads the calendar at argv[1] as ONE calendar (python's icalendar refuses a file of several) and prints its
/// VTIMEZONEs' TZIDs, then each VEVENT's UID, local start and UTC offset in hours.
private let printCalendar = #"""
    import sys, icalendar
    cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
    print(" ".join(str(z["TZID"]) for z in cal.walk("VTIMEZONE")))
    for event in cal.walk("VEVENT"):
        start = event.decoded("DTSTART")
        print(event["UID"].split(".")[0], start.strftime("%Y-%m-%dT%H:%M"), start.utcoffset().total_seconds() / 3600)
    """#

/// Loads the calendar at argv[1] and prints each VEVENT's SEQUENCE and LAST-MODIFIED (or "-").
private let printRevisions = #"""
    import sys, icalendar
    cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
    for event in cal.walk("VEVENT"):
        modified = event.decoded("LAST-MODIFIED").isoformat() if "LAST-MODIFIED" in event else "-"
        print(event.decoded("SEQUENCE"), modified)
    """#

/// These tests need Python's `icalendar` (.ci/run installs it); without it they fail rather than skip.
@Suite("Every event's agenda as one calendar (agenda --all-events --format ics)")
struct PlanICSTests {
    /// The sample's event in Shanghai (2023), a copy in New York in July 2024 and one in Shanghai in 2024.
    private func threeEvents() throws -> Book {
        var book = SampleBook.make()
        var newYork = book.events[0], later = book.events[0]
        newYork.id = "e2"
        newYork.tz = "America/New_York"
        newYork.date = try #require(CivilDate("2024-07-01"))
        later.id = "e3"
        later.date = try #require(CivilDate("2024-03-01"))
        book.events += [newYork, later]
        return book
    }

    @Test("one VCALENDAR with one VTIMEZONE per zone; python's icalendar reads every event", .timeLimit(.minutes(10)))
    func oneCalendar() throws {
        let book = try threeEvents()
        let ics = try PlanICS(book: book, events: book.events, stamp: Date(timeIntervalSince1970: 0)).render()
        #expect(ics.components(separatedBy: "BEGIN:VCALENDAR\r\n").count == 2)
        #expect(ics.components(separatedBy: "BEGIN:VTIMEZONE\r\n").count == 3)
        #expect(!ics.contains("X-WR-TIMEZONE"), "the calendar has two zones")
        let folder = TempFolder()
        let path = folder.file("all.ics")
        try Data(ics.utf8).write(to: URL(fileURLWithPath: path))
        let result = try Spawn.run(["/usr/bin/env", "python3", "-c", printCalendar, path])
        #expect(result.status == 0, "python3 with icalendar (pip install icalendar) failed:\n\(result.stderr)")
        let starts = ["09:00", "09:20", "10:20", "11:20"]
        let want =
            ["Asia/Shanghai America/New_York"]
            + (1...4).map { "e1-i\($0) 2023-06-16T\(starts[$0 - 1]) 8.0" }
            + (1...4).map { "e2-i\($0) 2024-07-01T\(starts[$0 - 1]) -4.0" }
            + (1...4).map { "e3-i\($0) 2024-03-01T\(starts[$0 - 1]) 8.0" }
        #expect(result.stdout == want.map { $0 + "\n" }.joined())
    }

    @Test("a zone's VTIMEZONE covers the clock changes of every year its events fall in")
    func zoneCoversEveryYear() throws {
        var book = try threeEvents()
        book.events[0].tz = "America/New_York"
        let zones = try ICSCalendar.zones(of: book.events)
        #expect(zones.map(\.identifier) == ["America/New_York", "Asia/Shanghai"])
        let years = Set(zones[0].observances.map { ICSTimeZone.compact($0.start).prefix(4) })
        #expect(years == ["2022", "2023", "2024"])
    }

    @Test("a zone that is not an IANA zone is an error naming it")
    func badZone() throws {
        var book = try threeEvents()
        book.events[1].tz = "Mars/Olympus"
        #expect(throws: PlanError.self) { try PlanICS(book: book, events: book.events, stamp: Date()).render() }
    }

    @Test("python's icalendar reads an edited item's SEQUENCE and LAST-MODIFIED", .timeLimit(.minutes(10)))
    func revisionsParse() throws {
        var book = SampleBook.make()
        var item = book.events[0].items[1]
        item.title = "参观学习"
        book = try book.applying(.updateItem(event: "e1", item: item), at: Date(timeIntervalSince1970: 1_686_904_200))
        let folder = TempFolder()
        let path = folder.file("agenda.ics")
        try Data(try PlanICS(book: book, events: book.events, stamp: Date()).render().utf8).write(
            to: URL(fileURLWithPath: path))
        let result = try Spawn.run(["/usr/bin/env", "python3", "-c", printRevisions, path])
        #expect(result.status == 0, "python3 with icalendar (pip install icalendar) failed:\n\(result.stderr)")
        #expect(result.stdout == "0 -\n1 2023-06-16T08:30:00+00:00\n0 -\n0 -\n")
    }
}
