import Foundation
import PlannerCore
import Testing

/// `dst-gap` and `dst-overlap`: an item at a local time the event's zone skips or repeats on that date.
@Suite("Checks: clock changes")
struct ClockChangeChecksTests {
    /// One event on `date` in `tz`, open all day, with one item of no particular kind from `start` for `minutes`.
    static func book(tz: String, date: String, start: String, minutes: Int) throws -> Book {
        var book = Book()
        book.events = [
            Event(
                id: "e1", title: "夜间联建", date: try #require(CivilDate(date)),
                start: try #require(ClockTime("00:00")), end: try #require(ClockTime("24:00")), tz: tz,
                items: [
                    AgendaItem(
                        id: "i1", kind: .other, title: "开幕", start: try #require(ClockTime(start)), minutes: minutes)
                ])
        ]
        return book
    }

    static func problems(tz: String, date: String, start: String, minutes: Int) throws -> [Problem] {
        let book = try book(tz: tz, date: date, start: start, minutes: minutes)
        // The rules about clock changes alone: the event has no venue and nobody yet, on purpose.
        return Checks.problems(in: book.events[0], book: book).filter {
            $0.code != "no-venue" && $0.code != "no-participants"
        }
    }

    @Test(
        "an item starting in the spring gap is an error naming the item, the time and the remedy",
        arguments: [
            ("America/New_York", "2023-03-12", "02:00", "03:00"),
            ("Europe/Berlin", "2023-03-26", "02:00", "03:00"),
        ])
    func gap(tz: String, date: String, from: String, to: String) throws {
        let found = try Self.problems(tz: tz, date: date, start: "02:30", minutes: 60)
        #expect(found.map(\.code) == ["dst-gap"])
        let p = try #require(found.first)
        #expect(p.severity == .error)
        #expect(p.ids == ["i1"])
        #expect(
            p.message.description
                == "'开幕' starts at 02:30 on \(date), a time that does not exist in \(tz): the clocks jump from \(from) to \(to), and calendars read it 1 hour later; move the item out of \(from)–\(to)"
        )
    }

    @Test(
        "an item at a time that happens twice in the autumn is a warning",
        arguments: [
            ("America/New_York", "2023-11-05", "01:30", "01:45", "01:00", "02:00"),
            ("Europe/Berlin", "2023-10-29", "02:30", "02:45", "02:00", "03:00"),
        ])
    func overlap(tz: String, date: String, start: String, end: String, from: String, to: String) throws {
        let found = try Self.problems(tz: tz, date: date, start: start, minutes: 15)
        #expect(found.map(\.code) == ["dst-overlap"])
        let p = try #require(found.first)
        #expect(p.severity == .warning)
        #expect(
            p.message.description
                == "'开幕' starts at \(start) and ends at \(end) on \(date), times that happen twice in \(tz): the clocks go back 1 hour from \(to) to \(from), and calendars take the first, before the change; move the item out of \(from)–\(to) or say which in its notes"
        )
    }

    @Test("an item that only ends in the gap is reported for its end; one ending where the gap begins is not")
    func endsInGap() throws {
        let ends = try Self.problems(tz: "America/New_York", date: "2023-03-12", start: "01:30", minutes: 60)
        #expect(ends.map(\.code) == ["dst-gap"])
        #expect(
            ends.first?.message.description.hasPrefix("'开幕' ends at 02:30 on 2023-03-12, a time that does not exist")
                == true)
        #expect(try Self.problems(tz: "America/New_York", date: "2023-03-12", start: "01:30", minutes: 30).isEmpty)
        #expect(try Self.problems(tz: "America/New_York", date: "2023-03-12", start: "03:00", minutes: 30).isEmpty)
    }

    @Test(
        "the same times on other days, or in a zone without daylight saving time, are fine",
        arguments: [
            ("America/New_York", "2023-03-11"), ("America/New_York", "2023-06-16"), ("Europe/Berlin", "2023-03-27"),
            ("Asia/Shanghai", "2023-03-12"), ("UTC", "2023-10-29"),
        ])
    func ordinaryDays(tz: String, date: String) throws {
        for start in ["01:30", "02:30"] {
            #expect(try Self.problems(tz: tz, date: date, start: start, minutes: 30).isEmpty)
        }
    }

    @Test("a half-hour change (Australia/Lord_Howe) says so")
    func halfHour() throws {
        let found = try Self.problems(tz: "Australia/Lord_Howe", date: "2023-10-01", start: "02:15", minutes: 5)
        #expect(found.map(\.code) == ["dst-gap"])
        #expect(
            found.first?.message.description.contains(
                "the clocks jump from 02:00 to 02:30, and calendars read them 30 minutes later") == true)
    }
}
