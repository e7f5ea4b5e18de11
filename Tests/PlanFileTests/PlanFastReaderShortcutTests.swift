import BookGenerator
import Foundation
import PlannerCore
import Testing

@testable import PlanFile

/// Each layout shortcut must be taken on the layout Convene writes, or it is dead code that only the benchmark would
/// notice; and the general path must read the same bytes to the same book.
@Suite("Plan format: the layout shortcuts are taken on Convene's own layout")
struct PlanFastReaderShortcutTests {
    /// The people and participants of `book`.
    private static func counts(_ book: Book) -> (people: Int, participants: Int) {
        (book.people.count, book.events.reduce(0) { $0 + $1.participants.count })
    }

    @Test("the sample as written: every person and participant through its shortcut; the general path agrees")
    func sample() throws {
        let book = SampleBook.make()
        let data = try PlanFormat.encode(book)
        let (fast, stats) = PlanFastReader.read(data, shortcuts: .all)
        #expect(fast == book)
        let (people, participants) = Self.counts(book)
        #expect(people > 0 && participants > 0)
        #expect(
            stats
                == PlanFastReader.Stats(
                    quickPeople: people, generalPeople: 0, quickParticipants: participants, generalParticipants: 0,
                    rosterReadAhead: false))
        let (general, generalStats) = PlanFastReader.read(data, shortcuts: [])
        #expect(general == book)
        #expect(
            generalStats
                == PlanFastReader.Stats(
                    quickPeople: 0, generalPeople: people, quickParticipants: 0, generalParticipants: participants,
                    rosterReadAhead: false))
    }

    @Test("a generated plan as written: the same, with every kind of record and field the generator makes")
    func generated() throws {
        let book = BookGenerator(organisations: 5, people: 300, events: 6, itemsPerEvent: 4, seed: 3).make()
        let data = try PlanFormat.encode(book)
        let (fast, stats) = PlanFastReader.read(data, shortcuts: .all)
        #expect(fast == book)
        let (people, participants) = Self.counts(book)
        #expect(stats.quickPeople == people && stats.generalPeople == 0)
        #expect(stats.quickParticipants == participants && stats.generalParticipants == 0)
        #expect(PlanFastReader.read(data, shortcuts: []).book == book)
        #expect(try PlanFormat.decode(data, path: "plan.json", fastReader: false) == book)
    }

    @Test("a record laid out otherwise is read the general way, and only that one")
    func otherLayout() throws {
        let book = SampleBook.make()
        var text = String(decoding: try PlanFormat.encode(book), as: UTF8.self)
        let roster = try #require(text.range(of: "\n  \"people\" : ["))
        let person = try #require(text.range(of: "\"org\" : \"o1\"", range: roster.upperBound..<text.endIndex))
        text.replaceSubrange(person, with: "\"org\":\"o1\"")
        let participant = try #require(text.range(of: "\"rsvp\" : "))
        text.replaceSubrange(participant, with: "\"rsvp\": ")
        let (fast, stats) = PlanFastReader.read(Data(text.utf8), shortcuts: .all)
        #expect(fast == book)
        let (people, participants) = Self.counts(book)
        #expect(stats.generalPeople == 1 && stats.quickPeople == people - 1)
        #expect(stats.generalParticipants == 1 && stats.quickParticipants == participants - 1)
    }
}
