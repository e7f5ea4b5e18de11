import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore
import Testing

@Suite("convene on a shared copy: the contact's own edits only, refused as they are made")
struct ShareGuardCommandTests {
    /// The sample plan, 孙宇航 of 天极电子 a speaker in 互动交流, and the event shared with 天极电子 as its contact gets it.
    private func sharedCopy(_ name: String = #function) throws -> (Convene, copy: String) {
        let convene = try Convene(name)
        write(try PlanFormat.encode(SampleBook.make()), to: convene.plan)
        try convene.ok("item", "assign", "--item", "互动交流", "--person", "孙宇航", "--part", "speaker")
        let copy = convene.folder.file("天极电子.json")
        try convene.ok("share", "--event", "e1", "--org", "天极电子", "-o", copy)
        return (convene, copy)
    }

    /// Runs `convene <arguments> --file copy` in `language`.
    private func run(_ convene: Convene, _ copy: String, _ arguments: [String], _ language: String) throws -> Run {
        try ConveneTestSupport.run(
            convene.binary, arguments + ["--file", copy, "--lang", language], environment: convene.baseEnvironment)
    }

    @Test(
        "an agenda edit, another organisation's person, the event's title are refused in the copy, which stays as it was"
    )
    func refused() throws {
        let (convene, copy) = try sharedCopy()
        let before = bytes(copy)
        let title = ["item", "edit", "--item", "党建座谈会", "--title", "天极座谈会"]
        let zh = try run(convene, copy, title, "zh")
        #expect(zh.status == 2)
        #expect(
            zh.stderr == "convene：这是与天极电子共享的副本：只能修改天极电子的名单和参加人员；议程“党建座谈会”的标题请由主办方修改\n", "\(zh.stderr)")
        let en = try run(convene, copy, title, "en")
        #expect(
            en.stderr
                == "convene: this is a copy shared with 天极电子: only 天极电子's roster and participants can be changed in it; ask the organisers to change the title of agenda item “党建座谈会”\n",
            "\(en.stderr)")
        let other = try run(convene, copy, ["person", "add", "--name", "王五", "--org", "广州市科协"], "en")
        #expect(
            other.status == 2 && other.stderr.hasSuffix("ask the organisers to add “王五” of 广州市科协\n"), "\(other.stderr)")
        let event = try run(convene, copy, ["event", "edit", "--title", "另一个活动"], "en")
        #expect(
            event.status == 2 && event.stderr.contains("ask the organisers to change the title of event"),
            "\(event.stderr)")
        #expect(bytes(copy) == before, "nothing refused reached the file")
        #expect(
            try convene.ok("item", "edit", "--item", "党建座谈会", "--title", "天极座谈会").isEmpty, "the host's plan takes it")
    }

    @Test("their own people, replies and leave are edited as usual, and the merge takes them all")
    func ownEdits() throws {
        let (convene, copy) = try sharedCopy()
        try convene.editAsContact(copy)
        let merged = try convene("merge", "--reply", copy, "--lang", "en")
        #expect(merged.status == 0 && !merged.stdout.contains("not merged"), "\(merged.stdout)\(merged.stderr)")
        let host = try PlanStore(path: convene.plan).load()
        #expect(host.people.contains { $0.name == "钱多多" && $0.org == "o4" })
    }

    @Test("removing their own speaker says which part only the organisers can change, in both languages")
    func partHolder() throws {
        let (convene, copy) = try sharedCopy()
        let remove = ["person", "remove", "--person", "孙宇航"]
        let en = try run(convene, copy, remove, "en")
        #expect(
            en.status == 2
                && en.stderr
                    == "convene: “孙宇航” is speaker of agenda item “互动交流”, which only the organisers can change; ask them to give the part to someone else first, then remove them\n",
            "\(en.stderr)")
        let zh = try run(convene, copy, remove, "zh")
        #expect(zh.stderr == "convene：“孙宇航”是议程“互动交流”的发言人，议程只能由主办方修改；请主办方先把这一角色交给别人，再删除此人\n", "\(zh.stderr)")
    }
}
