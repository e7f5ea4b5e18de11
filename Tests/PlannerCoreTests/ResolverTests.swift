import Phrasebook
import PlannerCore
import Testing

private typealias F = Fixture

@Suite("Resolver: from what the user typed to an id")
struct ResolverTests {
    let r = Resolver(book: F.book())

    @Test("an id wins outright")
    func byID() throws {
        #expect(try r.person("p3") == "p3")
        #expect(try r.organisation("o2") == "o2")
        #expect(try r.venue("v1") == "v1")
        #expect(try r.event("e1") == "e1")
        #expect(try r.item("i4", inEvent: "e1") == "i4")
    }

    @Test("an exact name, short name or Latin name, ignoring case and surrounding spaces")
    func exactName() throws {
        #expect(try r.person("徐晓敏") == "p2")
        #expect(try r.person(" xu xiaomin ") == "p2")
        #expect(try r.organisation("广州市科协") == "o1")
        #expect(try r.organisation("广东省电子信息行业协会") == "o2")
        #expect(try r.item("党建座谈会", inEvent: "e1") == "i3")
    }

    @Test("an exact name beats a longer name containing it")
    func exactBeatsPartial() throws {
        var book = F.book()
        book.venues.append(Venue(id: "v3", name: "纪念馆二期"))
        #expect(try Resolver(book: book).venue("纪念馆") == "v1")
    }

    @Test("a unique part of a name")
    func uniqueSubstring() throws {
        #expect(try r.person("晓敏") == "p2")
        #expect(try r.organisation("电子") == "o2")
        #expect(try r.event("交流") == "e1")
        #expect(try r.item("座谈", inEvent: "e1") == "i3")
        #expect(try r.person("siyuan") == "p3")
    }

