import ConveneTestSupport
import Foundation
import Testing

/// Loads the calendar at argv[1] as one calendar and prints its zones, then each entry's UID, SEQUENCE and SUMMARY.
private let printEntries = #"""
    import sys, icalendar
    cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
    print(" ".join(str(z["TZID"]) for z in cal.walk("VTIMEZONE")))
    for event in cal.walk("VEVENT"):
        print(event["UID"].split(".")[0], event.decoded("SEQUENCE"), event["SUMMARY"])
    """#

@Suite("Calendars on the command line: agenda --format ics")
struct CalendarExportTests {
    @Test(
        "--all-events is one calendar python's icalendar reads; an edited item's SEQUENCE grows, its UID stays",
        .timeLimit(.minutes(10)))
    func allEventsOneCalendar() throws {
        let convene = try Convene()
        try convene.ok("init")
        try convene.ok(
            "event", "add", "--title", "纽约座谈", "--date", "2023-07-01", "--start", "09:00", "--end", "10:00", "--tz",
            "America/New_York")
        try convene.ok(
            "item", "add", "--event", "e2", "--kind", "other", "--title", "交流", "--start", "09:00", "--minutes", "30")
        let before = try convene.ok("agenda", "--all-events", "--format", "ics")
        try convene.ok("item", "edit", "--event", "e1", "--item", "i3", "--minutes", "70")
        let after = try convene.ok("agenda", "--all-events", "--format", "ics")
        #expect(before.components(separatedBy: "BEGIN:VCALENDAR").count == 2)
        let uids = { (ics: String) in ics.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") } }
        #expect(uids(before) == uids(after))
        let path = convene.folder.file("all.ics")
        try Data(after.utf8).write(to: URL(fileURLWithPath: path))
        let result = try Spawn.run(["/usr/bin/env", "python3", "-c", printEntries, path])
        #expect(result.status == 0, "python3 with icalendar (pip install icalendar) failed:\n\(result.stderr)")
        #expect(
            result.stdout == """
                Asia/Shanghai America/New_York
                e1-i1 0 重温入党誓词 · 党建强堡垒 促发展 联建交流活动
                e1-i2 0 参观冼星海故乡纪念馆 · 党建强堡垒 促发展 联建交流活动
                e1-i3 1 党建座谈会 · 党建强堡垒 促发展 联建交流活动
                e1-i4 0 互动交流 · 党建强堡垒 促发展 联建交流活动
                e2-i5 0 交流 · 纽约座谈

                """)
    }
}
