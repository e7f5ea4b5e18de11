import Foundation
import PlanFile
import PlannerCore
import Testing

/// The fast writer must write exactly the bytes JSONEncoder writes, for every book.
@Suite("Plan format: the fast writer writes JSONEncoder's bytes")
struct PlanWriterTests {
    private func expectSameBytes(_ book: Book, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let fast = try PlanFormat.encode(book), slow = try PlanFormat.encode(book, fastWriter: false)
        #expect(
            fast == slow,
            "first difference at byte \(zip(fast, slow).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(fast.count, slow.count))",
            sourceLocation: sourceLocation)
    }

    @Test("the sample")
    func sample() throws { try expectSameBytes(SampleBook.make()) }

    @Test("an empty book, and empty lists in an event")
    func empty() throws {
        try expectSameBytes(Book())
        var book = Book()
        book.events = try [
            Event(
                id: "e1", title: "T", date: #require(CivilDate(year: 2024, month: 2, day: 29)),
                start: #require(ClockTime(minutes: 0)), end: #require(ClockTime(minutes: 1440)))
        ]
        book.venues = [Venue(id: "v1", name: "V")]
        try expectSameBytes(book)
    }

    @Test("text with quotes, backslashes, slashes, every control character, DEL, line separators and emoji")
    func escaping() throws {
        var nasty = "\"q\" \\ / "
        for value in 0..<0x20 { nasty.unicodeScalars.append(try #require(Unicode.Scalar(value))) }
        nasty += "\u{7F}\u{85}\u{2028}\u{2029}\u{FEFF}中文😀\u{202E}é"
        let book = try Book(
            organisations: [Organisation(id: "o1", name: nasty, short: "", branch: nasty, contact: "\n")],
            people: [
                Person(
                    id: "p1", name: nasty, latin: nasty, org: "o1", title: "", politics: .unrecorded, phone: "\t",
                    email: "a@b"
                )
            ],
            venues: [
                Venue(
                    id: "v1", name: nasty, address: nasty, capacity: -3,
                    rooms: [Room(id: "r1", name: nasty, capacity: 0)],
                    notes: nasty)
            ],
            events: [
                Event(
                    id: "e1", title: nasty, theme: nasty, date: #require(CivilDate(year: 1, month: 1, day: 1)),
                    start: #require(ClockTime(minutes: 5)), end: #require(ClockTime(minutes: 600)), tz: nasty,
                    venue: "v1",
                    orgs: [EventOrganisation(org: "o1", part: .guiding)],
                    participants: [Participant(person: "p1", rsvp: .declined)],
                    items: [
                        AgendaItem(
                            id: "i1", kind: .symposium, title: nasty, start: #require(ClockTime(minutes: 5)),
                            minutes: Int.max,
                            room: nasty, notes: nasty,
                            roles: [Role(person: "p1", part: .speaker, topic: nasty, minutes: Int.min)])
                    ])
            ])
        try expectSameBytes(book)
    }
}
