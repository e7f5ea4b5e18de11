import Foundation
import Phrasebook
import PlannerCore
import Testing

@Suite("An edit made in a shared copy: only the organisation's own roster and participants")
struct ShareGuardTests {
    /// The fixture's event shared with 电子信息行业协会 (o2: 徐晓敏 and 陈思远 hold parts, 周明轩 none).
    private let copy = Fixture.book().sharing(
        event: "e1", org: "o2", at: Date(timeIntervalSince1970: 0), copyTag: Fixture.known(CopyTag("tj01"), "tag tj01"))

    private func message(_ edit: Edit, _ language: Language, in book: Book? = nil) -> String? {
        do {
            _ = try (book ?? copy).applying(edit)
            return nil
        } catch let error as PlanError {
            return error.text(language)
        } catch {
            return "\(error)"
        }
    }

    private var allowed: [Edit] {
        [
            .addPerson(Person(id: "p5", name: "黄雅琪", org: "o2", phone: "13800000005")),
            .updatePerson(Person(id: "p4", name: "周明轩", org: "o2", phone: "13800000004")),
            .addParticipant(event: "e1", person: "p4", rsvp: .confirmed),
            .setRSVP(event: "e1", person: "p3", rsvp: .declined),
            .setLeave(event: "e1", person: "p3", leave: Leave(reason: .sick)),
            .setCapacity(event: "e1", person: "p2", capacity: .guest),
            .updatePerson(Person(id: "p2", name: "徐晓敏（改）", org: "o2")),
            .removePerson(id: "p4"),
        ]
    }

    private var refused: [Edit] {
        let item = copy.e1.items[2]
        var retitled = item
        retitled.title = "改过的座谈会"
        var details = EventDetails(of: copy.e1)
        details.title = "另一个活动"
        var venue = copy.venues[0]
        venue.name = "新场馆"
        return [
            .updateItem(event: "e1", item: retitled),
            .updatePerson(Person(id: "p1", name: "程智鹏", org: "o1", phone: "13900000000")),
            .addPerson(Person(id: "p6", name: "王芳", org: "o1")),
            .updatePerson(Person(id: "p4", name: "周明轩", org: "o1")),
            .updateEvent(id: "e1", details: details),
            .updateVenue(venue),
            .removeItem(event: "e1", item: "i2"),
            .assign(event: "e1", item: "i2", role: Role(person: "p4", part: .host)),
            .uninvite(event: "e1", org: "o1"),
            .removePerson(id: "p3"),
            .removeParticipant(event: "e1", person: "p3"),
        ]
    }

    @Test("their own people, replies, capacities and leave are edited as in a plan of one's own")
    func ownRosterAndParticipants() throws {
        for edit in allowed {
            let after = try copy.applying(edit)
            #expect(after.share == copy.share, "the copy stays a copy")
            #expect(try ShareReply(after).refusals.isEmpty, "the merge would take what the edit did: \(edit)")
        }
        let all = try copy.applying(.batch(allowed, label: .verbatim("all")))
        #expect(all.person("p5")?.phone == "13800000005" && all.person("p4") == nil)
        #expect(all.e1.participant("p3")?.leave == Leave(reason: .sick) && all.e1.participant("p2")?.capacity == .guest)
    }

    @Test("the agenda, the event, the venue and other organisations are refused, as the merge would refuse them")
    func outsideTheOrganisation() {
        for edit in refused {
            #expect(throws: PlanError.self, "\(edit)") { try copy.applying(edit) }
            var inPlace = copy
            #expect(throws: PlanError.self) { try inPlace.applyInPlace(edit) }
            #expect(inPlace == copy, "a refused edit leaves the copy as it was: \(edit)")
        }
        let batch = Edit.batch([allowed[0], refused[0]], label: .verbatim("mixed"))
        #expect(throws: PlanError.self) { try copy.applying(batch) }
    }

    @Test("the refusal says whose copy it is, what was refused and who may change it, in both languages")
    func messages() {
        var item = copy.e1.items[2]
        item.title = "天极座谈会"
        #expect(
            message(.updateItem(event: "e1", item: item), .zh)
                == "这是与电子信息行业协会共享的副本：只能修改电子信息行业协会的名单和参加人员；议程“党建座谈会”的标题请由主办方修改")
        #expect(
            message(.updateItem(event: "e1", item: item), .en)
                == "this is a copy shared with 电子信息行业协会: only 电子信息行业协会's roster and participants can be changed in it; ask the organisers to change the title of agenda item “党建座谈会”"
        )
        #expect(
            message(.addPerson(Person(id: "p6", name: "王芳", org: "o1")), .en)
                == "this is a copy shared with 电子信息行业协会: only 电子信息行业协会's roster and participants can be changed in it; ask the organisers to add “王芳” of 广州市科协"
        )
        #expect(
            message(.removeItem(event: "e1", item: "i2"), .zh)
                == "这是与电子信息行业协会共享的副本：只能修改电子信息行业协会的名单和参加人员；议程“参观学习”请由主办方删除")
        var details = EventDetails(of: copy.e1)
        details.date = Fixture.d("2023-06-17")
        #expect(
            message(.updateEvent(id: "e1", details: details), .en)?.hasSuffix(
                "ask the organisers to change the date of event “联建交流活动”") == true,
            "\(message(.updateEvent(id: "e1", details: details), .en) ?? "")")
    }

    @Test("removing one of their own people who holds a part, from the roster or the event, says which part")
    func partHolder() {
        #expect(
            message(.removePerson(id: "p3"), .en)
                == "“陈思远” is oath leader of agenda item “重温入党誓词”, which only the organisers can change; ask them to give the part to someone else first, then remove them"
        )
        #expect(
            message(.removePerson(id: "p3"), .zh)
                == "“陈思远”是议程“重温入党誓词”的领誓人，议程只能由主办方修改；请主办方先把这一角色交给别人，再删除此人")
        #expect(
            message(.removeParticipant(event: "e1", person: "p2"), .en)?.hasPrefix(
                "“徐晓敏” is speaker of agenda item “党建座谈会”, which only the organisers can change") == true)
    }

    @Test("the host's own plan takes every one of those edits")
    func hostPlan() throws {
        let host = Fixture.book()
        for edit in refused { #expect(message(edit, .en, in: host) == nil, "\(edit)") }
    }
}
