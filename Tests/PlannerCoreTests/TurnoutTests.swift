import PlannerCore
import Testing

@Suite("Turnout: 应到, 实到, 请假, 缺席 and the rate, one definition, per organisation and in total")
struct TurnoutTests {
    static func event(_ participants: [Participant]) -> Book {
        Book(
            organisations: [Organisation(id: "o1", name: "甲单位"), Organisation(id: "o2", name: "乙单位")],
            people: (1...8).map { n in
                Person(id: "p\(n)", name: "人\(n)", org: n <= 5 ? "o1" : "o2", politics: n <= 3 ? .member : .masses)
            },
            events: [
                Event(
                    id: "e1", title: "E", date: Fixture.d("2024-01-01"), start: Fixture.t("09:00"),
                    end: Fixture.t("10:00"), participants: participants)
            ])
    }

    static let nine = Fixture.t("09:00")

    @Test(
        "expected leaves out who declined; excused is expected and on leave; absent is the rest; rate present/expected")
    func counts() throws {
        let book = Self.event([
            Participant(person: "p1", rsvp: .confirmed, attendance: .signedIn(at: Self.nine)),
            Participant(person: "p2", rsvp: .confirmed, attendance: .signedIn(at: nil)),
            Participant(person: "p3", rsvp: .confirmed, leave: Leave(reason: .sick)),
            Participant(person: "p4", rsvp: .declined, leave: Leave(reason: .official)),
            Participant(person: "p5", rsvp: .invited, attendance: .absent),
            Participant(person: "p6", rsvp: .confirmed, capacity: .representative),
            Participant(person: "p7", rsvp: .confirmed, capacity: .observer, attendance: .signedIn(at: Self.nine)),
        ])
        let e = book.events[0]
        let byOrg = e.turnoutByOrganisation(people: book.peopleByID)
        let o1 = try #require(byOrg["o1"]), o2 = try #require(byOrg["o2"])
        #expect((o1.total, o1.expected, o1.present, o1.excused, o1.absent) == (5, 4, 2, 1, 1))
        #expect(o1.rate == 0.5)
        #expect(o1.count(Politics.member) == 3 && o1.count(RSVP.declined) == 1)
        #expect((o2.total, o2.expected, o2.present, o2.excused, o2.absent) == (2, 2, 1, 0, 1))
        #expect(o2.count(Capacity.representative) == 1 && o2.count(Capacity.observer) == 1)
        let total = e.turnout(people: book.peopleByID)
        #expect((total.expected, total.present, total.excused, total.absent) == (6, 3, 1, 2))
        #expect(total.rate == 0.5)
        #expect(total.expected == o1.expected + o2.expected && total.present == o1.present + o2.present)
    }

    @Test("one on leave who signs in after all is present, not excused")
    func leaveThenSignIn() {
        let book = Self.event([
            Participant(person: "p1", rsvp: .confirmed, leave: Leave(reason: .personal), attendance: .signedIn(at: nil))
        ])
        let t = book.events[0].turnout(people: book.peopleByID)
        #expect((t.expected, t.present, t.excused, t.absent) == (1, 1, 0, 0))
    }

    @Test("before anyone signs in, the absent count is 'not signed in yet'; after, 'absent'")
    func beforeTheEvent() {
        var book = Self.event([Participant(person: "p1", rsvp: .confirmed), Participant(person: "p2")])
        var t = book.events[0].turnout(people: book.peopleByID)
        #expect(!t.attendanceRecorded && t.absent == 2)
        #expect(t.summary.text(.en) == "expected 2 · present 0 · excused 0 · not signed in yet 2")
        #expect(t.summary.text(.zh) == "应到 2 · 实到 0 · 请假 0 · 未签到 2")
        book.events[0].participants[0].attendance = .signedIn(at: Self.nine)
        t = book.events[0].turnout(people: book.peopleByID)
        #expect(t.summary.text(.en) == "expected 2 · present 1 · excused 0 · absent 1")
        #expect(t.summary.text(.zh) == "应到 2 · 实到 1 · 请假 0 · 缺席 1")
    }

    @Test("nobody expected: no rate")
    func noRate() {
        let book = Self.event([Participant(person: "p1", rsvp: .declined)])
        #expect(book.events[0].turnout(people: book.peopleByID).rate == nil)
    }

    @Test("every reply and capacity has its own count", arguments: RSVP.allCases)
    func eachRSVP(rsvp: RSVP) {
        for capacity in Capacity.allCases {
            let book = Self.event([Participant(person: "p1", rsvp: rsvp, capacity: capacity)])
            let t = book.events[0].turnoutByOrganisation(people: book.peopleByID)["o1"]
            for other in RSVP.allCases { #expect(t?.count(other) == (other == rsvp ? 1 : 0)) }
            for other in Capacity.allCases { #expect(t?.count(other) == (other == capacity ? 1 : 0)) }
            #expect(t?.expected == (rsvp == .declined ? 0 : 1))
        }
    }

    @Test("the rate as printed: one decimal when it has one, whole percentages without, — when nobody is expected")
    func rateText() {
        func text(_ participants: [Participant]) -> String {
            let book = Self.event(participants)
            return book.events[0].turnout(people: book.peopleByID).rateText
        }
        let signed = Attendance.signedIn(at: Self.nine)
        #expect(text([]) == "—")
        #expect(text([Participant(person: "p1", rsvp: .declined)]) == "—")
        #expect(text([Participant(person: "p1", attendance: signed)]) == "100%")
        #expect(text([Participant(person: "p1"), Participant(person: "p2", attendance: signed)]) == "50%")
        #expect(
            text([Participant(person: "p1"), Participant(person: "p2"), Participant(person: "p3", attendance: signed)])
                == "33.3%")
        #expect(text([Participant(person: "p1")]) == "0%")
    }

    @Test("who came in which standing: the capacity, or 政治面貌 for those who take part; the parts add up")
    func standings() {
        let signed = Attendance.signedIn(at: Self.nine)
        let book = Self.event([
            Participant(person: "p1", rsvp: .confirmed, attendance: signed),
            Participant(person: "p2", rsvp: .confirmed, capacity: .representative, attendance: signed),
            Participant(person: "p4", rsvp: .confirmed, attendance: signed),
            Participant(person: "p5", rsvp: .confirmed, capacity: .observer),
            Participant(person: "p6", rsvp: .declined, capacity: .guest),
        ])
        let t = book.events[0].turnout(people: book.peopleByID)
        #expect(t.present(attending: .member) == 1, "p2 is a member but came as a representative")
        #expect(t.present(attending: .masses) == 1 && t.present(.representative) == 1)
        #expect(t.present(.attendee) == 2 && t.present(.observer) == 0 && t.expected(.observer) == 1)
        #expect(t.expected(.guest) == 0, "declined: not expected")
        let sum = Capacity.allCases.map { t.present($0) }.reduce(0, +)
        #expect(sum == t.present)
    }
}
