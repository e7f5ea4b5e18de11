import Foundation
import Phrasebook
import PlannerCore
import Testing

/// `PlanDiff`: every kind of change, as an organiser reads it in both languages, with the fields scripts read.
@Suite("Plan diff: the changes between two books")
struct PlanDiffTests {
    /// 天极电子 (o1) with 陈思远 (p1) and 徐晓敏 (p2); 纪念馆 (v1) with 展厅 (r1); one event with 重温入党誓词 (i1, led
    /// by 陈思远) and 党建座谈会 (i2, speakers 陈思远 then 徐晓敏), both invited.
    static func book() throws -> Book {
        var book = Book()
        book.organisations = [Organisation(id: "o1", name: "广州天极电子科技有限公司", short: "天极电子")]
        book.people = [
            Person(id: "p1", name: "陈思远", org: "o1", politics: .member),
            Person(id: "p2", name: "徐晓敏", org: "o1", politics: .member),
        ]
        book.venues = [Venue(id: "v1", name: "纪念馆", rooms: [Room(id: "r1", name: "展厅", capacity: 60)])]
        book.events = [
            Event(
                id: "e1", title: "联建活动", date: try #require(CivilDate("2023-06-16")),
                start: try #require(ClockTime("09:00")), end: try #require(ClockTime("12:00")), venue: "v1",
                orgs: [EventOrganisation(org: "o1", part: .host)],
                participants: [Participant(person: "p1"), Participant(person: "p2", rsvp: .confirmed)],
                items: [
                    AgendaItem(
                        id: "i1", kind: .oath, title: "重温入党誓词", start: try #require(ClockTime("09:00")), minutes: 20,
                        room: "r1", roles: [Role(person: "p1", part: .leader)]),
                    AgendaItem(
                        id: "i2", kind: .symposium, title: "党建座谈会", start: try #require(ClockTime("10:20")),
                        minutes: 60,
                        roles: [Role(person: "p1", part: .speaker), Role(person: "p2", part: .speaker)]),
                ])
        ]
        return book
    }

    /// The changes' sentences in `language`.
    static func said(_ old: Book, _ new: Book, _ language: Language) -> [String] {
        PlanDiff(from: old, to: new).changes.map { $0.phrase.text(language) }
    }

    @Test("the same book has no changes, and revision and modified are not compared")
    func same() throws {
        let old = try Self.book()
        var new = old
        new.events[0].items[0].revision = 4
        new.events[0].items[0].modified = Date(timeIntervalSince1970: 1_700_000_000)
        new.identity = "another"
        #expect(PlanDiff(from: old, to: new).isEmpty)
        #expect(PlanDiff(from: old, to: old).sections.isEmpty)
    }

