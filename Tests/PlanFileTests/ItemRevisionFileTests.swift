import Foundation
import PlannerCore
import Testing

@testable import PlanFile

@Suite("Plan file: an agenda item's revision and modified time")
struct ItemRevisionFileTests {
    private func revised() -> Book {
        var book = SampleBook.make()
        book.events[0].items[2].revision = 3
        book.events[0].items[2].modified = Date(timeIntervalSince1970: 1_686_904_200)
        return book
    }

    @Test(
        "revision and modified survive a save and a load, by either writer and either reader",
        arguments: [(true, true), (true, false), (false, true), (false, false)])
    func roundTrip(fastWriter: Bool, fastReader: Bool) throws {
        let data = try PlanFormat.encode(revised(), fastWriter: fastWriter)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""modified" : "2023-06-16T08:30:00Z""#))
        #expect(text.contains(#""revision" : 3"#))
        let read = try PlanFormat.decode(data, path: "plan.json", fastReader: fastReader)
        #expect(read.events[0].items[2].revision == 3)
        #expect(read.events[0].items[2].modified == Date(timeIntervalSince1970: 1_686_904_200))
        #expect(read == revised())
    }

    @Test("an item never edited writes neither key, so a file from before opens unchanged")
    func leftOut() throws {
        let text = String(decoding: try PlanFormat.encode(SampleBook.make()), as: UTF8.self)
        #expect(!text.contains(#""revision""#) && !text.contains(#""modified""#))
        for fast in [true, false] {
            let read = try PlanFormat.decode(Data(text.utf8), path: "plan.json", fastReader: fast)
            #expect(read.events[0].items.allSatisfy { $0.revision == 0 && $0.modified == nil })
        }
    }
}
