import Phrasebook
import PlannerCore
import Testing

/// The participant-cycle rules: quota, part-holders away, leave without a reason, the oath review by 政治面貌, the
/// branch meeting's quorum, and the room's head count with the observers.
@Suite("Checks of the participant cycle")
struct CycleChecksTests {
    static func clean() -> Book { ChecksTests.clean() }
    static func problems(_ book: Book) -> [Problem] { ChecksTests.problems(book) }
    static func with(_ code: String, _ book: Book) -> [Problem] { problems(book).filter { $0.code == code } }

    // MARK: Quota

    @Test("an organisation with as many confirmed participants as its quota is fine")
    func quotaMet() {
        var book = Self.clean()
        book.events[0].orgs[1].quota = 2  // 电子信息行业协会: p2, p3
        #expect(Self.problems(book).isEmpty)
    }

    @Test("one fewer confirmed participant than the quota is a warning naming the organisation, quota and count")
    func quotaShort() throws {
        var book = Self.clean()
        book.events[0].orgs[1].quota = 3
        let p = try #require(ChecksTests.only(book, code: "quota"))
        #expect(p.severity == .warning)
        #expect(p.ids == ["o2"])
        #expect(p.message.description == "电子信息行业协会 has a quota of 3, but 2 confirmed participants: 1 short")
        #expect(p.message.text(.zh) == "电子信息行业协会的名额为 3 人，但已确认参加 2 人，还差 1 人")
    }

    @Test("one more confirmed participant than the quota is a warning too, and leave or a decline is not counted")
    func quotaOver() throws {
        var book = Self.clean()
        book.events[0].orgs[0].quota = 1  // 广州市科协: p1
        book.people.append(Person(id: "p5", name: "林晓", org: "o1", politics: .member))
        book.events[0].participants.append(Participant(person: "p5", rsvp: .confirmed))
        let p = try #require(ChecksTests.only(book, code: "quota"))
        #expect(p.message.description == "广州市科协 has a quota of 1, but 2 confirmed participants: 1 over")
        #expect(p.message.text(.zh) == "广州市科协的名额为 1 人，但已确认参加 2 人，超出 1 人")
        book.events[0].participants[3].leave = Leave(reason: .sick)
        #expect(Self.with("quota", book).isEmpty)
        book.events[0].participants[3].leave = nil
        book.events[0].participants[3].rsvp = .declined
        #expect(Self.with("quota", book).isEmpty)
    }

