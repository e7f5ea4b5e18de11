import Foundation
import PlanFile
import PlannerCore
import Printing
import Testing

/// A VEVENT's LOCATION and DESCRIPTION come from the `ItemCalendarEntry` its revision follows: whatever an edit
/// changes in what a calendar shows of an item bumps its SEQUENCE, and nothing else does.
@Suite("What a calendar shows changes exactly with SEQUENCE")
struct CalendarSequenceTests {
    /// Each VEVENT of the sample's event: its SEQUENCE, and every other line but the stamps.
    private func entries(_ book: Book, _ language: PrintLanguage) throws -> [(sequence: String, shown: [String])] {
        let ics = try AgendaICS(
            book: book, event: book.events[0], language: language, stamp: Date(timeIntervalSince1970: 0)
        ).render()
        return ics.components(separatedBy: "BEGIN:VEVENT\r\n").dropFirst().map { text in
            let lines = text.components(separatedBy: "\r\n")
            return (
                lines.first { $0.hasPrefix("SEQUENCE:") } ?? "",
                lines.filter {
                    !$0.hasPrefix("SEQUENCE:") && !$0.hasPrefix("DTSTAMP:") && !$0.hasPrefix("LAST-MODIFIED:")
                }
            )
        }
    }

    @Test(
        "renaming the event, the venue, a room, a part holder changes those entries and their SEQUENCE; a theme, a title, an address or an RSVP neither"
    )
    func shownChangesBumpSequence() throws {
        let book = SampleBook.make()
        func person(_ id: String, _ change: (inout Person) -> Void) throws -> Edit {
            var p = try #require(book.people.first { $0.id == id })
            change(&p)
            return .updatePerson(p)
        }
        // Each step edits the venue as the step before left it.
        var venue = book.venues[0]
        venue.name = "冼星海纪念馆"
        var room = venue
        room.rooms[1].name = "第一会议室"
        var address = room
        address.address = "广州市南沙区"
        var titled = EventDetails(of: book.events[0]), themed = EventDetails(of: book.events[0])
        titled.title = "联建交流活动"
        (themed.title, themed.theme) = (titled.title, "红色动能")
        let steps: [(String, Edit, Set<Int>)] = [
            ("the event's title", .updateEvent(id: "e1", details: titled), [0, 1, 2, 3]),
            ("the event's theme", .updateEvent(id: "e1", details: themed), []),
            ("the venue's name", .updateVenue(venue), [0, 1, 2, 3]),
            ("a room's name", .updateVenue(room), [2, 3]),
            ("a speaker's name", try person("p1") { $0.name = "程智鹏鹏" }, [2]),
            ("the narrator's latin name", try person("p19") { $0.latin = "Feng Jia-xin" }, [1]),
            ("a host's title", try person("p4") { $0.title = "主任" }, []),
            ("the venue's address", .updateVenue(address), []),
            ("an RSVP", .setRSVP(event: "e1", person: "p15", rsvp: .confirmed), []),
        ]
        for language in [PrintLanguage.en, .zh] {
            var history = History(book: book, clock: { Date(timeIntervalSince1970: 1_686_904_200) })
            for (what, edit, shown) in steps {
                let before = try entries(history.book, language)
                try history.apply(edit)
                let after = try entries(history.book, language)
                #expect(before.count == 4 && after.count == 4)
                for (n, (old, new)) in zip(before, after).enumerated() {
                    #expect((old.shown != new.shown) == shown.contains(n), "\(what): entry \(n) in \(language)")
                    #expect((old.sequence != new.sequence) == shown.contains(n), "\(what): entry \(n) in \(language)")
                }
            }
        }
    }
}
