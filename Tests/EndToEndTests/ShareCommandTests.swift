import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore
import Testing

@Suite("convene share and merge --reply: a copy for an organisation without git")
struct ShareCommandTests {
    /// The sample with a phone and an e-mail for everyone and a contact for every organisation, written to the plan.
    private func samplePlan(_ convene: Convene) throws -> Book {
        var book = SampleBook.make()
        for i in book.people.indices {
            book.people[i].phone = "1380000\(1000 + i)"
            book.people[i].email = "\(book.people[i].id)@example.org"
        }
        for i in book.organisations.indices { book.organisations[i].contact = "联系人\(i)（020-8000\(1000 + i)）" }
        write(try PlanFormat.encode(book), to: convene.plan)
        return book
    }

    @Test("the shared file holds the organisation's own data and none of the other organisations' personal data")
    func sharedFile() throws {
        let convene = try Convene()
        let book = try samplePlan(convene)
        let copy = convene.folder.file("天极电子.json")
        let said = try convene.ok("share", "--event", "e1", "--org", "天极电子", "-o", copy, "--lang", "en")
        #expect(
            said
                == "wrote \(copy) for 天极电子: “党建强堡垒 促发展 联建交流活动” with 4 agenda items, its roster of 3 people and 3 participants\nsend it to their contact; merge the copy they send back with: convene merge --reply \(copy) --file \(convene.plan)"
        )
        #expect(mode(copy) == 0o600)
        let text = String(decoding: try #require(bytes(copy)), as: UTF8.self)
        let own = book.members(of: "o4")
        #expect(own.allSatisfy { text.contains($0.phone ?? "?") && text.contains($0.email ?? "?") })
        let named: Set<String> = ["p1", "p3", "p4", "p5", "p19"]  // in the agenda's roles
        for person in book.people where person.org != "o4" {
            #expect(!text.contains(person.phone ?? "?"), "\(person.name)'s phone is in the shared file")
            #expect(!text.contains(person.email ?? "?"), "\(person.name)'s e-mail is in the shared file")
            if !named.contains(person.id) { #expect(!text.contains(person.name), "\(person.name) is in the file") }
        }
        for org in book.organisations where org.id != "o4" {
            #expect(!text.contains(org.contact ?? "?"), "the contact of \(org.name) is in the shared file")
            #expect(text.contains(org.name))
        }
        #expect(!text.contains("组织部干事") && !text.contains("客户经理"), "no other people's titles")
        #expect(text.contains(book.organisations[3].contact ?? "?"), "the organisation's own contact")
        let agenda = try run(convene.binary, ["agenda", "--file", copy, "--lang", "en"])
        #expect(agenda.status == 0 && agenda.stdout.contains("党建座谈会") && agenda.stdout.contains("程智鹏"))
        let zh = try convene("share", "--org", "o4", "-o", copy, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.status == 0 && zh.stdout.hasPrefix("已为天极电子写出 \(copy)：“党建强堡垒 促发展 联建交流活动”，4 项议程，本单位名单 3 人，3 名参加人员\n"))
    }

    /// The sample plan (with contacts) and a copy of its event shared with 天极电子, as its contact would get it.
    private func sharedCopy(_ name: String = #function) throws -> (Convene, reply: String) {
        let convene = try Convene(name)
        _ = try samplePlan(convene)
        let reply = convene.folder.file("reply.json")
        try convene.ok("share", "--event", "e1", "--org", "天极电子", "-o", reply)
        return (convene, reply)
    }

    /// Retitles 党建座谈会 in the copy as a text editor (or a Convene from before the copy refused such edits) would:
    /// the contact's own Convene refuses it, the merge must too.
    private func retitleByHand(_ reply: String) throws {
        var book = try PlanStore(path: reply).load()
        let item = try #require(book.events[0].items.firstIndex { $0.title == "党建座谈会" })
        book.events[0].items[item].title = "天极座谈会"
        write(try PlanFormat.encode(book), to: reply)
    }

    @Test("the reply's roster, replies and leave merge back; an agenda edit is refused and listed, exit 1")
    func replyMergesBack() throws {
        let (convene, reply) = try sharedCopy()
        try convene.editAsContact(reply)
        try retitleByHand(reply)

        let en = try convene("merge", "--reply", reply, "--lang", "en")
        #expect(en.status == 1, "\(en.stderr)")
        #expect(
            en.stdout.hasPrefix(
                "not merged: 1 changes outside 天极电子, the organisation the copy was shared with\n  they changed the title of agenda item “党建座谈会”, which is not 天极电子's: not merged\nmerged: these changes came in\n"
            ), "\(en.stdout)")
        #expect(en.stdout.contains("钱多多"), "\(en.stdout)")
        let host = try PlanStore(path: convene.plan).load()
        let added = try #require(host.people.first { $0.name == "钱多多" })
        #expect(added.org == "o4" && added.phone == "13912345678")
        let event = try #require(host.event("e1"))
        #expect(event.participant(added.id)?.rsvp == .confirmed)
        #expect(event.participant("p12")?.rsvp == .confirmed)
        #expect(event.participant("p11")?.leave?.reason == .sick)
        #expect(event.item("i3")?.title == "党建座谈会")
        #expect(host.person("p1")?.phone == "13800001000", "the other organisations' data is the host's")
        #expect(event.participants.count == 20)
        #expect(FileManager.default.fileExists(atPath: convene.plan + ".bak"), "saved the store's way, with a backup")
    }

    @Test("in Chinese, the refusal names the item, its field and the organisation")
    func refusalInChinese() throws {
        let (convene, reply) = try sharedCopy()
        try retitleByHand(reply)
        let zh = try convene("merge", "--reply", reply, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.status == 1)
        #expect(
            zh.stdout
                == "未合并：1 处改动不属于副本的共享单位天极电子\n  对方修改了议程“党建座谈会”的标题，不属于天极电子，未合并\n已合并：没有新的改动\n",
            "\(zh.stdout)")
    }

    @Test("merging the unchanged copy leaves the host plan byte for byte; a plan of one's own is not a reply")
    func unchangedAndRefused() throws {
        let convene = try Convene()
        _ = try samplePlan(convene)
        let copy = convene.folder.file("copy.json")
        try convene.ok("share", "--event", "e1", "--org", "o4", "-o", copy)
        let before = bytes(convene.plan)
        let same = try convene("merge", "--reply", copy, "--lang", "en")
        #expect(same.status == 0 && same.stdout == "merged: nothing new came in\n", "\(same.stdout)\(same.stderr)")
        #expect(bytes(convene.plan) == before)

        let own = try convene("merge", "--reply", convene.plan, "--lang", "en")
        #expect(own.status == 2 && own.stderr.contains("this plan is not a shared copy"), "\(own.stderr)")
        let other = convene.folder.file("other.json")
        var foreign = try PlanStore(path: copy).load()
        foreign.identity = "11111111-1111-4111-8111-111111111111"
        foreign.share?.base.identity = foreign.identity
        write(try PlanFormat.encode(foreign), to: other)
        let different = try convene("merge", "--reply", other, "--lang", "en")
        #expect(different.status == 3 && different.stderr.contains("these are two different plans"))
        let both = try convene("merge", "--reply", copy, convene.plan, "--lang", "en")
        #expect(both.status == 2 && both.stderr.contains("merge --reply takes no other files"), "\(both.stderr)")
    }
}
