import Phrasebook
import PlannerCore
import Testing

/// The parts the checks ask for are parts a person can be given: nothing asks for a "moderator".
@Suite("Checks: the parts a template asks for")
struct TemplatePartsTests {
    /// The fixture's event with the standard programme and nobody in any part.
    static func templateBook() -> Book {
        var book = ChecksTests.clean()
        book.events[0].items = EventTemplate.standardItems(startingAt: Fixture.t("09:00"), book: book)
        return book
    }

    @Test("the standard programme asks for an oath leader, a narrator, a host and a speaker, and a host again")
    func standardProgramme() {
        let book = Self.templateBook()
        let asked = ChecksTests.problems(book).filter { $0.code == "unfilled-part" }
        #expect(
            asked.map(\.message.description) == [
                "'重温入党誓词' has no oath leader; assign an oath leader",
                "'参观学习' has no narrator; assign a narrator",
                "'党建座谈会' has no host; assign a host",
                "'党建座谈会' has no speaker; assign a speaker",
                "'互动交流' has no host; assign a host",
            ])
        #expect(asked.last?.message.text(.zh) == "“互动交流”没有主持人；请指定主持人")
    }

    @Test("each needed part's message names the part as the part's own phrase does, in both languages")
    func messagesNameRealParts() {
        for kind in ItemKind.allCases {
            for part in kind.neededParts {
                for language in [Language.en, .zh] {
                    #expect(part.missing(in: "X").text(language).contains(part.phrase.text(language)))
                }
            }
        }
        #expect(ItemKind.discussion.neededParts == [.host])
        #expect(RolePart.allCases.map { $0.phrase.text(.zh) } == ["领誓人", "讲解员", "主持人", "发言人", "记录人"])
    }

    @Test("filling every needed part of the template leaves no unfilled part")
    func filledTemplate() {
        var book = Self.templateBook()
        for i in book.events[0].items.indices {
            let kind = book.events[0].items[i].kind
            book.events[0].items[i].roles = kind.neededParts.enumerated().map { n, part in
                Role(person: ["p1", "p2", "p3"][n % 3], part: part)
            }
        }
        #expect(!ChecksTests.problems(book).contains { $0.code == "unfilled-part" })
    }
}