    @Test("people: added to an organisation, removed, renamed, moved, a field changed")
    func people() throws {
        let old = try Self.book()
        var new = old
        new.organisations.append(Organisation(id: "o2", name: "冼星海故乡纪念馆", short: "星海纪念馆"))
        new.people.append(Person(id: "p3", name: "王芳", org: "o1"))
        new.people[0].name = "陈思源"
        new.people[0].phone = "13800000000"
        new.people[1].org = "o2"
        new.people[1].politics = .probationary
        #expect(
            Self.said(old, new, .en) == [
                "added organisation 冼星海故乡纪念馆", "added 王芳 to 天极电子", "renamed 陈思远 to 陈思源",
                "陈思源: phone (none) → 13800000000", "徐晓敏 moved from 天极电子 to 星海纪念馆",
                "徐晓敏: political status CPC member → probationary",
            ])
        #expect(
            Self.said(old, new, .zh) == [
                "新增单位冼星海故乡纪念馆", "在天极电子新增王芳", "陈思远更名为陈思源", "陈思源：电话 （无） → 13800000000",
                "徐晓敏由天极电子调至星海纪念馆", "徐晓敏：政治面貌 中共党员 → 中共预备党员",
            ])
        let phone = try #require(PlanDiff(from: old, to: new).changes.first { $0.field == "phone" })
        #expect(phone.kind == .changed && phone.record == .person && phone.ids == ["p1"])
        #expect(phone.before == nil && phone.after == "13800000000" && phone.section == .rosters)
        var gone = old
        gone.people.removeLast()
        #expect(Self.said(old, gone, .en) == ["removed 徐晓敏 from 天极电子"])
        #expect(Self.said(old, gone, .zh).first == "从天极电子删除徐晓敏")
    }

    @Test("venues and rooms: renamed, a room added, a capacity changed")
    func venues() throws {
        let old = try Self.book()
        var new = old
        new.venues[0].rooms[0].name = "一楼展厅"
        new.venues[0].rooms[0].capacity = 80
        new.venues[0].rooms.append(Room(id: "r2", name: "会议室"))
        #expect(
            Self.said(old, new, .en) == [
                "added room 会议室 to 纪念馆", "room 展厅 renamed 一楼展厅", "一楼展厅: capacity 60 → 80",
            ])
        #expect(Self.said(old, new, .zh) == ["在纪念馆新增场地会议室", "场地“展厅”更名为“一楼展厅”", "一楼展厅：容量 60 → 80"])
        #expect(PlanDiff(from: old, to: new).changes.allSatisfy { $0.section == .venues })
    }

    @Test("the event's date, times and venue, and its invited organisations' part and quota")
    func event() throws {
        let old = try Self.book()
        var new = old
        new.events[0].date = try #require(CivilDate("2023-06-17"))
        new.events[0].venue = nil
        new.events[0].orgs[0].part = .guiding
        new.events[0].orgs[0].quota = 5
        #expect(
            Self.said(old, new, .en) == [
                "联建活动: date 2023-06-16 → 2023-06-17", "联建活动: venue 纪念馆 → (none)",
                "天极电子: part Host → Guiding body", "天极电子: quota (none) → 5",
            ])
        #expect(
            Self.said(old, new, .zh) == [
                "联建活动：日期 2023-06-16 → 2023-06-17", "联建活动：场馆 纪念馆 → （无）", "天极电子：分工 主办单位 → 指导单位",
                "天极电子：名额 （无） → 5",
            ])
        let headings = PlanDiff(from: old, to: new).sections.map { $0.section.heading.text(.zh) }
        #expect(headings == ["活动“联建活动”（2023-06-17）"])
    }

    @Test("agenda: an item moved, lengthened, renamed and put in no room; parts taken over; speakers reordered")
    func agenda() throws {
        let old = try Self.book()
        var new = old
        new.events[0].items[1].start = try #require(ClockTime("10:30"))
        new.events[0].items[1].minutes = 45
        new.events[0].items[0].title = "重温誓词"
        new.events[0].items[0].room = nil
        new.events[0].items[0].roles = [Role(person: "p2", part: .leader)]
        new.events[0].items[1].roles.reverse()
        new.events[0].items.append(
            AgendaItem(id: "i3", kind: .other, title: "合影留念", start: try #require(ClockTime("11:30")), minutes: 10))
        #expect(
            Self.said(old, new, .en) == [
                "added item 合影留念 at 11:30, 10 minutes", "item 重温入党誓词 renamed 重温誓词", "重温誓词: room 展厅 → (none)",
                "徐晓敏 is now oath leader of 重温誓词", "陈思远 is no longer oath leader of 重温誓词",
                "党建座谈会 moved 10:20 → 10:30", "党建座谈会: length 60 minutes → 45 minutes",
                "党建座谈会: order of speakers 陈思远, 徐晓敏 → 徐晓敏, 陈思远",
            ])
        #expect(
            Self.said(old, new, .zh) == [
                "新增议程“合影留念”，11:30 开始，10 分钟", "议程“重温入党誓词”更名为“重温誓词”", "重温誓词：场地 展厅 → （无）",
                "徐晓敏担任“重温誓词”的领誓人", "陈思远不再担任“重温誓词”的领誓人", "“党建座谈会”时间调整：10:20 → 10:30",
                "党建座谈会：时长 60 分钟 → 45 分钟", "党建座谈会：发言顺序 陈思远、徐晓敏 → 徐晓敏、陈思远",
            ])
        let moved = try #require(PlanDiff(from: old, to: new).changes.first { $0.field == "start" })
        #expect(moved.ids == ["e1", "i2"] && moved.before == "10:20" && moved.after == "10:30")
    }

    @Test("participants: a reply, leave asked and approved, a sign-in at a time, marked absent, added and removed")
    func participants() throws {
        let old = try Self.book()
        var new = old
        new.events[0].participants[0].rsvp = .confirmed
        new.events[0].participants[0].attendance = .signedIn(at: try #require(ClockTime("08:32")))
        new.events[0].participants[1].leave = Leave(reason: .sick, note: "发烧")
        var approved = new
        approved.events[0].participants[1].leave?.approvedBy = "p1"
        approved.events[0].participants[0].attendance = .absent
        #expect(
            Self.said(old, new, .en) == [
                "陈思远 invited → confirmed", "陈思远 signed in at 08:32", "徐晓敏 asked for leave: sick (发烧)",
            ])
        #expect(Self.said(old, new, .zh) == ["陈思远：已邀请 → 已确认", "陈思远于 08:32 签到", "徐晓敏请假：因病（发烧）"])
        #expect(Self.said(new, approved, .en) == ["陈思远 marked absent", "徐晓敏's leave approved by 陈思远"])
        #expect(Self.said(new, approved, .zh) == ["陈思远记为缺席", "徐晓敏的请假已由陈思远批准"])
        let signIn = try #require(PlanDiff(from: old, to: new).changes.first { $0.field == "attendance" })
        #expect(signIn.before == "not-yet" && signIn.after == "signed-in 08:32" && signIn.ids == ["e1", "p1"])
        #expect(Self.said(approved, old, .en).contains("徐晓敏's leave withdrawn"))
        var fewer = old
        fewer.events[0].participants.removeFirst()
        #expect(Self.said(old, fewer, .en) == ["removed participant 陈思远"])
        #expect(Self.said(fewer, old, .zh) == ["新增参加人员陈思远（已邀请）"])
    }

    @Test("order: rosters, venues, then events added, kept and removed; an event is said by title and date")
    func order() throws {
        let old = try Self.book()
        var new = old
        new.events[0].participants[0].rsvp = .declined
        new.venues[0].address = "南沙区"
        new.people[1].title = "书记"
        var second = new.events[0]
        second.id = "e2"
        second.title = "第二场"
        new.events.append(second)
        let diff = PlanDiff(from: old, to: new)
        #expect(
            diff.sections.map { $0.section.heading.text(.en) } == [
                "Organisations and people", "Venues and rooms", "Event 第二场 (2023-06-16)", "Event 联建活动 (2023-06-16)",
            ])
        #expect(diff.changes.map(\.record) == [.person, .venue, .event, .participant])
        #expect(diff.changes[2].phrase.text(.zh) == "新增活动“第二场”（2023-06-16）")
        #expect(PlanDiff(from: new, to: old).changes.last?.phrase.text(.en) == "removed event 第二场 (2023-06-16)")
    }
}
