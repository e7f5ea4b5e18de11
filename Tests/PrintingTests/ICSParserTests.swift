import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore
import Printing
import Testing

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
        assert str(event["SUMMARY"]) == summary, str(event["SUMMARY"])
        assert str(event["LOCATION"]) == location, str(event["LOCATION"])
        assert str(event["UID"]) == "e1-i%d@convene" % (n + 1), str(event["UID"])
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

/// Runs `python3 -c script path` and returns its exit status, standard output and standard error.
/// Through `Spawn` (posix_spawn, output to files), not Foundation's `Process`: its pipes are inherited by children
/// other tests start at the same moment (the planner's tmux server), and reading them to the end then waits for
/// those children, past the time limit.
private func python(_ script: String, _ path: String) throws -> (status: Int32, stdout: String, stderr: String) {
    let result = try Spawn.run(["/usr/bin/env", "python3", "-c", script, path])
    return (result.status, result.stdout, result.stderr)
}

/// These tests need Python's `icalendar` (.ci/run installs it); without it they fail rather than skip.
@Suite("The calendar parses with a real iCalendar parser (Python icalendar)")
struct ICSParserTests {
    @Test("the sample's four items at their local times in Asia/Shanghai", .timeLimit(.minutes(1)))
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
        "a zone with daylight saving time: winter, summer and the day the clocks change", .timeLimit(.minutes(1)),
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
}
