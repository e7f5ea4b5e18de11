import BookGenerator
import Foundation
import PlanFile
import PlannerCore
import Testing

@Suite("Synthetic books")
struct BookGeneratorTests {
    let small = BookGenerator(organisations: 12, people: 600, events: 15, itemsPerEvent: 10, seed: 42)

    @Test("the same seed gives a byte-identical plan file")
    func sameSeedSameBytes() throws {
        #expect(try PlanFormat.encode(small.make()) == PlanFormat.encode(small.make()))
    }

    @Test("another seed gives another book")
    func otherSeedOtherBook() {
        var other = small
        other.seed = 43
        #expect(small.make() != other.make())
    }

    @Test("the book holds together and reads back through the plan file")
    func consistentAndReadable() throws {
        let book = small.make()
        #expect(book.consistencyProblems().isEmpty)
        let data = try PlanFormat.encode(book)
        #expect(try PlanFormat.decode(data, path: "generated.json") == book)
        #expect(try PlanFormat.decode(data, path: "generated.json", fastReader: false) == book)
        #expect(try data == PlanFormat.encode(book, fastWriter: false))
    }

    @Test("sizes as asked, every item kind and part, Chinese and Latin names, mixed statuses")
    func shape() {
        let book = small.make()
        #expect(book.organisations.count == 12 && book.people.count == 600 && book.events.count == 15)
        #expect(book.events.allSatisfy { $0.items.count == 10 })
        let items = book.events.flatMap(\.items)
        #expect(Set(items.map(\.kind)) == Set(ItemKind.allCases))
        #expect(Set(items.flatMap(\.roles).map(\.part)) == Set(RolePart.allCases))
        #expect(Set(book.people.map(\.politics)) == [.member, .probationary, .masses, .league, .unrecorded])
        #expect(Set(book.people.compactMap(\.stage)) == [.activist, .candidate])
        let participants = book.events.flatMap(\.participants)
        #expect(Set(participants.map(\.capacity)) == [.attendee, .representative, .guest])
        #expect(participants.contains { $0.attendance.isSignedIn } && participants.contains { $0.leave != nil })
        #expect(book.people.contains { $0.name.unicodeScalars.allSatisfy(\.isASCII) })
        #expect(book.people.contains { $0.name.unicodeScalars.contains { $0.value >= 0x4E00 } })
        #expect(book.events[0].participants.count == 600)
        #expect(Set(book.people.map(\.org)).count == 12)
    }
}