    @Test("nobody confirmed against a quota: 0 confirmed, in the singular where English wants it")
    func quotaNobody() throws {
        var book = Self.clean()
        book.events[0].orgs[0].quota = 4
        book.events[0].participants[0].rsvp = .invited
        let found = Self.with("quota", book)
        #expect(found.map(\.message.description) == ["广州市科协 has a quota of 4, but 0 confirmed participants: 4 short"])
        book.events[0].participants[0].rsvp = .confirmed
        #expect(
            Self.with("quota", book).map(\.message.description)
                == ["广州市科协 has a quota of 4, but 1 confirmed participant: 3 short"])
    }

    @Test("a quota is set and cleared through one edit; an organisation not invited or a quota of 0 is refused")
    func quotaEdit() throws {
        var book = Self.clean()
        book = try book.applying(.setQuota(event: "e1", org: "o2", quota: 5))
        #expect(book.events[0].orgs[1].quota == 5)
        #expect(!book.wouldChange(.setQuota(event: "e1", org: "o2", quota: 5)))
        // Changing the part keeps the quota.
        book = try book.applying(.invite(event: "e1", org: "o2", part: .participant))
        #expect(book.events[0].orgs[1] == EventOrganisation(org: "o2", part: .participant, quota: 5))
        book = try book.applying(.setQuota(event: "e1", org: "o2", quota: nil))
        #expect(book.events[0].orgs[1].quota == nil)
        #expect(throws: PlanError.self) { try book.applying(.setQuota(event: "e1", org: "o2", quota: 0)) }
        do {
            _ = try book.applying(.setQuota(event: "e1", org: "o2", quota: 0))
        } catch let error as PlanError {
            #expect(error.text(.en) == "quota: a quota is at least 1 person (got 0); leave it empty for none")
            #expect(error.text(.zh) == "名额：名额至少为 1 人（现为 0）；不设名额请留空")
        }
        do {
            _ = try book.applying(.setQuota(event: "e1", org: "o3", quota: 2))
            Issue.record("a quota for an organisation not invited was taken")
        } catch let error as PlanError {
            #expect(error.text(.en) == "冼星海故乡纪念馆 is not invited to '联建交流活动'; invite it first")
        }
    }

    @Test("a quota below 1 in a hand-edited file is a consistency problem at its place")
    func quotaInFile() {
        var book = Self.clean()
        book.events[0].orgs[0].quota = 0
        #expect(book.consistencyProblems().map(\.description) == ["events[0].orgs[0].quota: must be 1 or more"])
    }

    // MARK: Part-holders away

    @Test(
        "a part-holder who declined, is on leave or is absent is an error naming the person, the part and the item",
        arguments: [
            (
                Participant(person: "p1", rsvp: .declined),
                "程智鹏 is speaker of '党建座谈会' but has declined; assign someone else",
                "程智鹏是“党建座谈会”的发言人，但已谢绝参加；请另行指定"
            ),
            (
                Participant(person: "p1", rsvp: .confirmed, leave: Leave(reason: .official)),
                "程智鹏 is speaker of '党建座谈会' but is on leave (official duty); assign someone else or cancel the leave",
                "程智鹏是“党建座谈会”的发言人，但已请假（因公）；请另行指定或撤销请假"
            ),
            (
                Participant(person: "p1", rsvp: .confirmed, attendance: .absent),
                "程智鹏 is speaker of '党建座谈会' but is marked absent; assign someone else",
                "程智鹏是“党建座谈会”的发言人，但已记为缺席；请另行指定"
            ),
        ])
    func partHolderAway(participant: Participant, en: String, zh: String) throws {
        var book = Self.clean()
        book.events[0].participants[0] = participant
        let found = Self.with("part-holder-away", book)
        let p = try #require(found.first)
        #expect(found.count == 1)
        #expect(p.severity == .error)
        #expect(p.ids == ["p1", "i3"])
        #expect(p.message.description == en)
        #expect(p.message.text(.zh) == zh)
    }

    @Test("a part-holder on leave who signed in after all, or still only invited, is no problem")
    func partHolderBack() {
        var book = Self.clean()
        book.events[0].participants[0].leave = Leave(reason: .sick)
        book.events[0].participants[0].attendance = .signedIn(at: nil)
        #expect(Self.with("part-holder-away", book).isEmpty)
        book.events[0].participants[0] = Participant(person: "p1", rsvp: .invited)
        #expect(Self.with("part-holder-away", book).isEmpty)
    }

    // MARK: Leave without a reason

    @Test("leave for 'other' with no note is a warning saying how to fix it")
    func leaveNoReason() throws {
        var book = Self.clean()
        book.people.append(Person(id: "p5", name: "林晓", org: "o1", politics: .member))
        book.events[0].participants.append(
            Participant(person: "p5", rsvp: .confirmed, leave: Leave(reason: .other, note: "  ")))
        let p = try #require(ChecksTests.only(book, code: "leave-no-reason"))
        #expect(p.severity == .warning)
        #expect(p.ids == ["p5"])
        #expect(
            p.message.description
                == "林晓 is on leave from '联建交流活动' for 'other reason' with no note; choose official duty, sick or personal, or add a note saying why"
        )
        #expect(p.message.text(.zh) == "林晓请假不参加“联建交流活动”，事由为“其他”且无说明；请改为因公、因病或因事，或补充说明")
    }

    @Test("leave for 'other' with a note, or for a named reason, is fine")
    func leaveWithReason() {
        var book = Self.clean()
        book.people.append(Person(id: "p5", name: "林晓", org: "o1", politics: .member))
        book.events[0].participants.append(
            Participant(person: "p5", rsvp: .confirmed, leave: Leave(reason: .other, note: "外出学习")))
        #expect(Self.problems(book).isEmpty)
        book.events[0].participants[3].leave = Leave(reason: .personal)
        #expect(Self.problems(book).isEmpty)
    }

    // MARK: The oath review

    @Test("中共党员 and 中共预备党员 take the oath; everyone else coming is named as an observer")
    func oathObservers() throws {
        var book = Self.clean()
        book.people += [
            Person(id: "p5", name: "林晓", org: "o1", politics: .probationary),
            Person(id: "p6", name: "王芳", org: "o1", politics: .league),
            Person(id: "p7", name: "赵磊", org: "o1", politics: .unrecorded),
        ]
        book.events[0].participants += ["p5", "p6", "p7"].map { Participant(person: $0, rsvp: .confirmed) }
        let p = try #require(ChecksTests.only(book, code: "oath-observers"))
        #expect(p.severity == .note)
        #expect(p.ids == ["i1", "p6", "p7"])
        #expect(
            p.message.description
                == "2 confirmed participants are not party members and attend '重温入党誓词' as observers: 王芳, 赵磊")
        #expect(p.message.text(.zh) == "已确认的参加人员中有 2 人不是党员，将列席“重温入党誓词”：王芳、赵磊")
    }

    @Test("activists and candidates among the observers are named first, with their stage; applicants are not")
    func oathActivists() throws {
        var book = Self.clean()
        book.people += [
            Person(id: "p5", name: "林晓", org: "o1", politics: .league, stage: .activist),
            Person(id: "p6", name: "王芳", org: "o1", politics: .masses, stage: .candidate),
            Person(id: "p7", name: "赵磊", org: "o1", politics: .masses, stage: .applicant),
        ]
        book.events[0].participants += ["p5", "p6", "p7"].map { Participant(person: $0, rsvp: .confirmed) }
        let p = try #require(ChecksTests.only(book, code: "oath-observers"))
        #expect(p.severity == .note)
        #expect(p.ids == ["i1", "p5", "p6", "p7"])
        #expect(
            p.message.description
                == "3 confirmed participants are not party members and attend '重温入党誓词' as observers: 林晓 (activist), 王芳 (candidate), 赵磊"
        )
        #expect(p.message.text(.zh) == "已确认的参加人员中有 3 人不是党员，将列席“重温入党誓词”：林晓（入党积极分子）、王芳（发展对象）、赵磊")
    }

    @Test("a long list of observers is cut after 20 names, the activists and candidates among the first")
    func oathActivistsFirst() throws {
        var book = Self.clean()
        for n in 1...25 {
            let stage: Stage? = n == 25 ? .activist : nil
            book.people.append(Person(id: "x\(n)", name: "群众\(n)", org: "o1", politics: .masses, stage: stage))
            book.events[0].participants.append(Participant(person: "x\(n)", rsvp: .confirmed))
        }
        let p = try #require(Self.with("oath-observers", book).first)
        #expect(p.message.text(.zh).contains("将列席“重温入党誓词”：群众25（入党积极分子）、群众1、"))
        #expect(p.ids.prefix(3) == ["i1", "x25", "x1"])
    }

    @Test("more than 20 observers: the first 20 named, the rest counted")
    func oathManyObservers() throws {
        var book = Self.clean()
        for n in 1...25 {
            book.people.append(Person(id: "x\(n)", name: "群众\(n)", org: "o1", politics: .masses))
            book.events[0].participants.append(Participant(person: "x\(n)", rsvp: .confirmed))
        }
        let p = try #require(Self.with("oath-observers", book).first)
        let named = (1...20).map { "群众\($0)" }
        #expect(
            p.message.description
                == "25 confirmed participants are not party members and attend '重温入党誓词' as observers: \(named.joined(separator: ", ")) and 5 more"
        )
        #expect(p.message.text(.zh).hasSuffix("群众20，另有 5 人"))
        #expect(p.ids.count == 26)
    }

    @Test("the room's head count for the oath review counts its observers")
    func oathRoomCountsObservers() throws {
        var book = Self.clean()
        book.venues[0].rooms[0].capacity = 3  // 展厅: the oath review and the visit
        #expect(Self.problems(book).isEmpty)
        book.events[0].participants.append(Participant(person: "p4", rsvp: .confirmed))
        let rooms = Self.with("room-over-capacity", book)
        #expect(rooms.map(\.ids) == [["i1"], ["i2"]])
        #expect(rooms[0].message.description == "'重温入党誓词' expects 4 people in 展厅, which holds 3")
    }

    // MARK: The branch meeting

    /// The fixture with a branch meeting in 会议室 at the end, its host and recorder, and seven more participants of
    /// 广州市科协: three full members, two probationary, one of the masses, one full member who declined.
    static func meeting() -> Book {
        var book = clean()
        book.events[0].end = Fixture.t("13:00")
        book.events[0].items.append(
            AgendaItem(
                id: "i5", kind: .meeting, title: "支部党员大会", start: Fixture.t("12:00"), minutes: 60, room: "r2",
                roles: [Role(person: "p2", part: .host), Role(person: "p3", part: .recorder)]))
        let added: [(String, String, Politics, RSVP)] = [
            ("m1", "李明", .member, .confirmed), ("m2", "张华", .member, .confirmed), ("m3", "刘洋", .member, .invited),
            ("m4", "孙丽", .probationary, .confirmed), ("m5", "周杰", .probationary, .invited),
            ("m6", "吴敏", .masses, .confirmed), ("m7", "郑强", .member, .declined),
        ]
        for (id, name, politics, rsvp) in added {
            book.people.append(Person(id: id, name: name, org: "o1", politics: politics))
            book.events[0].participants.append(Participant(person: id, rsvp: rsvp))
        }
        return book
    }

    static func quorum(_ book: Book) throws -> Problem { try #require(with("quorum", book).first) }

    @Test("a meeting has a host and a recorder; its kind reads 支部党员大会")
    func meetingKind() {
        #expect(ItemKind.meeting.neededParts == [.host, .recorder])
        #expect(ItemKind.meeting.phrase.text(.zh) == "支部党员大会")
        #expect(ItemKind.meeting.phrase.text(.en) == "Branch meeting")
        var book = Self.meeting()
        book.events[0].items[4].roles = []
        #expect(
            Self.with("unfilled-part", book).map(\.message.description) == [
                "'支部党员大会' has no host; assign a host", "'支部党员大会' has no recorder; assign a recorder",
            ])
    }

    @Test("before the day: the full members coming against those expected, probationary members without a vote")
    func quorumForecast() throws {
        // Expected full members: p1, p2, p3, m1, m2, m3 (m7 declined) = 6; coming: all but m3 = 5.
        let book = Self.meeting()
        let p = try Self.quorum(book)
        #expect(p.severity == .note)
        #expect(p.ids == ["i5"])
        #expect(
            p.message.description
                == "'支部党员大会' should have its quorum: full party members coming 5 of 6 expected, more than half; probationary members take part without a vote: 孙丽"
        )
        #expect(
            p.message.text(.zh) == "“支部党员大会”预计达到法定人数：应到正式党员 6 人，预计到会 5 人，超过半数；预备党员不参加表决：孙丽")
    }

    @Test("before the day: exactly half coming is a warning")
    func quorumForecastHalf() throws {
        var book = Self.meeting()
        for id in ["m1", "m2"] {
            for j in book.events[0].participants.indices where book.events[0].participants[j].person == id {
                book.events[0].participants[j].leave = Leave(reason: .sick)
            }
        }
        // Coming: p1, p2, p3 of 6.
        let p = try Self.quorum(book)
        #expect(p.severity == .warning)
        #expect(
            p.message.description
                == "'支部党员大会' may lack a quorum: full party members coming 3 of 6 expected (confirmed, not on leave), but a branch meeting needs more than half (at least 4); probationary members take part without a vote: 孙丽"
        )
        #expect(p.message.text(.zh).hasPrefix("“支部党员大会”可能达不到法定人数：应到正式党员 6 人，预计到会 3 人（已确认且未请假），须超过半数（至少 4 人）"))
    }

    @Test("on the day: more than half signed in is a note; half is an error; probationary members do not count")
    func quorumOnTheDay() throws {
        var book = Self.meeting()
        func signIn(_ ids: [String]) {
            for (j, p) in book.events[0].participants.enumerated() {
                book.events[0].participants[j].attendance = ids.contains(p.person) ? .signedIn(at: nil) : .notYet
            }
        }
        signIn(["p1", "p2", "p3", "m1", "m4", "m5"])
        var p = try Self.quorum(book)
        #expect(p.severity == .note)
        #expect(
            p.message.description
                == "'支部党员大会' has its quorum: full party members present 4 of 6 expected, more than half; probationary members take part without a vote: 孙丽, 周杰"
        )
        signIn(["p1", "p2", "p3", "m4", "m5"])
        p = try Self.quorum(book)
        #expect(p.severity == .error)
        #expect(
            p.message.description
                == "'支部党员大会' has no quorum: full party members present 3 of 6 expected, but a branch meeting needs more than half (at least 4); it may not open; probationary members take part without a vote: 孙丽, 周杰"
        )
        #expect(p.message.text(.zh).hasPrefix("“支部党员大会”未达到法定人数：应到正式党员 6 人，实到 3 人，须超过半数（至少 4 人）；不能开会；"))
    }

    @Test("an event without a meeting has no quorum check")
    func noMeetingNoQuorum() {
        #expect(Self.with("quorum", Self.clean()).isEmpty)
    }
}
