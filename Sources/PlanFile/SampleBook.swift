import PlannerCore

/// The embedded default: the joint activity of 2023-06-16 at the Xian Xinghai Memorial Hall (see shared/SAMPLE.md).
///
/// The organisations, the date, the venue, the four parts and the two named speakers come from the news report;
/// the rosters, times, rooms, capacities and the narrator's name are fictional.
public enum SampleBook {
    /// The sample's own identity, fixed so its printouts are the same every time; `convene init` and a plan created
    /// from the sample get a fresh one (`PlanStore.create`).
    public static let sampleIdentity = "00000000-0000-4000-8000-000000000000"

    public static func make() -> Book {
        let orgs = [
            Organisation(id: "o1", name: "广州市科学技术协会", short: "广州市科协", branch: "广州市科协党委"),
            Organisation(id: "o2", name: "广东省电子信息行业协会", short: "电子信息行业协会", branch: "广东省电子信息行业协会党支部"),
            Organisation(id: "o3", name: "广东出版集团数字出版有限公司", short: "数字出版", branch: "广东出版集团数字出版有限公司党支部"),
            Organisation(id: "o4", name: "广州天极电子科技有限公司", short: "天极电子", branch: "广州天极电子科技有限公司党支部"),
            Organisation(id: "o5", name: "广州通则康威智能科技有限公司", short: "通则康威", branch: "广州通则康威智能科技有限公司党支部"),
            Organisation(id: "o6", name: "中国移动通信集团广东有限公司南沙分公司", short: "南沙移动", branch: "中国移动南沙分公司党支部"),
            Organisation(id: "o7", name: "冼星海故乡纪念馆", short: "星海纪念馆", contact: "讲解接待处（虚构）"),
        ]
        func person(
            _ n: Int, _ name: String, _ latin: String, _ org: Int, _ title: String, _ politics: Politics,
            stage: Stage? = nil
        ) -> Person {
            Person(
                id: "p\(n)", name: name, latin: latin, org: "o\(org)", title: title, politics: politics, stage: stage)
        }
        let people = [
            person(1, "程智鹏", "Cheng Zhipeng", 1, "党委书记", .member),
            person(2, "林海青", "Lin Haiqing", 1, "组织部干事", .member),
            person(3, "徐晓敏", "Xu Xiaomin", 2, "党支部书记", .member),
            person(4, "陈思远", "Chen Siyuan", 2, "党支部组织委员", .member),
            person(5, "黄雅琪", "Huang Yaqi", 2, "秘书处干事", .probationary),
            person(6, "周明轩", "Zhou Mingxuan", 2, "会员部主任", .masses),
            person(7, "李文博", "Li Wenbo", 3, "党支部书记", .member),
            person(8, "张雨桐", "Zhang Yutong", 3, "编辑", .probationary),
            person(9, "王浩然", "Wang Haoran", 3, "产品经理", .masses, stage: .activist),
            person(10, "刘志强", "Liu Zhiqiang", 4, "党支部书记", .member),
            person(11, "赵欣怡", "Zhao Xinyi", 4, "工程师", .member),
            person(12, "孙宇航", "Sun Yuhang", 4, "销售总监", .masses),
            person(13, "吴俊杰", "Wu Junjie", 5, "党支部书记", .member),
            person(14, "郑佳慧", "Zheng Jiahui", 5, "研发工程师", .probationary),
            person(15, "何振宇", "He Zhenyu", 5, "总经理", .masses),
            person(16, "梁永康", "Liang Yongkang", 6, "党支部书记", .member),
            person(17, "罗晓雯", "Luo Xiaowen", 6, "客户经理", .member),
            person(18, "谢子豪", "Xie Zihao", 6, "网络工程师", .probationary),
            person(19, "冯嘉欣", "Feng Jiaxin", 7, "讲解员", .unrecorded),
        ]
        let venue = Venue(
            id: "v1", name: "冼星海故乡纪念馆", address: "广州市南沙区榄核镇", capacity: 60,
            rooms: [Room(id: "r1", name: "展厅", capacity: 60), Room(id: "r2", name: "会议室", capacity: 40)],
            notes:
                "Xian Xinghai (Hometown) Memorial Hall, Nansha District, Guangzhou. Capacity and rooms are fictional.")
        let declined: Set<String> = ["p12"], invitedOnly: Set<String> = ["p15"]
        // The enterprise representatives, one of them an observer (列席); the narrator a guest. The event took
        // place: those who came signed in (fictional times), 罗晓雯 was on leave for official business.
        let capacities: [String: Capacity] = [
            "p6": .representative, "p9": .observer, "p12": .representative, "p15": .representative, "p19": .guest,
        ]
        let leave = ["p17": Leave(reason: .official, note: "外出参加客户会议（虚构）", approvedBy: "p16")]
        let participants = people.enumerated().map { i, p in
            let rsvp: RSVP = declined.contains(p.id) ? .declined : invitedOnly.contains(p.id) ? .invited : .confirmed
            let came = rsvp == .confirmed && leave[p.id] == nil
            return Participant(
                person: p.id, rsvp: rsvp, capacity: capacities[p.id] ?? .attendee, leave: leave[p.id],
                attendance: came ? .signedIn(at: time(minutes: 8 * 60 + 30 + (i * 7) % 29)) : .notYet)
        }
        let items = [
            AgendaItem(
                id: "i1", kind: .oath, title: "重温入党誓词", start: time("09:00"), minutes: 20, room: "r1",
                notes: "全体党员、预备党员面向党旗重温入党誓词；企业代表列席。",
                roles: [Role(person: "p4", part: .leader)]),
            AgendaItem(
                id: "i2", kind: .visit, title: "参观冼星海故乡纪念馆", start: time("09:20"), minutes: 60, room: "r1",
                notes: "聆听讲解员讲述冼星海的革命事迹，学习“星海精神”。",
                roles: [Role(person: "p19", part: .narrator)]),
            AgendaItem(
                id: "i3", kind: .symposium, title: "党建座谈会", start: time("10:20"), minutes: 60, room: "r2",
                roles: [
                    Role(person: "p4", part: .host),
                    Role(person: "p1", part: .speaker, topic: "发挥产业链集群效应，增强产业链韧性，推动产业链升级", minutes: 20),
                    Role(person: "p3", part: .speaker, topic: "广东省电子信息制造业发展现状分析报告", minutes: 30),
                    Role(person: "p5", part: .recorder),
                ]),
            AgendaItem(
                id: "i4", kind: .discussion, title: "互动交流", start: time("11:20"), minutes: 40, room: "r2",
                notes: "党组织工作互动、资源共享、优势互补、共同发展",
                roles: [Role(person: "p3", part: .host), Role(person: "p5", part: .recorder)]),
        ]
        let event = Event(
            id: "e1", title: "党建强堡垒 促发展 联建交流活动",
            theme: "推动落实南沙方案“十大行动”，为产业发展注入“红色动能”",
            date: date("2023-06-16"), start: time("09:00"), end: time("12:00"),
            tz: "Asia/Shanghai", venue: "v1",
            orgs: [
                EventOrganisation(org: "o1", part: .guiding),
                EventOrganisation(org: "o2", part: .host),
                EventOrganisation(org: "o3", part: .participant),
                EventOrganisation(org: "o4", part: .participant),
                EventOrganisation(org: "o5", part: .participant),
                EventOrganisation(org: "o6", part: .participant),
                EventOrganisation(org: "o7", part: .participant),
            ],
            participants: participants, items: items)
        var book = Book(
            organisations: orgs, people: people, venues: [venue], events: [event], identity: sampleIdentity)
        book.noteIDsInUse()
        return book
    }

    /// One of the sample's own times, all valid (the tests load the sample).
    private static func time(_ text: String) -> ClockTime {
        guard let time = ClockTime(text) else { preconditionFailure("the sample's '\(text)' is not a time") }
        return time
    }

    /// A sign-in time of the sample's, between 08:30 and 09:00.
    private static func time(minutes: Int) -> ClockTime {
        guard let time = ClockTime(minutes: minutes) else { preconditionFailure("\(minutes) is a time of day") }
        return time
    }

    /// The sample's own date, valid.
    private static func date(_ text: String) -> CivilDate {
        guard let date = CivilDate(text) else { preconditionFailure("the sample's '\(text)' is not a date") }
        return date
    }
}
