import Foundation
import Phrasebook
import PlannerCore
import Testing

@testable import Printing

/// A calendar of `body` lines (joined with CRLF), inside BEGIN:VCALENDAR … END:VCALENDAR.
private func calendar(_ body: [String], lineEnd: String = "\r\n") -> Data {
    Data((["BEGIN:VCALENDAR", "VERSION:2.0"] + body + ["END:VCALENDAR"]).joined(separator: lineEnd).utf8 + [])
}

/// One VEVENT with a UID and a SUMMARY, plus `lines`.
private func event(_ lines: [String], summary: String = "交流") -> [String] {
    ["BEGIN:VEVENT", "UID:u1@example", "SUMMARY:\(summary)"] + lines + ["END:VEVENT"]
}

private let shanghai = TimeZone(identifier: "Asia/Shanghai") ?? .gmt

/// The entries of a calendar, or the test fails with the problems.
private func entries(_ data: Data, floating: TimeZone = shanghai) throws -> [CalendarEntry] {
    let calendars = try ICSReader.read(data)
    switch CalendarEntries(calendar: calendars[0], floating: floating).entries() {
    case .success(let read): return read
    case .failure(let problems): throw problems
    }
}

/// The problems of a calendar whose entries cannot all be read.
private func problems(_ data: Data) throws -> [ImportProblem] {
    let calendars = try ICSReader.read(data)
    guard case .failure(let bad) = CalendarEntries(calendar: calendars[0], floating: shanghai).entries() else {
        Issue.record("the calendar was read")
        return []
    }
    return bad.problems
}

/// "2023-06-16 09:00" in a zone.
private func local(_ date: Date, _ zone: TimeZone = shanghai) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    let fields = [c.year, c.month, c.day, c.hour, c.minute].map { $0 ?? -1 }
    return String(format: "%04d-%02d-%02d %02d:%02d", fields[0], fields[1], fields[2], fields[3], fields[4])
}

@Suite("The ics reader: lines, values, zones, repeats and bad files")
struct ICSReaderTests {
    @Test("folded lines are joined, by CRLF or LF, with a space or a tab, even inside a UTF-8 sequence")
    func unfolding() throws {
        let title = Array("重温入党誓词".utf8)
        // Fold after the first byte of 誓 (E8 AA 93): the split sequence is joined before it is read as UTF-8.
        let cut = title.firstIndex(of: 0xE8)! + 1
        var bytes = Array("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:u1\r\nSUMMARY:".utf8) + title[..<cut]
        bytes +=
            Array("\r\n ".utf8) + title[cut...] + Array("\r\nDESCRIPTION:第一\n\t行\r\nEND:VEVENT\nEND:VCALENDAR".utf8)
        let event = try #require(try ICSReader.read(Data(bytes)).first?.components("VEVENT").first)
        #expect(event.property("SUMMARY")?.text == "重温入党誓词")
        #expect(event.property("DESCRIPTION")?.text == "第一行")
        #expect(event.line == 2)
    }

    @Test("TEXT values are unescaped: \\n \\N \\, \\; \\\\")
    func unescaping() {
        #expect(ICSReader.unescape(#"冼星海故乡纪念馆\, 展厅\n第二行\N\;\\"#) == "冼星海故乡纪念馆, 展厅\n第二行\n;\\")
        #expect(ICSReader.unescape(#"末尾\"#) == #"末尾\"#)
    }