    @Test("an ambiguous part lists the candidates with their ids")
    func ambiguous() {
        #expect(
            throws: PlanError.ambiguous(
                kind: .organisation, reference: "广", candidates: ["o1  广州市科学技术协会", "o2  广东省电子信息行业协会"])
        ) {
            try r.organisation("广")
        }
        do {
            _ = try r.person("ch")
            Issue.record("'ch' should be ambiguous")
        } catch let error as PlanError {
            #expect(
                error.description
                    == "'ch' matches 2 people; use one of these ids:\n  p1  程智鹏 (广州市科协)\n  p3  陈思远 (电子信息行业协会)")
        } catch { Issue.record("\(error)") }
    }

    @Test("a part that starts a word is preferred to one inside a word: xu is Xu Xiaomin, not Zhou Mingxuan")
    func wordStartPreferred() throws {
        #expect(try r.person("xu") == "p2")
        #expect(try r.person("XU") == "p2")
    }

    @Test("pinyin initials and syllables find a Chinese name with no Latin name given")
    func pinyin() throws {
        var book = F.book()
        for i in book.people.indices { book.people[i].latin = nil }
        let r = Resolver(book: book)
        #expect(try r.person("xxm") == "p2")
        #expect(try r.person("xiaomin") == "p2")
        #expect(try r.person("xu") == "p2", "徐晓敏's pinyin begins with xu; 周明轩's only has it in a later syllable")
        #expect(throws: PlanError.self, "min begins a syllable of both 徐晓敏 and 周明轩 (ming)") { try r.person("min") }
        #expect(try r.person("csy") == "p3")
        #expect(try r.person("zmx") == "p4")
    }

    @Test("no match says so and how to list the records")
    func notFound() {
        #expect(throws: PlanError.notFound(kind: .person, reference: "王五", suggestions: [])) { try r.person("王五") }
        #expect(
            PlanError.notFound(kind: .person, reference: "王五", suggestions: []).description
                == "no person matches '王五'; list them with 'convene roster'")
        #expect(
            PlanError.notFound(kind: .item, reference: "x", suggestions: []).description
                == "no item matches 'x'; list them with 'convene agenda'")
        #expect(
            PlanError.notFound(kind: .person, reference: "x", suggestions: ["p1 甲", "p2 乙"]).description
                == "no person matches 'x'; did you mean: p1 甲, p2 乙")
    }

    @Test("several pinyin matches are listed as candidates, a long list cut at ten with the command that lists all")
    func ambiguousPinyin() throws {
        let names = ["张伟", "赵薇", "周微", "张武", "朱文", "郑武", "张薇", "赵伟", "周伟", "朱伟", "郑伟", "张文"]
        let book = Book(
            organisations: [Organisation(id: "o1", name: "协会")],
            people: names.enumerated().map {
                Person(id: "p\($0.offset + 1)", name: $0.element, org: "o1", politics: .member)
            })
        do {
            _ = try Resolver(book: book).person("zw")
            Issue.record("zw is ambiguous")
        } catch let error as PlanError {
            guard case .ambiguous(_, _, let candidates) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(candidates.count == 12)
            let lines = error.description.split(separator: "\n")
            #expect(lines.first == "'zw' matches 12 people; use one of these ids:")
            #expect(lines.count == 12)
            #expect(lines.last == "  … and 2 more; list them all with 'convene roster'")
        }
    }

    @Test("an empty reference is refused")
    func empty() {
        #expect(throws: PlanError.invalid(field: tr("person"), message: tr("is empty; give an id or a name"))) {
            try r.person("  ")
        }
    }

    @Test("with no --event, the only event is chosen; none or several are errors")
    func defaultEvent() throws {
        #expect(try r.event(nil) == "e1")
        #expect(throws: PlanError.refused(tr("the plan has no events yet; add one with 'convene event add'"))) {
            try Resolver(book: Book()).event(nil)
        }
        let second = Event(id: "e2", title: "第二次活动", date: F.d("2023-07-01"), start: F.t("09:00"), end: F.t("10:00"))
        let two = try F.book().applying(.addEvent(second))
        #expect(throws: PlanError.eventNeeded(candidates: ["e1  2023-06-16  联建交流活动", "e2  2023-07-01  第二次活动"])) {
            try Resolver(book: two).event(nil)
        }
        #expect(
            PlanError.eventNeeded(candidates: ["e1  2023-06-16  联建交流活动", "e2  2023-07-01  第二次活动"]).description == """
                the plan has 2 events; choose one with --event (its id or part of its title):
                  e1  2023-06-16  联建交流活动
                  e2  2023-07-01  第二次活动
                """)
        #expect(try Resolver(book: two).event("第二") == "e2")
    }

    @Test("an item is looked for only in its event")
    func itemInEvent() {
        #expect(throws: PlanError.notFound(kind: .event, reference: "e9", suggestions: [])) {
            try r.item("i1", inEvent: "e9")
        }
    }
}

@Suite("PinyinKey: search and sort keys of names")
struct PinyinKeyTests {
    @Test("a Chinese name has its pinyin syllables, full key and initials")
    func keys() {
        let key = PinyinKey("徐晓敏")
        #expect(key.syllables == ["xu", "xiao", "min"])
        #expect(key.full == "xuxiaomin")
        #expect(key.initials == "xxm")
        let latin = PinyinKey("Xu Xiaomin")
        #expect(latin.syllables == ["xu", "xiaomin"])
        #expect(latin.initials == "xx")
    }

