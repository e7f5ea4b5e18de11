import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore
import Testing

@testable import Printing

/// Loads the calendar at argv[1] with Python's icalendar and checks the sample's four items; prints OK.
private let checkSample = #"""
    import sys, datetime
    import icalendar
    cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
    zones = cal.walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == ["Asia/Shanghai"], zones
    events = cal.walk("VEVENT")
    assert len(events) == 4, len(events)
    want = [(9, 0, 9, 20, "重温入党誓词", "冼星海故乡纪念馆, 展厅"),
            (9, 20, 10, 20, "参观冼星海故乡纪念馆", "冼星海故乡纪念馆, 展厅"),
            (10, 20, 11, 20, "党建座谈会", "冼星海故乡纪念馆, 会议室"),
            (11, 20, 12, 0, "互动交流", "冼星海故乡纪念馆, 会议室")]
    for n, (event, (h, m, eh, em, summary, location)) in enumerate(zip(events, want)):
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert event["DTSTART"].params["TZID"] == "Asia/Shanghai", event["DTSTART"].params
        assert start.replace(tzinfo=None) == datetime.datetime(2023, 6, 16, h, m), start
        assert end.replace(tzinfo=None) == datetime.datetime(2023, 6, 16, eh, em), end
        assert start.utcoffset() == datetime.timedelta(hours=8), start.utcoffset()
        assert str(event["SUMMARY"]) == summary + " · 党建强堡垒 促发展 联建交流活动", str(event["SUMMARY"])
        assert str(event["LOCATION"]) == location, str(event["LOCATION"])
        assert str(event["UID"]) == "e1-i%d.00000000-0000-4000-8000-000000000000@convene" % (n + 1), str(event["UID"])
        assert event.decoded("DTSTAMP") == datetime.datetime(2023, 6, 16, 0, 0, tzinfo=datetime.timezone.utc), event.decoded("DTSTAMP")
    description = str(events[2]["DESCRIPTION"])
    assert "程智鹏 Cheng Zhipeng — 发挥产业链集群效应，增强产业链韧性，推动产业链升级 (20 min)" in description, description
    assert description.splitlines()[0] == "Host: 陈思远 Chen Siyuan", description
    print("OK")
    """#

/// Loads the calendar at argv[1] and prints each VEVENT's DTSTART as local time and UTC offset in hours.
private let printStarts = #"""
    import sys, icalendar
    cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
    for event in cal.walk("VEVENT"):
        start = event.decoded("DTSTART")
        print(start.strftime("%Y-%m-%dT%H:%M"), start.utcoffset().total_seconds() / 3600)
    """#

/// Loads the calendar at argv[1] and prints each VEVENT's DTSTART and DTEND in UTC, and whether the end comes first.
private let printUTC = #"""
    import sys, datetime, icalendar
    cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
    for event in cal.walk("VEVENT"):
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        utc = lambda t: t.astimezone(datetime.timezone.utc).strftime("%H:%M")
        print(utc(start), utc(end), "ok" if end >= start else "ENDS BEFORE IT STARTS")
    """#

/// Runs `python3 -c script path` and returns its exit status, standard output and standard error. Through `Spawn`
/// (posix_spawn and waitpid), never Foundation's `Process`, whose wait can hang on Linux while other tests start
/// daemons (see Spawn.swift); under a loaded full run these tests hit their time limit that way.
private func python(_ script: String, _ path: String) throws -> (status: Int32, stdout: String, stderr: String) {
    let result = try Spawn.run(["/usr/bin/env", "python3", "-c", script, path])
    return (result.status, result.stdout, result.stderr)
}

/// These tests need Python's `icalendar` (.ci/run installs it); without it they fail rather than skip.
/// Their time limit only guards against a hang: in a full run on 2 cores they wait their turn behind the tests that
/// block a worker thread for a long time (imports of 20,000 rows, tmux sessions), which took them past one minute.
@Suite("The calendar parses with a real iCalendar parser (Python icalendar)")
struct ICSParserTests {
    @Test("the sample's four items at their local times in Asia/Shanghai", .timeLimit(.minutes(10)))
    func sampleParses() throws {
        let folder = TempFolder()
        let path = folder.file("agenda.ics")
        let book = SampleBook.make()
        let ics = try AgendaICS(book: book, event: book.events[0], stamp: Date(timeIntervalSince1970: 1_686_873_600))
            .render()
        try Data(ics.utf8).write(to: URL(fileURLWithPath: path))
        let result = try python(checkSample, path)
        #expect(result.status == 0, "python3 with icalendar (pip install icalendar) failed:\n\(result.stderr)")
        #expect(result.stdout == "OK\n")
    }

    @Test(
        "a zone with daylight saving time: winter, summer and the day the clocks change", .timeLimit(.minutes(10)),
        arguments: [("2023-01-16", "-5.0"), ("2023-07-16", "-4.0"), ("2023-03-12", "-4.0"), ("2023-11-05", "-5.0")])
    func daylightSaving(date: String, offset: String) throws {
        var book = SampleBook.make()
        book.events[0].tz = "America/New_York"
        book.events[0].date = CivilDate(date)!
        let folder = TempFolder()
        let path = folder.file("agenda.ics")
        try Data(try AgendaICS(book: book, event: book.events[0], stamp: Date()).render().utf8).write(
            to: URL(fileURLWithPath: path))
        let result = try python(printStarts, path)
        #expect(result.status == 0, "python3 with icalendar (pip install icalendar) failed:\n\(result.stderr)")
        #expect(result.stdout == ["09:00", "09:20", "10:20", "11:20"].map { "\(date)T\($0) \(offset)\n" }.joined())
    }

    @Test(
        "on the days the clocks change, every item ends after it starts, a skipped time read as RFC 5545 says",
        .timeLimit(.minutes(10)),
        arguments: [
            // Items 01:30+30, 01:45+45, 02:30+30, 02:30+15, 03:00+30; then each one's start and end in UTC.
            (
                "America/New_York", "2023-03-12",
                ["06:30 07:00", "06:45 07:30", "07:30 08:00", "07:30 07:45", "07:00 07:30"]
            ),
            (
                "Europe/Berlin", "2023-03-26",
                ["00:30 01:00", "00:45 01:30", "01:30 02:00", "01:30 01:45", "01:00 01:30"]
            ),
            // Repeated times are read as their first occurrence, before the change.
            (
                "America/New_York", "2023-11-05",
                ["05:30 07:00", "05:45 07:30", "07:30 08:00", "07:30 07:45", "08:00 08:30"]
            ),
            (
                "Europe/Berlin", "2023-10-29",
                ["23:30 00:00", "23:45 00:30", "00:30 02:00", "00:30 00:45", "02:00 02:30"]
            ),
        ])
    func clockChangeDays(tz: String, date: String, utc: [String]) throws {
        var book = SampleBook.make()
        book.events[0].tz = tz
        book.events[0].date = try #require(CivilDate(date))
        book.events[0].items = try [("01:30", 30), ("01:45", 45), ("02:30", 30), ("02:30", 15), ("03:00", 30)]
            .enumerated().map { n, item in
                AgendaItem(
                    id: "i\(n + 1)", kind: .other, title: "第\(n + 1)项", start: try #require(ClockTime(item.0)),
                    minutes: item.1)
            }
        let folder = TempFolder()
        let path = folder.file("agenda.ics")
        try Data(try AgendaICS(book: book, event: book.events[0], stamp: Date()).render().utf8).write(
            to: URL(fileURLWithPath: path))
        let result = try python(printUTC, path)
        #expect(result.status == 0, "python3 with icalendar (pip install icalendar) failed:\n\(result.stderr)")
        #expect(result.stdout == utc.map { $0 + " ok\n" }.joined())
    }

    @Test("a skipped local time is written as the time it stands for; an item starting in a gap keeps its length")
    func writtenTimes() throws {
        let zone = try #require(TimeZone(identifier: "America/New_York"))
        let date = try #require(CivilDate("2023-03-12"))
        let changes = zone.clockChanges(on: date)
        func written(_ start: Int, _ end: Int) -> String {
            let (s, e) = AgendaICS.writtenTimes(
                start: date.localSeconds(minutes: start), end: date.localSeconds(minutes: end), changes: changes)
            return AgendaICS.localTime(s) + "–" + AgendaICS.localTime(e)
        }
        #expect(written(150, 180) == "20230312T033000–20230312T040000")
        #expect(written(90, 150) == "20230312T013000–20230312T033000")
        #expect(written(60, 90) == "20230312T010000–20230312T013000")
        #expect(written(180, 1440) == "20230312T030000–20230313T000000")
    }
}
