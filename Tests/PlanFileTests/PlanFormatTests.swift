import Foundation
import PlanFile
import PlannerCore
import Testing

@Suite("Plan format: encoding and decoding")
struct PlanFormatTests {
    @Test("the sample survives encode then decode unchanged")
    func roundTrip() throws {
        let book = SampleBook.make()
        let data = try PlanFormat.encode(book)
        #expect(try PlanFormat.decode(data, path: "plan.json") == book)
        #expect(try PlanFormat.decode(try PlanFormat.encode(Book()), path: "plan.json") == Book())
    }

    @Test("the same book always gives the same bytes, and decoding then encoding gives them back")
    func stableBytes() throws {
        let data = try PlanFormat.encode(SampleBook.make())
        #expect(try PlanFormat.encode(SampleBook.make()) == data)
        #expect(try PlanFormat.encode(try PlanFormat.decode(data, path: "plan.json")) == data)
        #expect(data.last == 0x0A, "the file ends with a newline")
    }

    @Test("keys are written in a fixed (sorted) order, formatVersion included")
    func keyOrder() throws {
        let text = String(decoding: try PlanFormat.encode(SampleBook.make()), as: UTF8.self)
        let top = [
            "\"events\"", "\"formatVersion\"", "\"identity\"", "\"issued\"", "\"organisations\"", "\"people\"",
            "\"venues\"",
        ]
        let positions = try top.map { try #require(text.range(of: $0)).lowerBound }
        #expect(positions == positions.sorted())
        #expect(text.hasPrefix("{\n  \"events\" : [\n"))
        #expect(text.contains("\"formatVersion\" : 2,"))
        // Inside a record too: id before kind before minutes before roles before room before start before title.
        let item = [
            "\"id\" : \"i1\"", "\"kind\" : \"oath\"", "\"minutes\" : 20", "\"notes\"", "\"roles\"", "\"room\" : \"r1\"",
            "\"start\" : \"09:00\"", "\"title\" : \"重温入党誓词\"",
        ]
        let itemPositions = try item.map { try #require(text.range(of: $0)).lowerBound }
        #expect(itemPositions == itemPositions.sorted())
        #expect(!text.contains("\\/"), "slashes are not escaped")
        #expect(text.contains("党建强堡垒"), "Chinese is written as is, not as \\u escapes")
    }

    @Test("optional fields left empty are not written; a file without them reads back")
    func optionalFields() throws {
        let book = Book(
            organisations: [Organisation(id: "o1", name: "甲")],
            people: [Person(id: "p1", name: "乙", org: "o1", politics: .unrecorded)],
            venues: [Venue(id: "v1", name: "丙")])
        let text = String(decoding: try PlanFormat.encode(book), as: UTF8.self)
        #expect(!text.contains("latin") && !text.contains("rooms") && !text.contains("null"))
        let minimal =
            #"{"formatVersion": 2, "organisations": [], "people": [], "venues": [], "#
            + #""events": [{"id": "e1", "title": "甲", "date": "2023-06-16", "start": "09:00", "end": "10:00"}]}"#
        let decoded = try PlanFormat.decode(Data(minimal.utf8), path: "plan.json")
        #expect(decoded.events[0].tz == "Asia/Shanghai")
        #expect(decoded.events[0].items.isEmpty && decoded.events[0].orgs.isEmpty)
    }
}

extension PlanFormatTests {
    @Test("a quota is written as \"quota\" beside the part, read back both ways, left out when not set")
    func quota() throws {
        var book = SampleBook.make()
        book.events[0].orgs[2].quota = 4
        let data = try PlanFormat.encode(book)
        let text = String(decoding: data, as: UTF8.self)
        let entry = [#""org" : "o3","#, #"          "part" : "participant","#, #"          "quota" : 4"#]
        #expect(text.contains(entry.joined(separator: "\n")))
        #expect(text.components(separatedBy: "\"quota\"").count == 2)
        #expect(try data == PlanFormat.encode(book, fastWriter: false))
        #expect(try PlanFormat.decode(data, path: "plan.json") == book)
        #expect(try PlanFormat.decode(data, path: "plan.json", fastReader: false) == book)
        let zero = Data(text.replacingOccurrences(of: #""quota" : 4"#, with: #""quota" : 0"#).utf8)
        #expect(throws: PlanFileError.self) { try PlanFormat.decode(zero, path: "plan.json") }
    }
}

@Suite("The sample plan")
struct SampleBookTests {
    @Test("the sample has no consistency problems and passes every edit check")
    func consistent() throws {
        let sample = SampleBook.make()
        #expect(sample.consistencyProblems().isEmpty)
        // Rebuilding the sample through edits proves it obeys the same rules as the planner.
        var rebuilt = Book(organisations: sample.organisations, people: sample.people, venues: sample.venues)
        rebuilt = try rebuilt.applying(.addEvent(sample.events[0]))
        rebuilt.identity = sample.identity
        rebuilt.noteIDsInUse()
        #expect(rebuilt == sample)
    }

    @Test("the sample is the event of 2023-06-16, a Friday, with four parts in order")
    func contents() {
        let event = SampleBook.make().events[0]
        #expect(event.date.description == "2023-06-16" && event.date.weekday == 5)
        #expect(event.items.map(\.kind) == [.oath, .visit, .symposium, .discussion])
        #expect(event.participants.count == 19)
    }

    @Test("resolving people of the sample by pinyin, initials and Latin name")
    func resolver() throws {
        let r = Resolver(book: SampleBook.make())
        #expect(try r.person("xxm") == "p3")
        #expect(try r.person("xu") == "p3")
        #expect(try r.person("Xu Xiaomin") == "p3")
        #expect(try r.person("徐晓敏") == "p3")
        #expect(try r.person("czp") == "p1")
        #expect(try r.person("Cheng Zhipeng") == "p1")
        #expect(try r.organisation("科协") == "o1")
        #expect(try r.venue("纪念馆") == "v1")
        #expect(try r.item("座谈", inEvent: "e1") == "i3")
    }
}