    @Test("a name in ideographs is read character by character; other names go through ICU whole")
    func readings() {
        #expect(PinyinKey("张重庆").syllables == ["zhang", "zhong", "qing"], "no phrase rule inside a name")
        #expect(PinyinKey("吕绿").syllables == ["lu", "lu"], "ü without its dots, as ICU's stripped output")
        #expect(PinyinKey("阿依古丽·买买提").syllables == ["a", "yi", "gu", "li", "mai", "mai", "ti"])
        #expect(PinyinKey("张San").full == "zhangsan")
        #expect(
            PinyinKey("张兙").syllables == ["zhang", "兙"], "a character ICU cannot read stays itself (ICU reads the name)"
        )
    }

    @Test("matching by characters, pinyin, initials, ignoring case and spaces")
    func matching() {
        let key = PinyinKey("徐晓敏")
        for query in ["晓敏", "xu", "xiaomin", "XXM", "xm", "xu xiao", "", "  "] {
            #expect(key.matches(query), "\(query)")
        }
        for query in ["zhang", "xxz", "敏晓"] { #expect(!key.matches(query), "\(query)") }
        #expect(PinyinKey("Zhou Mingxuan").matches("mingx"))
        #expect(PinyinKey("Zhou Mingxuan").matches("zm"))
    }

    @Test("matching at a syllable start")
    func syllableStart() {
        let key = PinyinKey("周明轩")
        #expect(key.matchesAtSyllableStart("ming"))
        #expect(key.matchesAtSyllableStart("mx"))
        #expect(key.matchesAtSyllableStart("zhouming"))
        #expect(key.matchesAtSyllableStart("xu"), "xuan begins with xu")
        #expect(key.matchesAtStart("zhou") && key.matchesAtStart("zm") && !key.matchesAtStart("ming"))
        #expect(!key.matchesAtSyllableStart("ingx"))
        #expect(!key.matchesAtSyllableStart("hou"))
    }

    @Test("Chinese names sort by pinyin: 陈 < 程 < 徐 < 张, Latin names in among them")
    func sortOrder() {
        let names = ["张雨桐", "Smith", "徐晓敏", "程智鹏", "Anna", "陈思远", "Yang", "Zhang Wei"]
        let sorted = names.sorted(by: PinyinKey.areInIncreasingOrder)
        #expect(sorted == ["Anna", "陈思远", "程智鹏", "Smith", "徐晓敏", "Yang", "Zhang Wei", "张雨桐"])
    }

    @Test("names with the same pinyin fall back to their characters, so the order is total")
    func tieBreak() {
        #expect(PinyinKey.areInIncreasingOrder("张伟", "章伟") != PinyinKey.areInIncreasingOrder("章伟", "张伟"))
        #expect(!PinyinKey.areInIncreasingOrder("张伟", "张伟"))
    }
}

/// Records under the same name (as the duplicate checks compare names) are never told apart by a guess.
@Suite("Resolver: namesakes")
struct ResolverNamesakeTests {
    /// The fixture with a second 纪念馆 (stored with outer spaces, as a hand-edited file may), a second 广州市科协 and a
    /// second event of the same title.
    static func book() -> Book {
        var book = F.book()
        book.venues.append(Venue(id: "v3", name: " 纪念馆 "))
        book.organisations.append(Organisation(id: "o4", name: "广州市科学技术协会"))
        var copy = book.events[0]
        copy.id = "e2"
        copy.date = F.d("2023-07-01")
        book.events.append(copy)
        return book
    }

    @Test(
        "a name two records share is refused with both ids, loose or exact",
        arguments: [Resolver.Matching.loose, .exact])
    func namesakes(matching: Resolver.Matching) throws {
        let r = Resolver(book: Self.book(), matching: matching)
        #expect(throws: PlanError.ambiguous(kind: .venue, reference: "纪念馆", candidates: ["v1  纪念馆", "v3  纪念馆"])) {
            try r.venue("纪念馆")
        }
        #expect(
            throws: PlanError.ambiguous(
                kind: .organisation, reference: "广州市科学技术协会",
                candidates: ["o1  广州市科学技术协会", "o4  广州市科学技术协会"])
        ) {
            try r.organisation("广州市科学技术协会")
        }
        #expect(
            throws: PlanError.ambiguous(
                kind: .event, reference: F.eventTitle,
                candidates: ["e1  2023-06-16  \(F.eventTitle)", "e2  2023-07-01  \(F.eventTitle)"])
        ) {
            try r.event(F.eventTitle)
        }
        // The ids still name each one.
        #expect(try r.venue("v3") == "v3")
        #expect(try r.event("e2") == "e2")
    }

    @Test("the refusal says how to choose: by id, in the reader's language")
    func message() {
        do {
            _ = try Resolver(book: Self.book()).venue("纪念馆")
            Issue.record("纪念馆 names two venues")
        } catch let error as PlanError {
            #expect(error.description == "'纪念馆' matches 2 venues; use one of these ids:\n  v1  纪念馆\n  v3  纪念馆")
            #expect(error.text(.zh).hasPrefix("“纪念馆”对应 2 个场馆；请改用以下编号之一："))
        } catch { Issue.record("\(error)") }
    }
}
