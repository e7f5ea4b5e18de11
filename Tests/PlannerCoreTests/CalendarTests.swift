import Foundation
import PlannerCore
import Testing

@Suite("CivilDate and ClockTime")
struct CalendarTests {
    @Test(
        "dates parse only as real YYYY-MM-DD days",
        arguments: [
            ("2023-06-16", true), ("2024-02-29", true), ("2023-02-29", false), ("2000-02-29", true),
            ("1900-02-29", false),
            ("2023-04-31", false), ("2023-12-31", true), ("2023-13-01", false), ("2023-00-10", false),
            ("2023-01-00", false),
            ("2023-6-16", false), ("23-06-16", false), ("2023/06/16", false), ("2023-06-16T09:00", false), ("", false),
            ("２０２３-06-16", false), ("2023-06-1a", false), ("0000-01-01", false), ("9999-12-31", true),
        ])
    func parseDate(text: String, valid: Bool) {
        #expect((CivilDate(text) != nil) == valid, "\(text)")
        if valid { #expect(CivilDate(text)!.description == text) }
    }

    @Test(
        "times parse as H:MM or HH:MM from 00:00 to 24:00",
        arguments: [
            ("00:00", 0), ("9:05", 545), ("09:05", 545), ("23:59", 1439), ("24:00", 1440), ("12:30", 750),
        ])
    func parseTime(text: String, minutes: Int) {
        #expect(ClockTime(text)?.minutes == minutes)
    }

    @Test(
        "impossible or malformed times are refused",
        arguments: [
            "25:70", "9:5", "24:01", "25:00", "12:60", "", "12", "12:00:00", "-1:00", "1:2:3", "１２:００", " 9:00",
            "9:00 ", "ab:cd", "123:00",
        ])
    func badTime(text: String) {
        #expect(ClockTime(text) == nil, "\(text)")
    }

    @Test("times print as HH:MM and order by minutes")
    func timeDescription() {
        #expect(ClockTime(minutes: 545)?.description == "09:05")
        #expect(ClockTime(minutes: 1440)?.description == "24:00")
        #expect(ClockTime(minutes: 1441) == nil)
        #expect(ClockTime(minutes: -1) == nil)
        #expect(ClockTime("9:00")! < ClockTime("10:00")!)
    }

    @Test("the day of the week: 2023-06-16 was a Friday")
    func weekday() {
        #expect(CivilDate("2023-06-16")?.weekday == 5)
        #expect(CivilDate("2024-01-01")?.weekday == 1)
        #expect(CivilDate("2023-06-18")?.weekday == 7)
        #expect(CivilDate("2000-02-29")?.weekday == 2)
    }

    @Test("the weekday agrees with the Gregorian calendar for every day of 2023 and 2024")
    func weekdayAgreesWithFoundation() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        var date = try #require(CivilDate("2023-01-01"))
        for _ in 0..<731 {
            let when = try #require(
                calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 12)))
            let sundayFirst = calendar.component(.weekday, from: when)  // 1 = Sunday
            #expect(date.weekday == (sundayFirst == 1 ? 7 : sundayFirst - 1), "\(date)")
            date = try #require(date.addingDays(1))
        }
        #expect(date.description == "2025-01-01")
    }

    @Test("adding days crosses months, years and leap days both ways")
    func addingDays() {
        let d = CivilDate("2023-12-31")!
        #expect(d.addingDays(1)?.description == "2024-01-01")
        #expect(CivilDate("2024-02-28")!.addingDays(1)?.description == "2024-02-29")
        #expect(CivilDate("2024-03-01")!.addingDays(-1)?.description == "2024-02-29")
        #expect(CivilDate("2023-03-01")!.addingDays(-1)?.description == "2023-02-28")
        #expect(CivilDate("2023-01-01")!.addingDays(-1)?.description == "2022-12-31")
        #expect(d.addingDays(0) == d)
        #expect(CivilDate("2023-06-16")!.addingDays(366)?.description == "2024-06-16")
    }

    @Test("dates order by year, month and day")
    func dateOrder() {
        #expect(CivilDate("2023-06-16")! < CivilDate("2023-06-17")!)
        #expect(CivilDate("2023-06-30")! < CivilDate("2023-07-01")!)
        #expect(CivilDate("2022-12-31")! < CivilDate("2023-01-01")!)
        #expect(CivilDate(year: 2023, month: 2, day: 30) == nil)
    }
}