    @Test("parameters: quoted values keep : ; and , and names are case-insensitive")
    func parameters() throws {
        let p = try ICSReader.parse(#"dtstart;tzid="China Standard Time";x-a=1,"b;c:d":20230628T143000"#, number: 7)
        #expect(p.name == "DTSTART")
        #expect(p.parameter("TZID") == "China Standard Time")
        #expect(p.parameters["X-A"] == ["1", "b;c:d"])
        #expect(p.value == "20230628T143000")
        #expect(p.line == 7)
    }

    @Test("zones: IANA, behind a prefix, Outlook's names, a file's fixed VTIMEZONE, UTC, floating")
    func zones() throws {
        let data = calendar(
            [
                "X-WR-TIMEZONE:Europe/Berlin", "BEGIN:VTIMEZONE", "TZID:Custom+8", "BEGIN:STANDARD",
                "DTSTART:16010101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:STANDARD", "END:VTIMEZONE",
            ]
                + event(["DTSTART;TZID=Asia/Shanghai:20230616T090000", "DURATION:PT20M"])
                + event(["DTSTART;TZID=/mozilla.org/20050126_1/Asia/Shanghai:20230616T090000", "DURATION:PT1H"])
                + event([
                    "DTSTART;TZID=\"China Standard Time\":20230616T090000",
                    "DTEND;TZID=\"China Standard Time\":20230616T100000",
                ])
                + event(["DTSTART;TZID=Tokyo Standard Time:20230616T100000", "DURATION:PT1H"])
                + event(["DTSTART;TZID=Custom+8:20230616T090000", "DURATION:PT1H"])
                + event(["DTSTART:20230616T010000Z", "DTEND:20230616T020000Z"])
                + event(["DTSTART:20230616T030000", "DURATION:PT1H"]))
        let got = try entries(data)
        #expect(got.count == 7)
        #expect(got.map { local($0.start) }.dropLast() == Array(repeating: "2023-06-16 09:00", count: 6))
        #expect(got[0].zone.identifier == "Asia/Shanghai")
        #expect(got[2].zone.identifier == "Asia/Shanghai", "China Standard Time is Asia/Shanghai")
        #expect(got[3].zone.identifier == "Asia/Tokyo")
        #expect(got[5].zone.identifier == "Europe/Berlin", "a UTC time is shown in the calendar's X-WR-TIMEZONE")
        #expect(local(got[6].start, TimeZone(identifier: "Europe/Berlin")!) == "2023-06-16 03:00", "floating")
        #expect(got[0].end.timeIntervalSince(got[0].start) == 1200)
        #expect(WindowsTimeZones.iana("pacific standard time") == "America/Los_Angeles")
    }

    @Test("an unknown zone is refused by its line, naming the zone, in both languages")
    func unknownZone() throws {
        let found = try problems(calendar(event(["DTSTART;TZID=Mars Standard Time:20230616T090000", "DURATION:PT1H"])))
        let problem = try #require(found.first)
        #expect(problem.line == 6)
        #expect(problem.phrase.text(.en).contains("the time zone 'Mars Standard Time' is not an IANA or Outlook zone"))
        #expect(problem.phrase.text(.zh).contains("第 6 行"))
        #expect(problem.phrase.text(.zh).contains("时区“Mars Standard Time”"))
    }

    @Test("DATE values are all-day entries: one day without DTEND, the days to DTEND with it")
    func dates() throws {
        let got = try entries(
            calendar(
                event(["DTSTART;VALUE=DATE:20230628"])
                    + event(["DTSTART;VALUE=DATE:20230628", "DTEND;VALUE=DATE:20230630"])))
        #expect(got.allSatisfy { $0.allDay })
        #expect(got[0].end.timeIntervalSince(got[0].start) == 86_400)
        #expect(got[1].end.timeIntervalSince(got[1].start) == 2 * 86_400)
        #expect(local(got[0].start) == "2023-06-28 00:00")
    }

    @Test("DAILY and WEEKLY series with COUNT or UNTIL expand; EXDATE and RECURRENCE-ID are kept to")
    func repeats() throws {
        let got = try entries(
            calendar(
                event(
                    [
                        "DTSTART;TZID=Asia/Shanghai:20230704T140000", "DURATION:PT1H",
                        "RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=TU",
                        "EXDATE;TZID=Asia/Shanghai:20230711T140000",
                    ], summary: "学习")
                    + [
                        "BEGIN:VEVENT", "UID:u1@example", "SUMMARY:学习（改）",
                        "RECURRENCE-ID;TZID=Asia/Shanghai:20230718T140000",
                        "DTSTART;TZID=Asia/Shanghai:20230718T150000",
                        "DURATION:PT1H", "END:VEVENT",
                    ]
                    + [
                        "BEGIN:VEVENT", "UID:u2@example", "SUMMARY:晨读", "DTSTART:20230701T073000",
                        "DURATION:PT30M", "RRULE:FREQ=DAILY;INTERVAL=2;UNTIL=20230705", "END:VEVENT",
                    ]))
        #expect(got.map(\.summary) == ["学习", "学习（改）", "晨读", "晨读", "晨读"])
        #expect(
            got.map { local($0.start) } == [
                "2023-07-04 14:00", "2023-07-18 15:00", "2023-07-01 07:30", "2023-07-03 07:30", "2023-07-05 07:30",
            ])
        #expect(got.map(\.uid) == ["u1@example", "u1@example#3", "u2@example", "u2@example#2", "u2@example#3"])
    }

