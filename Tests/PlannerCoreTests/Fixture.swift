import PlannerCore

/// A small joint activity used across the core tests (PlannerCoreTests cannot see PlanFile's sample).
enum Fixture {
    static let eventTitle = "联建交流活动"

    static func t(_ text: String) -> ClockTime { known(ClockTime(text), "time '\(text)'") }
    static func d(_ text: String) -> CivilDate { known(CivilDate(text), "date '\(text)'") }

    /// A value the fixture's own literals always give; a nil is a typo in a test, so it stops there and says which.
    static func known<T>(_ value: T?, _ what: String) -> T {
        guard let value else { preconditionFailure("the fixture has no \(what)") }
        return value
    }

    static func book() -> Book {
        let orgs = [
            Organisation(id: "o1", name: "广州市科学技术协会", short: "广州市科协", branch: "广州市科协党委"),
            Organisation(id: "o2", name: "广东省电子信息行业协会", short: "电子信息行业协会"),
            Organisation(id: "o3", name: "冼星海故乡纪念馆", short: "星海纪念馆"),
        ]
        let people = [
            Person(id: "p1", name: "程智鹏", latin: "Cheng Zhipeng", org: "o1", title: "党委书记", politics: .member),
            Person(id: "p2", name: "徐晓敏", latin: "Xu Xiaomin", org: "o2", title: "党支部书记", politics: .member),
            Person(id: "p3", name: "陈思远", latin: "Chen Siyuan", org: "o2", politics: .member),
            Person(id: "p4", name: "周明轩", latin: "Zhou Mingxuan", org: "o2", politics: .masses),
        ]
        let venues = [
            Venue(
                id: "v1", name: "纪念馆", address: "广州市南沙区榄核镇", capacity: 60,
                rooms: [Room(id: "r1", name: "展厅", capacity: 60), Room(id: "r2", name: "会议室", capacity: 40)]),
            Venue(id: "v2", name: "备用场地"),
        ]
        let items = [
            AgendaItem(
                id: "i1", kind: .oath, title: "重温入党誓词", start: t("09:00"), minutes: 20, room: "r1",
                roles: [Role(person: "p3", part: .leader)]),
            AgendaItem(id: "i2", kind: .visit, title: "参观学习", start: t("09:20"), minutes: 60, room: "r1"),
            AgendaItem(
                id: "i3", kind: .symposium, title: "党建座谈会", start: t("10:20"), minutes: 60, room: "r2",
                roles: [
                    Role(person: "p3", part: .host),
                    Role(person: "p1", part: .speaker, topic: "增强产业链韧性", minutes: 20),
                    Role(person: "p2", part: .speaker, topic: "发展现状分析", minutes: 30),
                ]),
            AgendaItem(
                id: "i4", kind: .discussion, title: "互动交流", start: t("11:20"), minutes: 40,
                roles: [Role(person: "p2", part: .host)]),
        ]
        let event = Event(
            id: "e1", title: eventTitle, date: d("2023-06-16"), start: t("09:00"), end: t("12:00"),
            venue: "v1",
            orgs: [EventOrganisation(org: "o1", part: .guiding), EventOrganisation(org: "o2", part: .host)],
            participants: [
                Participant(person: "p1", rsvp: .confirmed), Participant(person: "p2", rsvp: .confirmed),
                Participant(person: "p3"),
            ],
            items: items)
        return Book(organisations: orgs, people: people, venues: venues, events: [event])
    }
}

extension Book {
    var e1: Event { Fixture.known(event("e1"), "event e1") }
}
