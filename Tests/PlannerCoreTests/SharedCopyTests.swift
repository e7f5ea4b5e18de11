import BookGenerator
import Foundation
import Phrasebook
import PlannerCore
import Testing

@Suite("A copy shared with one organisation, and the reply it comes back as")
struct SharedCopyTests {
    @Test("the copy keeps the event and the organisation's roster, and of everyone else names only")
    func sharedCopy() throws {
        let book = BookGenerator(organisations: 6, people: 200, events: 3, itemsPerEvent: 6).make()
        let event = try #require(book.events.first)
        let org = try #require(event.orgs.last?.org)
        let copy = book.shared(event: event.id, org: org)
        #expect(copy.consistencyProblems().isEmpty)
        #expect(copy.events.map(\.id) == [event.id])
        #expect(copy.identity == book.identity && copy.issued == book.issued)
        let shared = try #require(copy.events.first)
        #expect(shared.items == event.items && shared.orgs == event.orgs && shared.title == event.title)
        #expect(copy.members(of: org) == book.members(of: org), "the whole roster, every field")
        #expect(!copy.members(of: org).isEmpty)
        let own = Set(book.members(of: org).map(\.id))
        #expect(shared.participants == event.participants.filter { own.contains($0.person) })
        for person in copy.people where person.org != org {
            let original = try #require(book.person(person.id))
            #expect(person == Person(id: original.id, name: original.name, latin: original.latin, org: original.org))
        }
        #expect(copy.people.filter { $0.org != org }.count < book.people.filter { $0.org != org }.count)
        for other in copy.organisations where other.id != org {
            #expect(other.contact == nil && other.name == book.organisation(other.id)?.name)
        }
        #expect(copy.organisation(org) == book.organisation(org))
        #expect(Set(copy.organisations.map(\.id)).isSuperset(of: event.orgs.map(\.org)))
        #expect(copy.venues.map(\.id) == [event.venue].compactMap { $0 })
    }

    @Test("sharing records the copy as its own base, at whole seconds")
    func sharingRecordsTheBase() throws {
        let book = Fixture.book()
        let copy = book.sharing(
            event: "e1", org: "o2", at: Date(timeIntervalSince1970: 1_700_000_000.75), copyTag: CopyTag("tj01")!)
        let share = try #require(copy.share)
        #expect(share.event == "e1" && share.org == "o2")
        #expect(share.sharedAt == Date(timeIntervalSince1970: 1_700_000_000))
        var plain = copy
        plain.share = nil
        #expect(share.base == plain && share.base.share == nil)
    }

    @Test("the reply's own roster and rows come in; an agenda title, another organisation's person are refused")
    func replyScope() throws {
        let host = Fixture.book()
        var reply = host.sharing(event: "e1", org: "o2", at: Date(timeIntervalSince1970: 0), copyTag: CopyTag("tj01")!)
        reply.people.append(Person(id: "p5", name: "黄雅琪", org: "o2", phone: "13800000005"))
        reply.events[0].participants.append(Participant(person: "p5", rsvp: .confirmed))
        let row = try #require(reply.events[0].participants.firstIndex { $0.person == "p3" })
        reply.events[0].participants[row].leave = Leave(reason: .sick)
        reply.events[0].items[2].title = "改过的座谈会"
        let other = try #require(reply.people.firstIndex { $0.id == "p1" })
        reply.people[other].phone = "13900000000"

        let split = try ShareReply(reply)
        #expect(
            split.refusals.map { $0.message.text(.zh) } == [
                "对方修改了广州市科协的“程智鹏”的电话，不属于电子信息行业协会，未合并",
                "对方修改了议程“党建座谈会”的标题，不属于电子信息行业协会，未合并",
            ])
        #expect(
            split.refusals.map { $0.message.text(.en) } == [
                "they changed the phone of “程智鹏” of 广州市科协, which is not 电子信息行业协会's: not merged",
                "they changed the title of agenda item “党建座谈会”, which is not 电子信息行业协会's: not merged",
            ])
        let merged = try PlanMerge.merge(base: split.base, ours: host, theirs: split.accepted)
        #expect(merged.consistencyProblems().isEmpty)
        #expect(merged.person("p5")?.phone == "13800000005")
        #expect(merged.e1.participant("p5")?.rsvp == .confirmed)
        #expect(merged.e1.participant("p3")?.leave == Leave(reason: .sick))
        #expect(merged.e1.item("i3")?.title == "党建座谈会")
        #expect(merged.person("p1") == host.person("p1"))
        #expect(merged.conflicts.isEmpty)
    }

    @Test("an unchanged reply brings nothing in; a plan of one's own is not a reply")
    func unchangedReply() throws {
        let host = Fixture.book()
        let reply = host.sharing(event: "e1", org: "o2", at: Date(timeIntervalSince1970: 0), copyTag: CopyTag("tj01")!)
        let split = try ShareReply(reply)
        #expect(split.refusals.isEmpty && split.accepted == split.base)
        #expect(try PlanMerge.merge(base: split.base, ours: host, theirs: split.accepted) == host)
        #expect(throws: ShareReply.Problem.notShared) { try ShareReply(host) }
    }
}
