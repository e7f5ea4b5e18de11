import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore
import Testing

/// A calendar file kept beside the tests (Fixtures/): calcurse's `-x`, Google's and Outlook's exports.
private func fixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)").path
}

/// What a calendar carries of an item, to compare items across an import.
private struct Shown: Equatable, CustomStringConvertible {
    let title: String, kind: ItemKind, start: String, minutes: Int, room: String?
    init(_ item: AgendaItem) {
        (title, kind, start, minutes, room) = (item.title, item.kind, item.start.description, item.minutes, item.room)
    }
    var description: String { "\(start) \(minutes) \(kind) \(title) [\(room ?? "")]" }
}

/// `convene import ics` through the real binary: round trips, re-imports, other programs' calendars, refusals.
@Suite("Importing calendars (.ics), end to end")
struct CalendarImportTests {
    private func write(_ text: String, _ convene: Convene, _ name: String = "calendar.ics") -> String {
        let path = convene.folder.file(name)
        ConveneTestSupport.write(Data(text.utf8), to: path)
        return path
    }

    private func load(_ convene: Convene) throws -> Book { try PlanStore(path: convene.plan).load() }

    @Test("Convene → ics → Convene gives the same agenda, in both languages", .timeLimit(.minutes(3)))
    func roundTrip() throws {
        let convene = try Convene()
        try convene.ok("init", "--empty")
        try convene.ok("venue", "add", "--name", "冼星海故乡纪念馆", "--room", "展厅", "--room", "会议室")
        try convene.ok(
            "event", "add", "--title", "党建强堡垒 促发展 联建交流活动", "--date", "2023-06-16", "--start", "09:00", "--end",
            "12:00", "--venue", "v1")
        try convene.ok(
            "item", "add", "--kind", "oath", "--title", "重温入党誓词", "--start", "09:00", "--minutes", "20", "--room", "展厅",
            "--notes", "全体党员面向党旗重温入党誓词。")
        try convene.ok(
            "item", "add", "--kind", "visit", "--title", "参观纪念馆", "--start", "09:20", "--minutes", "60", "--room", "展厅")
        try convene.ok(
            "item", "add", "--kind", "other", "--title", "合影留念", "--start", "10:20", "--minutes", "100", "--room",
            "会议室",
            "--notes", "第一行\n第二行")
        let english = try convene.ok("agenda", "--width", "100")
        let chinese = try convene.ok("agenda", "--width", "100", "--lang", "zh")
        let ics = write(try convene.ok("agenda", "--format", "ics"), convene)
        _ = try convene("event", "remove", "--event", "e1")
        let result = try convene("import", "ics", ics)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "i4\ni5\ni6\n")
        #expect(
            result.stderr == "convene: new event e2 '党建强堡垒 促发展 联建交流活动' on 2023-06-16: 3 added, 0 updated, 0 unchanged\n"
        )
        #expect(try convene.ok("agenda", "--width", "100") == english)
        #expect(try convene.ok("agenda", "--width", "100", "--lang", "zh") == chinese)
    }

    @Test("the sample's own calendar imported into the sample changes nothing, not even the file's bytes")
    func ownCalendarUnchanged() throws {
        let convene = try Convene()
        try convene.ok("init")
        let agenda = try convene.ok("agenda", "--lang", "zh")
        let ics = write(try convene.ok("agenda", "--format", "ics"), convene)
        let before = try #require(bytes(convene.plan))
        let result = try convene("import", "ics", ics)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "convene: event e1 '党建强堡垒 促发展 联建交流活动': 0 added, 0 updated, 4 unchanged\n")
        #expect(bytes(convene.plan) == before)
        #expect(try convene.ok("agenda", "--lang", "zh") == agenda)
        let zh = try convene("import", "ics", ics, "--lang", "zh", "--dry-run")
        #expect(zh.stdout.hasPrefix("第 17 行：i1 未变\n"))
        #expect(zh.stderr.hasSuffix("convene：试运行：未做任何改动\n"))
    }

    @Test("importing twice updates: a changed SUMMARY and end change one item, keep its parts, add none")
    func reimportUpdates() throws {
        let convene = try Convene()
        try convene.ok("init")
        let sample = try load(convene).events[0]
        let ics = try convene.ok("agenda", "--format", "ics")
        let changed = ics.replacingOccurrences(of: "SUMMARY:党建座谈会 · ", with: "SUMMARY:党建座谈会（调整） · ")
            .replacingOccurrences(
                of: "DTEND;TZID=Asia/Shanghai:20230616T112000", with: "DTEND;TZID=Asia/Shanghai:20230616T111000")
        #expect(changed != ics)
        let dry = try convene("import", "ics", write(changed, convene), "--dry-run")
        #expect(dry.stdout.contains("update i3 to 10:20–11:10 党建座谈会（调整） (Symposium)"), "\(dry.stdout)")
        let result = try convene("import", "ics", write(changed, convene))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "convene: event e1 '党建强堡垒 促发展 联建交流活动': 0 added, 1 updated, 3 unchanged\n")
        let event = try load(convene).events[0]
        #expect(event.items.map(\.id) == ["i1", "i2", "i3", "i4"])
        let item = try #require(event.item("i3"))
        #expect(item.title == "党建座谈会（调整）")
        #expect(item.minutes == 50)
        #expect(item.roles == sample.item("i3")?.roles)
        #expect(item.revision == 1)
        #expect(item.calendarUID == nil, "Convene's own entries are known by their ids")
        #expect(event.items.filter { $0.id != "i3" } == sample.items.filter { $0.id != "i3" })

        // The file is now older than the plan's i3 (SEQUENCE 0, revision 1): importing it again keeps the plan's.
        let older = try convene("import", "ics", write(ics, convene, "old.ics"))
        #expect(
            older.stderr
                == "convene: event e1 '党建强堡垒 促发展 联建交流活动': 0 added, 0 updated, 3 unchanged, 1 kept as the plan has them (newer)\n"
        )
        #expect(try load(convene).events[0].item("i3")?.title == "党建座谈会（调整）")
    }

    @Test("Google: UTC and zoned times, a weekly series with EXDATE and a moved occurrence; re-import by UID")
    func google() throws {
        let convene = try Convene()
        try convene.ok("init")
        let file = fixture("google-export.ics")
        let result = try convene("import", "ics", file)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "i5\ni6\ni7\ni8\n")
        #expect(
            result.stderr == """
                convene: new event e2 '第一党支部主题党日' on 2023-07-01: 2 added, 0 updated, 0 unchanged
                convene: new event e3 '第一党支部主题党日' on 2023-07-04: 1 added, 0 updated, 0 unchanged
                convene: new event e4 '第一党支部主题党日' on 2023-07-18: 1 added, 0 updated, 0 unchanged

                """)
        let book = try load(convene)
        let items = book.events.dropFirst().flatMap(\.items)
        #expect(
            items.map { Shown($0).description } == [
                "09:00 30 oath 重温入党誓词 []", "09:30 90 visit 参观南沙区党史教育基地, 听取讲解 []",
                "14:00 60 discussion 理论学习交流 []", "15:00 60 discussion 理论学习交流（改到下午三点） []",
            ])
        #expect(items[0].notes == "党群服务中心二楼\n全体党员面向党旗，由党支部书记领誓。\n请提前十分钟到场。")
        #expect(
            items.map(\.calendarUID) == [
                "3k5v0q1mhk2j6f0q8a8r1bq0ts@google.com", "7f2c9d4e8b1a@google.com", "0a1b2c3d4e5f@google.com",
                "0a1b2c3d4e5f@google.com#3",
            ])
        #expect(book.events.dropFirst().allSatisfy { $0.tz == "Asia/Shanghai" })

        let again = try convene("import", "ics", file)
        #expect(again.stdout.isEmpty)
        #expect(again.stderr.components(separatedBy: "0 added, 0 updated").count == 4, "\(again.stderr)")
        // Bytes, not text: Google folds lines inside UTF-8 sequences, so the file as a whole is not UTF-8.
        var data = try #require(bytes(file))
        let summary = try #require(data.range(of: Data("SUMMARY:重温入党誓词".utf8)))
        data.replaceSubrange(summary, with: Data("SUMMARY:重温入党誓词（全体党员）".utf8))
        let path = convene.folder.file("edited.ics")
        ConveneTestSupport.write(data, to: path)
        let edited = try convene("import", "ics", path)
        #expect(edited.stderr.hasPrefix("convene: event e2 '第一党支部主题党日': 0 added, 1 updated, 1 unchanged\n"))
        let after = try load(convene)
        #expect(after.events.count == 4)
        #expect(after.events[1].item("i5")?.title == "重温入党誓词（全体党员）")
        #expect(after.events[1].item("i5")?.calendarUID == "3k5v0q1mhk2j6f0q8a8r1bq0ts@google.com")

        // An entry moved to another day cannot follow into its item's event: refused, naming both.
        var later = data
        let start = try #require(later.range(of: Data("DTSTART:20230701T010000Z".utf8)))
        later.replaceSubrange(start, with: Data("DTSTART:20230702T010000Z".utf8))
        let end = try #require(later.range(of: Data("DTEND:20230701T013000Z".utf8)))
        later.replaceSubrange(end, with: Data("DTEND:20230702T013000Z".utf8))
        ConveneTestSupport.write(later, to: path)
        let refused = try convene("import", "ics", path, "--lang", "zh")
        #expect(refused.status == 2)
        #expect(
            refused.stderr.contains(
                "第 19 行：“重温入党誓词（全体党员）”已改到 2023-07-02，而它的议程事项 i5 属于 2023-07-01 的活动 e2“第一党支部主题党日”"),
            "\(refused.stderr)")
    }

    @Test("Outlook: China Standard Time, an all-day entry from 00:00 to 24:00, the kind from the title")
    func outlook() throws {
        let convene = try Convene()
        try convene.ok("init")
        let result = try convene("import", "ics", fixture("outlook-export.ics"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "convene: new event e2 '支部党员大会' on 2023-06-28: 2 added, 0 updated, 0 unchanged\n")
        let event = try #require(try load(convene).event("e2"))
        #expect(event.tz == "Asia/Shanghai")
        #expect(
            event.items.map { Shown($0).description } == ["00:00 1440 other 党费收缴 []", "14:30 90 meeting 支部党员大会 []"])
        #expect(event.item("i5")?.notes == "科协大楼 305 会议室\n议程：\n1. 学习近期重要讲话精神\n2. 讨论确定发展对象")
    }

    @Test("calcurse's own export: floating times, DURATION, a weekly series, an all-day entry, no UIDs")
    func calcurseFixture() throws {
        let convene = try Convene()
        try convene.ok("init")
        let sample = try load(convene).events[0].items.map(Shown.init)
        _ = try convene("event", "remove", "--event", "e1")
        let result = try convene("import", "ics", fixture("calcurse-export.ics"))
        #expect(result.status == 0, "\(result.stderr)")
        let book = try load(convene)
        let restored = try #require(book.events.first { $0.title == "党建强堡垒 促发展 联建交流活动" })
        #expect(restored.items.map(Shown.init) == sample)
        #expect(restored.venue == "v1")
        #expect(
            book.events.filter { $0.title == "理论学习" }.map(\.date.description) == [
                "2023-07-03", "2023-07-10", "2023-07-17",
            ])
        let meeting = try #require(book.events.first { $0.date.description == "2023-06-20" }?.items.first)
        #expect(Shown(meeting).description == "14:30 90 meeting 支部党员大会：讨论发展对象 []")
        #expect(meeting.notes == "地点：三楼会议室，请带笔记本。")
        #expect(book.events.first { $0.title == "七一建党节主题党日" }?.items.first?.minutes == 1440)
        let again = try convene("import", "ics", fixture("calcurse-export.ics"))
        #expect(again.stdout.isEmpty, "entries without a UID are known by their start and title")
        #expect(try load(convene) == book)
    }

    /// Whether calcurse is on the PATH; under CI (which installs it, .ci/run) the test runs, and fails, without it.
    static let calcurse = DocumentCommandTests.tool("calcurse")
    static let calcurseNeeded = calcurse != nil || ProcessInfo.processInfo.environment["CI"] != nil

    @Test(
        "real calcurse: Convene's calendar imported into calcurse, exported with calcurse -x, imported back",
        .enabled(if: calcurseNeeded, "needs calcurse (apt-get install calcurse)"), .timeLimit(.minutes(3)))
    func realCalcurse() throws {
        let calcurse = try #require(Self.calcurse, "calcurse is not installed (CI installs it: .ci/run)")
        let convene = try Convene()
        try convene.ok("init")
        let sample = try load(convene).events[0].items.map(Shown.init)
        let ics = write(try convene.ok("agenda", "--format", "ics"), convene)
        let data = convene.folder.file("calcurse")
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        // calcurse keeps local times of its zone: Convene's 09:00 in Shanghai is 09:00 there.
        let environment = ["TZ": "Asia/Shanghai", "HOME": convene.folder.path, "LANG": "C.UTF-8"]
        let imported = try Spawn.run([calcurse, "-D", data, "-i", ics], environment: environment)
        #expect(imported.status == 0, "\(imported.stderr)")
        let exported = try Spawn.run([calcurse, "-D", data, "-x"], environment: environment)
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stdout.contains("PRODID:-//calcurse//"))
        _ = try convene("event", "remove", "--event", "e1")
        let result = try convene("import", "ics", write(exported.stdout, convene, "calcurse.ics"))
        #expect(result.status == 0, "\(result.stderr)")
        let events = try load(convene).events
        #expect(events.map(\.title) == ["党建强堡垒 促发展 联建交流活动"])
        #expect(events.first?.items.map(Shown.init) == sample)
    }

    @Test("--event: every entry goes into it; an entry on another date is refused naming it, in both languages")
    func intoEvent() throws {
        let convene = try Convene()
        try convene.ok("init")
        let before = try #require(bytes(convene.plan))
        let refused = try convene("import", "ics", fixture("outlook-export.ics"), "--event", "e1")
        #expect(refused.status == 2)
        #expect(
            refused.stderr.contains(
                "line 14: '支部党员大会' is on 2023-06-28, but event e1 '党建强堡垒 促发展 联建交流活动' is on 2023-06-16; import it without --event, or change its date"
            ), "\(refused.stderr)")
        #expect(refused.stderr.hasSuffix("nothing was imported\n"))
        let zh = try convene(
            "import", "ics", fixture("outlook-export.ics"), "--event", "e1", environment: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.stderr.contains("第 14 行：“支部党员大会”在 2023-06-28，而活动 e1“党建强堡垒 促发展 联建交流活动”在 2023-06-16"))
        #expect(bytes(convene.plan) == before)

        let one = write(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x1@example\r\nDTSTART:20230616T120000\r\n"
                + "DURATION:PT30M\r\nSUMMARY:合影留念\r\nLOCATION:展厅\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", convene)
        let added = try convene("import", "ics", one, "--event", "党建强堡垒")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout == "i5\n")
        let item = try #require(try load(convene).event("e1")?.item("i5"))
        #expect(Shown(item).description == "12:00 30 other 合影留念 [r1]")
    }

    @Test("a repeating entry Convene does not expand, and a file that is no calendar: by line, nothing changed")
    func refusals() throws {
        let convene = try Convene()
        try convene.ok("init")
        let before = try #require(bytes(convene.plan))
        let monthly = write(
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:m1\r\nSUMMARY:主题党日\r\nDTSTART:20230701T090000\r\n"
                + "DURATION:PT2H\r\nRRULE:FREQ=MONTHLY;COUNT=6\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", convene)
        let en = try convene("import", "ics", monthly)
        #expect(en.status == 2)
        #expect(
            en.stderr == """
                convene: \(monthly): 1 bad line:
                  line 7: '主题党日' repeats by the rule FREQ=MONTHLY;COUNT=6, which Convene does not expand (only DAILY or WEEKLY with COUNT or UNTIL); export its occurrences one by one, or add them by hand
                nothing was imported

                """)
        let zh = try convene("import", "ics", monthly, "--lang", "zh")
        #expect(zh.stderr.contains("第 7 行：“主题党日”按规则 FREQ=MONTHLY;COUNT=6 重复，Convene 不展开这种规则"), "\(zh.stderr)")
        let roster = write("姓名,单位\r\n徐晓敏,o3\r\n", convene, "roster.csv")
        let notCalendar = try convene("import", "ics", roster, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(notCalendar.status == 2)
        #expect(notCalendar.stderr.contains("第 1 行：“姓名,单位”不是日历行（应为 NAME:value 的形式）"), "\(notCalendar.stderr)")
        #expect(bytes(convene.plan) == before)
    }

    @Test("a calendar of many days: 20 events named one by one, then one line for the rest, in both languages")
    func manyEvents() throws {
        let convene = try Convene()
        try convene.ok("init")
        var text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:学习日历\r\n"
        for day in 1...25 {
            let date = "202308" + (day < 10 ? "0\(day)" : "\(day)")
            text += "BEGIN:VEVENT\r\nUID:d\(day)@example\r\nDTSTART;TZID=Asia/Shanghai:\(date)T090000\r\n"
            text += "DURATION:PT1H\r\nSUMMARY:学习\r\nEND:VEVENT\r\n"
        }
        let file = write(text + "END:VCALENDAR\r\n", convene)
        let result = try convene("import", "ics", file)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 21)
        #expect(lines.first == "convene: new event e2 '学习日历' on 2023-08-01: 1 added, 0 updated, 0 unchanged")
        #expect(lines.last == "convene: … and 5 more events: 5 added, 0 updated, 0 unchanged")
        let zh = try convene("import", "ics", file, "--lang", "zh")
        #expect(zh.stderr.hasSuffix("convene：……另有 5 个活动：新增 0 项，更新 0 项，5 项未变\n"), "\(zh.stderr)")
    }

    @Test(
        "another plan's calendar: its events rebuilt, entries remembered by UID, a place without a venue in the notes")
    func anotherPlansCalendar() throws {
        let source = try Convene("anotherPlansCalendar-source")
        try source.ok("init")
        let ics = try source.ok("agenda", "--format", "ics")
        let convene = try Convene()
        try convene.ok("init", "--empty")
        let file = write(ics, convene)
        let result = try convene("import", "ics", file)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "i1\ni2\ni3\ni4\n")
        let event = try #require(try load(convene).events.first)
        #expect(event.title == "党建强堡垒 促发展 联建交流活动")
        #expect(event.items.map(\.kind) == [.oath, .visit, .symposium, .discussion], "from CATEGORIES")
        #expect(event.items.allSatisfy { $0.calendarUID?.hasPrefix("e1-i") == true && $0.room == nil })
        #expect(event.items[0].notes == "冼星海故乡纪念馆, 展厅\n全体党员、预备党员面向党旗重温入党誓词；企业代表列席。")
        let again = try convene("import", "ics", file)
        #expect(again.stderr == "convene: event e1 '党建强堡垒 促发展 联建交流活动': 0 added, 0 updated, 4 unchanged\n")
    }
}
