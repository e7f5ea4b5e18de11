import PlannerCore
import Testing

/// Each planning rule: a plan with exactly that fault, and the exact diagnostic it gives.
@Suite("Checks")
struct ChecksTests {
    /// The fixture with every part filled and everyone confirmed: no problems at all.
    static func clean() -> Book {
        var book = Fixture.book()
        book.events[0].items[1].roles = [Role(person: "p3", part: .narrator)]
        book.events[0].participants[2].rsvp = .confirmed
        return book
    }

    static func problems(_ book: Book) -> [Problem] { Checks.problems(in: book.events[0], book: book) }

    static func only(_ book: Book, code: String) -> Problem? {
        let found = problems(book)
        #expect(found.count == 1, "expected only \(code), got \(found.map(\.code))")
        return found.first { $0.code == code }
    }

    @Test("the clean plan has no problems")
    func cleanPlan() {
        #expect(Self.problems(Self.clean()).isEmpty)
    }

    @Test("the same name twice with the same phone is an error naming both records")
    func duplicateWithContact() throws {
        var book = Self.clean()
        book.people[0].phone = "13800000000"
        book.people.append(Person(id: "p5", name: "程智鹏", org: "o2", politics: .member, phone: "13800000000"))
        book.events[0].participants.append(Participant(person: "p5", rsvp: .confirmed))
        let p = try #require(Self.only(book, code: "duplicate-person"))
        #expect(p.severity == .error)
        #expect(
            p.message.description
                == "程智鹏 is listed 2 times (p1 广州市科协, p5 电子信息行业协会) with the same phone or email; probably the same person"
        )
        #expect(p.ids == ["p1", "p5"])
    }

    @Test("the same name in two organisations is a warning")
    func duplicateByName() throws {
        var book = Self.clean()
        book.people.append(Person(id: "p5", name: "徐晓敏", org: "o1", politics: .member))
        book.events[0].participants.append(Participant(person: "p5", rsvp: .confirmed))
        let p = try #require(Self.only(book, code: "duplicate-person"))
        #expect(p.severity == .warning)
        #expect(p.message.description == "徐晓敏 is listed 2 times (p2 电子信息行业协会, p5 广州市科协); probably the same person")
    }

    @Test("a participant from an organisation that is not invited")
    func uninvited() throws {
        var book = Self.clean()
        book.people.append(Person(id: "p5", name: "冯嘉欣", org: "o3", politics: .unrecorded))
        book.events[0].participants.append(Participant(person: "p5", rsvp: .confirmed))
        let p = try #require(Self.problems(book).first { $0.code == "uninvited-organisation" })
        #expect(p.severity == .warning)
        #expect(p.message.description == "冯嘉欣 of 星海纪念馆 takes part, but 星海纪念馆 is not invited")
        #expect(p.ids == ["o3", "p5"])
    }

    @Test("an invited organisation with nobody confirmed")
    func noConfirmed() throws {
        var book = Self.clean()
        book.events[0].orgs.append(EventOrganisation(org: "o3", part: .participant))
        let p = try #require(Self.only(book, code: "no-confirmed-participant"))
        #expect(p.message.description == "星海纪念馆 is invited but nobody from it has confirmed")
    }

    @Test("more confirmed participants than the venue holds")
    func overCapacity() throws {
        var book = Self.clean()
        book.venues[0].capacity = 2
        let p = try #require(Self.problems(book).first { $0.code == "over-capacity" })
        #expect(p.severity == .error)
        #expect(p.message.description == "3 confirmed participants, but 纪念馆 holds 2")
    }

    @Test("more people than a room holds for an item")
    func roomOverCapacity() throws {
        var book = Self.clean()
        book.venues[0].rooms[1].capacity = 2
        let p = try #require(Self.only(book, code: "room-over-capacity"))
        #expect(p.message.description == "'党建座谈会' expects 3 people in 会议室, which holds 2")
        #expect(p.ids == ["i3"])
    }

    @Test("overlapping items in one room")
    func overlap() throws {
        var book = Self.clean()
        book.events[0].items[1].minutes = 70
        book.events[0].items[1].room = "r2"
        let found = Self.problems(book)
        let p = try #require(found.first { $0.code == "overlap" })
        #expect(p.severity == .error)
        #expect(
            p.message.description
                == "'参观学习' (09:20–10:30) uses 会议室 at the same time as '党建座谈会' (10:20–11:20); move one or give it another room"
        )
        #expect(p.ids == ["i2", "i3"])
        // p3 narrates the visit and hosts the symposium: double-booked while they overlap.
        let d = try #require(found.first { $0.code == "double-booked" })
        #expect(d.message.description == "陈思远 has parts in '参观学习' and '党建座谈会' at the same time")
    }

    @Test("an item outside the event's hours")
    func outsideHours() throws {
        var book = Self.clean()
        book.events[0].items[3].minutes = 50
        let p = try #require(Self.only(book, code: "outside-hours"))
        #expect(p.severity == .warning)
        #expect(p.message.description == "'互动交流' (11:20–12:10) falls outside the event's hours 09:00–12:00")
    }

    @Test("an unexplained gap is a note")
    func gap() throws {
        var book = Self.clean()
        book.events[0].items[1].minutes = 50
        let p = try #require(Self.only(book, code: "gap"))
        #expect(p.severity == .note)
        #expect(p.message.description == "10 minutes with nothing planned between '参观学习' and '党建座谈会' (10:10–10:20)")
    }

    @Test(
        "parts left unfilled, per kind",
        arguments: [
            (0, RolePart.leader, "'重温入党誓词' has no oath leader; assign an oath leader"),
            (1, RolePart.narrator, "'参观学习' has no narrator; assign a narrator"),
            (3, RolePart.host, "'互动交流' has no host; assign a host"),
        ])
    func unfilled(index: Int, part: RolePart, message: String) throws {
        var book = Self.clean()
        book.events[0].items[index].roles.removeAll { $0.part == part }
        let p = try #require(Self.only(book, code: "unfilled-part"))
        #expect(p.message.description == message)
    }

    @Test("a symposium needs a host and a speaker")
    func symposiumParts() {
        var book = Self.clean()
        book.events[0].items[2].roles = []
        let messages = Self.problems(book).filter { $0.code == "unfilled-part" }.map(\.message.description)
        #expect(messages == ["'党建座谈会' has no host; assign a host", "'党建座谈会' has no speaker; assign a speaker"])
    }

    @Test("a speaker or leader who is not a participant")
    func partNotParticipant() throws {
        var book = Self.clean()
        book.events[0].participants.removeAll { $0.person == "p1" }
        // (nobody of 广州市科协 is confirmed then, either)
        #expect(Self.problems(book).map(\.code).sorted() == ["no-confirmed-participant", "part-not-participant"])
        let p = try #require(Self.problems(book).first { $0.code == "part-not-participant" })
        #expect(p.message.description == "程智鹏 is speaker of '党建座谈会' but is not a participant")
    }

    @Test("the oath leader must be a party member; representatives attend as observers")
    func eligibility() throws {
        var book = Self.clean()
        book.events[0].items[0].roles = [Role(person: "p4", part: .leader)]
        book.events[0].participants.append(Participant(person: "p4", rsvp: .confirmed))
        let found = Self.problems(book)
        #expect(found.map(\.code) == ["oath-leader-not-member", "oath-observers"])
        #expect(found[0].message.description == "周明轩 leads '重温入党誓词' but is not a party member")
        #expect(found[1].severity == .note)
        #expect(
            found[1].message.description
                == "1 confirmed participant is not a party member and attends '重温入党誓词' as observers: 周明轩")
    }

    @Test("speeches longer than their item")
    func speechesOverrun() throws {
        var book = Self.clean()
        book.events[0].items[2].roles[2].minutes = 45
        let p = try #require(Self.only(book, code: "speeches-overrun"))
        #expect(p.message.description == "the speeches of '党建座谈会' take 65 minutes, but the item lasts 60")
    }

    @Test("errors come first, then warnings, then notes")
    func order() {
        var book = Self.clean()
        book.events[0].items[1].minutes = 50  // gap (note)
        book.events[0].items[0].roles = []  // unfilled (warning)
        book.events[0].items[2].roles[2].minutes = 45  // overrun (error)
        #expect(Self.problems(book).map(\.severity) == [.error, .warning, .note])
    }

    @Test("an item overlapping several others is one problem naming the first and counting the rest")
    func overlapMany() throws {
        var book = Self.clean()
        book.events[0].items[0].minutes = 150
        for i in 1...3 { book.events[0].items[i].room = "r1" }
        let overlaps = Self.problems(book).filter { $0.code == "overlap" }
        #expect(overlaps.count == 1)
        #expect(
            overlaps[0].message.description
                == "'重温入党誓词' (09:00–11:30) uses 展厅 at the same time as '参观学习' (09:20–10:20) and 2 more items; move one or give it another room"
        )
    }

    @Test("10,000 items at the same time: one overlap per item, bounded time")
    func manyOverlaps() {
        var book = Self.clean()
        let template = book.events[0].items[2]
        book.events[0].items = (0..<10_000).map { n in
            var item = template
            item.id = "x\(n)"
            return item
        }
        let clock = ContinuousClock()
        var problems: [Problem] = []
        let elapsed = clock.measure { problems = Self.problems(book) }
        #expect(problems.filter { $0.code == "overlap" }.count == 9_999)
        #expect(problems.filter { $0.code == "double-booked" }.count <= 3 * 9_999)
        #expect(elapsed < .seconds(5))
        print("checks on 10,000 overlapping items: \(problems.count) problems in \(elapsed)")
    }
}
