import Foundation
import PlannerCore
import Testing

@testable import PlanFile

/// The records JSONDecoder and JSONEncoder read and write: the core's values in the file's spelling.
@Suite("Plan format: the records of the file")
struct PlanRecordTests {
    private struct Pair: Codable {
        let date: PlanRecord.CivilDate
        let time: PlanRecord.ClockTime
        let rsvp: PlanRecord.CaseName<RSVP>
    }

    @Test("dates, times and case names are written as their text and bad text is refused when read")
    func values() throws {
        let date = try #require(CivilDate("2023-06-16")), time = try #require(ClockTime("9:05"))
        let pair = Pair(date: .init(date), time: .init(time), rsvp: .init(.confirmed))
        let data = try JSONEncoder().encode(pair)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"2023-06-16\"") && text.contains("\"09:05\"") && text.contains("\"confirmed\""))
        let back = try JSONDecoder().decode(Pair.self, from: data)
        #expect(back.date.value == date && back.time.value == time && back.rsvp.value == .confirmed)
        for (json, message) in [
            (
                #"{"date":"2023-02-29","time":"09:00","rsvp":"invited"}"#,
                "'2023-02-29' is not a date of the form YYYY-MM-DD"
            ),
            (
                #"{"date":"2023-02-28","time":"25:70","rsvp":"invited"}"#,
                "'25:70' is not a time of the form HH:MM (00:00–24:00)"
            ),
            (
                #"{"date":"2023-02-28","time":"09:00","rsvp":"maybe"}"#,
                "'maybe' is not one of the values this field takes: invited, confirmed, declined"
            ),
        ] {
            #expect {
                try JSONDecoder().decode(Pair.self, from: Data(json.utf8))
            } throws: { error in
                guard case .dataCorrupted(let context)? = error as? DecodingError else { return false }
                return context.debugDescription == message
            }
        }
    }

    @Test("left-out fields read as their defaults, and the defaults are left out or written as Convene writes them")
    func defaults() throws {
        let json = #"""
            {"formatVersion": 2, "organisations": [], "people": [],
             "venues": [{"id": "v1", "name": "V"}],
             "events": [{"id": "e1", "title": "T", "date": "2023-06-16", "start": "09:00", "end": "12:00"}]}
            """#
        let book = try JSONDecoder().decode(PlanRecord.Document.self, from: Data(json.utf8)).book
        let event = try #require(book.events.first)
        #expect(event.tz == Event.defaultTimeZone && event.orgs.isEmpty && event.participants.isEmpty)
        #expect(event.items.isEmpty && book.venues.first?.rooms == [])
        #expect(try PlanFormat.encode(book, fastWriter: false) == PlanFormat.encode(book))
    }
}
