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

    @Test(
        "a modified time that is not one, or a negative revision, is a load error naming the place and the form",
        arguments: [true, false])
    func badValues(fast: Bool) throws {
        let text = String(decoding: try PlanFormat.encode(revised()), as: UTF8.self)
        let badTime = text.replacingOccurrences(of: "2023-06-16T08:30:00Z", with: "yesterday")
        let timeError = try #require(loadError(Data(badTime.utf8), fast: fast))
        #expect(timeError.text(.en).contains("events[0].items[2].modified"))
        #expect(timeError.text(.en).contains("'yesterday' is not a UTC time of the form YYYY-MM-DDTHH:MM:SSZ"))
        #expect(timeError.text(.zh).contains("“yesterday”不是 YYYY-MM-DDTHH:MM:SSZ 格式的 UTC 时间"))
        let negative = text.replacingOccurrences(of: #""revision" : 3"#, with: #""revision" : -1"#)
        let revisionError = try #require(loadError(Data(negative.utf8), fast: fast))
        #expect(revisionError.text(.en).contains("events[0].items[2].revision"))
        #expect(revisionError.text(.zh).contains("修订次数须为不小于 0 的整数（现为 -1）"))
    }
}

/// The error reading `data` gives, or nil.
private func loadError(_ data: Data, fast: Bool) -> PlanFileError? {
    do {
        _ = try PlanFormat.decode(data, path: "plan.json", fastReader: fast)
        return nil
    } catch {
        return error as? PlanFileError
    }
}
