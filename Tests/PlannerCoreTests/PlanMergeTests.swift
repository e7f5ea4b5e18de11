import PlannerCore
import Testing

@Suite("Three-way merge: each case the issue lists")
struct PlanMergeTests {
    let base = Fixture.book()

    func merged(_ ours: Book, _ theirs: Book) throws -> Book {
        let result = try PlanMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.consistencyProblems().isEmpty)
        return result
    }

    @Test("people added on both sides are both kept; theirs, renumbered above both sides' ids, follows its predecessor")
    func bothAddPeople() throws {
        var ours = base
        ours.people.append(Person(id: "p5", name: "李华", org: "o1"))
        var theirs = base
        theirs.people.append(Person(id: "p5", name: "王芳", org: "o2"))
        theirs.events[0].participants.append(Participant(person: "p5"))
        let result = try merged(ours, theirs)
        #expect(result.people.suffix(2).map(\.name) == ["王芳", "李华"])
        #expect(result.person("p6")?.name == "王芳")
        #expect(result.events[0].participant("p6") != nil)
        #expect(result.events[0].participant("p5") == nil)
        #expect(result.conflicts.isEmpty)
    }

    @Test("the same person added on both sides is one record")
    func sameAddition() throws {
        var ours = base
        ours.people.append(Person(id: "p5", name: "李华", org: "o1"))
        let result = try merged(ours, ours)
        #expect(result.people.filter { $0.name == "李华" }.count == 1)
    }

    @Test("different fields of one record combine")
    func differentFields() throws {
        var ours = base
        ours.people[0].phone = "13800000000"
        var theirs = base
        theirs.people[0].title = "主任"
        let result = try merged(ours, theirs)
        #expect(result.people[0].phone == "13800000000")
        #expect(result.people[0].title == "主任")
        #expect(result.conflicts.isEmpty)
    }

    @Test("replies of different participants combine")
    func replies() throws {
        var ours = base
        ours.events[0].participants[0].rsvp = .declined
        var theirs = base
        theirs.events[0].participants[2].rsvp = .confirmed
        let result = try merged(ours, theirs)
        #expect(result.events[0].participants.map(\.rsvp) == [.declined, .confirmed, .confirmed])
    }

    @Test("items added and moved on each side combine, kept in start-time order")
    func itemsAddedAndMoved() throws {
        var ours = base
        ours.events[0].items.append(
            AgendaItem(id: "i5", kind: .other, title: "合影", start: Fixture.t("11:55"), minutes: 5))
        ours.events[0].items[1].start = Fixture.t("09:25")
        var theirs = base
        theirs.events[0].items.insert(
            AgendaItem(id: "i5", kind: .other, title: "签到", start: Fixture.t("09:00"), minutes: 5), at: 0)
        theirs.events[0].items[4].minutes = 30
        let result = try merged(ours, theirs)
        #expect(result.events[0].items.map(\.title) == ["签到", "重温入党誓词", "参观学习", "党建座谈会", "互动交流", "合影"])
        #expect(result.events[0].item("i2")?.start == Fixture.t("09:25"))
        #expect(result.events[0].item("i4")?.minutes == 30)
        #expect(result.events[0].item("i6")?.title == "签到")
        #expect(result.conflicts.isEmpty)
    }

    @Test("a venue added on both sides with other details is renumbered with its rooms, so no room id is used twice")
    func bothAddVenuesWithRooms() throws {
        var ours = base
        ours.venues.append(Venue(id: "v3", name: "党群服务中心", rooms: [Room(id: "r3", name: "大厅")], notes: "东门进"))
        var theirs = base
        theirs.venues.append(Venue(id: "v3", name: "党群服务中心", rooms: [Room(id: "r3", name: "大厅")]))
        theirs.events[0].venue = "v3"
        for j in theirs.events[0].items.indices { theirs.events[0].items[j].room = j == 0 ? "r3" : nil }
        let result = try merged(ours, theirs)
        #expect(result.venues.map(\.id) == ["v1", "v2", "v4", "v3"])
        #expect(result.venue("v3")?.rooms.map(\.id) == ["r3"])
        #expect(result.venue("v4")?.rooms.map(\.id) == ["r4"])
        #expect(result.events[0].venue == "v4")
        #expect(result.events[0].items[0].room == "r4")
        #expect(result.conflicts.isEmpty)
    }

    @Test("a part assigned on one side and a room changed on the other combine, with a new revision")
    func partAndRoom() throws {
        var ours = base
        ours.events[0].items[3].roles.append(Role(person: "p1", part: .host))
        ours.events[0].items[3].revision = 1
        var theirs = base
        theirs.events[0].items[3].room = "r2"
        theirs.events[0].items[3].revision = 1
        let item = try merged(ours, theirs).events[0].items[3]
        #expect(item.roles.count == 2)
        #expect(item.room == "r2")
        #expect(item.revision == 2)
    }

    @Test("a part holder renamed on one side and the event renamed on the other give the item a revision above both")
    func revisionAboveBoth() throws {
        let event = base.events[0]
        var person = try #require(base.person("p3"))
        person.name = "陈思源"
        let ours = try base.applying(.updatePerson(person))
        var details = EventDetails(of: event)
        details.title = "主题党日（改期）"
        let theirs = try base.applying(.updateEvent(id: event.id, details: details))
        #expect(ours.events[0].item("i1")?.revision == 1)
        #expect(theirs.events[0].item("i1")?.revision == 1)
        let result = try merged(ours, theirs)
        #expect(result.events[0].item("i1")?.revision == 2)
        #expect(result.events[0].item("i2")?.revision == 1)
    }

    @Test("an item changed and changed back on one side keeps that side's higher revision")
    func revisionNeverGoesBack() throws {
        let item = try #require(base.events[0].item("i2"))
        var renamed = item
        renamed.title = "参观展厅"
        let theirs = try base.applying(.updateItem(event: base.events[0].id, item: renamed))
            .applying(.updateItem(event: base.events[0].id, item: item))
        var ours = base
        ours.people[0].phone = "13800000000"
        #expect(theirs.events[0].item("i2")?.revision == 2)
        let result = try merged(ours, theirs)
        #expect(result.events[0].item("i2")?.revision == 2)
        #expect(result.events[0].item("i2")?.title == "参观学习")
    }

    @Test("one field changed differently on both sides keeps ours and records the conflict")
    func sameField() throws {
        var ours = base
        ours.people[1].title = "书记"
        var theirs = base
        theirs.people[1].title = "主任"
        let result = try merged(ours, theirs)
        #expect(result.people[1].title == "书记")
        #expect(result.conflicts.count == 1)
        let conflict = try #require(result.conflicts.first)
        #expect(conflict.record == MergeRecordPath(.person, id: "p2"))
        #expect(conflict.field == "title")
        #expect([conflict.ours, conflict.theirs] == ["书记", "主任"])
        #expect(conflict.theirRecord == .person(theirs.people[1]))
    }

    @Test("a record deleted on one side and changed on the other is kept, with a conflict")
    func deleteVersusChange() throws {
        var ours = base
        ours.venues.removeAll { $0.id == "v2" }
        var theirs = base
        theirs.venues[1].address = "广州市番禺区"
        let result = try merged(ours, theirs)
        #expect(result.venue("v2")?.address == "广州市番禺区")
        #expect(result.conflicts.map(\.record) == [MergeRecordPath(.venue, id: "v2")])
        #expect(result.conflicts.first?.field == nil)
        #expect(result.conflicts.first?.deletedByOurs == true)
    }

    @Test("a person ours deleted and theirs assigned is kept so the plan stays whole")
    func danglingReference() throws {
        var ours = base
        ours.people.removeAll { $0.id == "p4" }
        var theirs = base
        theirs.events[0].items[1].roles.append(Role(person: "p4", part: .narrator))
        let result = try merged(ours, theirs)
        #expect(result.person("p4") != nil)
        #expect(result.conflicts.map(\.record) == [MergeRecordPath(.person, id: "p4")])
    }

    @Test("nothing new on one side gives the other side")
    func identities() throws {
        var x = base
        x.people[0].email = "a@b.cn"
        #expect(try PlanMerge.merge(base: base, ours: x, theirs: base) == x)
        #expect(try PlanMerge.merge(base: base, ours: base, theirs: x) == x)
    }

    @Test("two different plans are refused")
    func differentPlans() {
        var ours = base
        ours.identity = "a"
        var theirs = base
        theirs.identity = "b"
        theirs.people[0].email = "x@y.cn"
        #expect(throws: PlanMerge.Refusal.differentPlans(ours: "a", theirs: "b")) {
            try PlanMerge.merge(base: base, ours: ours, theirs: theirs)
        }
    }
}
