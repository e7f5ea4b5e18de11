import Foundation
import PlannerCore
import Testing

@testable import PlanFile

@Suite("Plan file: the calendar UID an agenda item was imported from")
struct ItemCalendarUIDFileTests {
    private func imported() -> Book {
        var book = SampleBook.make()
        book.events[0].items[1].calendarUID = "3k5v0q1mhk2j6f0q8a8r1bq0ts@google.com"
        return book
    }

    @Test(
        "calendarUID survives a save and a load, by either writer and either reader",
        arguments: [(true, true), (true, false), (false, true), (false, false)])
    func roundTrip(fastWriter: Bool, fastReader: Bool) throws {
        let data = try PlanFormat.encode(imported(), fastWriter: fastWriter)
        #expect(
            String(decoding: data, as: UTF8.self).contains(#""calendarUID" : "3k5v0q1mhk2j6f0q8a8r1bq0ts@google.com""#))
        let read = try PlanFormat.decode(data, path: "plan.json", fastReader: fastReader)
        #expect(read.events[0].items[1].calendarUID == "3k5v0q1mhk2j6f0q8a8r1bq0ts@google.com")
        #expect(read == imported())
    }

    @Test("an item made in Convene writes no calendarUID, so files from before open unchanged")
    func leftOut() throws {
        let text = String(decoding: try PlanFormat.encode(SampleBook.make()), as: UTF8.self)
        #expect(!text.contains("calendarUID"))
        for fast in [true, false] {
            let read = try PlanFormat.decode(Data(text.utf8), path: "plan.json", fastReader: fast)
            #expect(read.events[0].items.allSatisfy { $0.calendarUID == nil })
        }
    }
}
