import Phrasebook
import PlannerCore
import Testing

/// `item reorder` and the planner's keys: the holders of a part in a new order, as one undoable edit.
@Suite("Edits: reordering a part's people")
struct ReorderTests {
    /// The fixture with a recorder and a late third speaker on the symposium: host p3, speakers p1 and p2, recorder
    /// p4, speaker p3.
    static func book() -> Book {
        var book = ChecksTests.clean()
        book.events[0].items[2].roles += [
            Role(person: "p4", part: .recorder), Role(person: "p3", part: .speaker, topic: "补充发言", minutes: 5),
        ]
        return book
    }

    static func speakers(_ book: Book) -> [String] { book.events[0].items[2].roles(.speaker).map(\.person) }

    @Test("the new order is kept, each speech with its topic, and the speakers come back together before the recorder")
    func reorders() throws {
        let book = Self.book()
        let edit = try book.reorderEdit(event: "e1", item: "i3", part: .speaker, people: ["p3", "p2", "p1"])
        let after = try book.applying(edit)
        let roles = after.events[0].items[2].roles
        #expect(roles.map(\.person) == ["p3", "p3", "p2", "p1", "p4"])
        #expect(roles.map(\.part) == [.host, .speaker, .speaker, .speaker, .recorder])
        #expect(roles[1].topic == "补充发言")
        #expect(roles[3].topic == "增强产业链韧性")
    }

    @Test("it is one step of the history: undo puts the old order back")
    func undoable() throws {
        var history = History(book: Self.book())
        try history.apply(
            try history.book.reorderEdit(event: "e1", item: "i3", part: .speaker, people: ["p2", "p1", "p3"]))
        #expect(Self.speakers(history.book) == ["p2", "p1", "p3"])
        _ = history.undo()
        #expect(history.book.events[0].items[2].roles == Self.book().events[0].items[2].roles)
        #expect(
            history.book.events[0].items[2].revision == Self.book().events[0].items[2].revision + 2,
            "the undo is a change a calendar must take")
    }

    @Test(
        "the list must be exactly the holders: who is missing, who is not one of them, who is given too often",
        arguments: [
            (
                ["p2", "p1"],
                "people: list every speaker of '党建座谈会' in the new order (now: 程智鹏, 徐晓敏, 陈思远): 陈思远 is missing"
            ),
            (
                ["p2", "p1", "p3", "p4"],
                "people: list every speaker of '党建座谈会' in the new order (now: 程智鹏, 徐晓敏, 陈思远): 周明轩 is not one of them"
            ),
            (
                ["p2", "p2", "p4"],
                "people: list every speaker of '党建座谈会' in the new order (now: 程智鹏, 徐晓敏, 陈思远): 程智鹏, 陈思远 are missing; 周明轩 is not one of them; 徐晓敏 is given too often"
            ),
        ])
    func refused(people: [String], message: String) {
        do {
            _ = try Self.book().reorderEdit(event: "e1", item: "i3", part: .speaker, people: people)
            Issue.record("\(people) should be refused")
        } catch let error as PlanError {
            #expect(error.description == message)
        } catch { Issue.record("\(error)") }
    }

    @Test("the refusal in Chinese, and a part nobody holds")
    func refusedInChinese() {
        do {
            _ = try Self.book().reorderEdit(event: "e1", item: "i3", part: .speaker, people: ["p1", "p4"])
            Issue.record("should be refused")
        } catch let error as PlanError {
            #expect(
                error.text(.zh)
                    == "人员：请按新顺序列出“党建座谈会”的全部发言人（现为：程智鹏、徐晓敏、陈思远）：缺少徐晓敏、陈思远；周明轩不在其中")
        } catch { Issue.record("\(error)") }
        #expect {
            try Self.book().reorderEdit(event: "e1", item: "i3", part: .narrator, people: [])
        } throws: { error in
            (error as? PlanError)?.description == "nobody is narrator of '党建座谈会', so there is nothing to reorder"
        }
    }

    @Test("moving one role up or down swaps it with its neighbour in the part, and stops at either end")
    func moving() throws {
        let item = Self.book().events[0].items[2]
        // Role 4 is p3's speech, the third speaker: up makes it the second, before p2.
        let up = try #require(item.moving(roleAt: 4, earlier: true))
        #expect(up.roles.map(\.person) == ["p3", "p1", "p3", "p2", "p4"])
        #expect(item.moving(roleAt: 4, earlier: false) == nil)
        #expect(item.moving(roleAt: 1, earlier: true) == nil)
        #expect(item.moving(roleAt: 0, earlier: true) == nil)  // the only host
        #expect(item.moving(roleAt: 9, earlier: true) == nil)
    }
}