    @Test("a rule Convene does not expand is refused, naming the entry and its line, in both languages")
    func refusedRepeats() throws {
        let cases: [(String, String, String)] = [
            ("RRULE:FREQ=MONTHLY;COUNT=3", "which Convene does not expand", "Convene 不展开这种规则"),
            ("RRULE:FREQ=WEEKLY", "repeats without end", "无止境地重复"),
            ("RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=MO,WE", "several weekdays", "每周多天重复"),
            ("RDATE:20230801T090000", "RDATE", "RDATE"),
        ]
        for (rule, en, zh) in cases {
            let found = try problems(
                calendar(event(["DTSTART:20230703T090000", "DURATION:PT1H", rule], summary: "理论学习")))
            let problem = try #require(found.first, "\(rule)")
            #expect(problem.phrase.text(.en).contains("'理论学习'"), "\(rule)")
            #expect(problem.phrase.text(.en).contains(en), "\(problem.phrase.text(.en))")
            #expect(problem.phrase.text(.zh).contains(zh), "\(problem.phrase.text(.zh))")
        }
    }

    @Test(
        "bad files: a message naming the line, never a crash",
        arguments: [
            ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY 没有冒号\r\n", 3, "SUMMARY has no ':' before its value", "的值前面没有"),
            ("BEGIN:VCALENDAR\r\nEND:VEVENT\r\n", 2, "END:VEVENT without its BEGIN", "没有对应的 BEGIN"),
            ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", 2, "BEGIN:VEVENT has no END:VEVENT", "没有对应的 END"),
            ("姓名,单位\r\n徐晓敏,o3\r\n", 1, "is not a calendar line", "不是日历行"),
            ("BEGIN:VCALENDAR\r\nX-A;B:1\r\n", 2, "X-A has a parameter without NAME=value", "参数"),
            ("BEGIN:VCALENDAR\r\nX-A;B=\"1:2\r\n", 2, "X-A has a quote that is not closed", "引号"),
            ("", 1, "no BEGIN:VCALENDAR", "没有 BEGIN:VCALENDAR"),
        ])
    func badFiles(text: String, line: Int, en: String, zh: String) {
        #expect {
            _ = try ICSReader.read(Data(text.utf8))
        } throws: { error in
            guard let error = error as? ICSReadError else { return false }
            return error.line == line && error.problem.phrase.text(.en).contains(en)
                && error.problem.phrase.text(.zh).contains(zh) && error.problem.phrase.text(.zh).contains("第 \(line) 行")
        }
    }

    @Test("bytes that are not UTF-8 are refused by their line")
    func notUTF8() {
        let data = Data("BEGIN:VCALENDAR\r\nSUMMARY:".utf8) + Data([0xD6, 0xD0, 0xFF]) + Data("\r\n".utf8)
        #expect {
            _ = try ICSReader.read(data)
        } throws: { error in
            (error as? ICSReadError)?.line == 2
                && (error as? ICSReadError)?.reason.text(.en).contains("not UTF-8") == true
        }
    }

    @Test("an entry without times that can be read is refused with its line: bad values, no start, an end first")
    func badEntries() throws {
        let found = try problems(
            calendar(
                event(["DTSTART:2023-06-16 09:00"], summary: "甲") + event(["DURATION:PT1H"], summary: "乙")
                    + event(["DTSTART:20230616T100000", "DTEND:20230616T090000"], summary: "丙")
                    + event(["DTSTART:20230231T100000", "DURATION:PT1H"], summary: "丁")
                    + event(["DTSTART:20230616T100000", "DURATION:1 hour"], summary: "戊")
                    + ["BEGIN:VEVENT", "UID:u9", "DTSTART:20230616T100000", "END:VEVENT"]))
        let texts = found.map { $0.phrase.text(.en) }
        #expect(texts.count == 6)
        #expect(texts[0] == "line 6: DTSTART: '2023-06-16 09:00' is not a date (20230616) or a time (20230616T090000)")
        #expect(texts[1] == "line 8: '乙' has no DTSTART (start)")
        #expect(texts[2] == "line 13: '丙' ends when or before it starts; give it a later DTEND")
        #expect(texts[3] == "line 22: DTSTART: '20230231T100000' is not a real date")
        #expect(texts[4].hasPrefix("line 29: '戊': '1 hour' is not a DURATION"))
        #expect(texts[5] == "line 31: the entry has no SUMMARY (title); give it one")
    }

    @Test("durations", arguments: [("PT1H30M", 5400), ("P1D", 86_400), ("P2W", 1_209_600), ("P0DT0H20M0S", 1200)])
    func durations(text: String, seconds: Int) {
        #expect(CalendarEntries.durationSeconds(text) == seconds)
    }

    @Test("not durations", arguments: ["PT", "1H", "PT1D", "P1H", "-PT5M", "PT99999999H"])
    func notDurations(text: String) {
        #expect(CalendarEntries.durationSeconds(text) == nil)
    }
}
