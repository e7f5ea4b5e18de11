import Foundation
import PlanFile
import PlannerCore
import TerminalKit
import Testing

@testable import PlannerUI

// MARK: - Helpers

/// The sample plan (Chinese data) at a given size.
func sampleState(_ width: Int = 100, _ height: Int = 30) -> AppState {
    AppState(book: SampleBook.make(), file: "plan.json", size: Size(width: width, height: height))
}

/// A small English-only plan: one organisation, three people, a venue with a room, two items.
/// The symposium has no host, so Checks reports an unfilled part for it.
func englishBook() -> Book {
    let org = Organisation(id: "o1", name: "Acme Society", short: "Acme")
    let people = [
        Person(id: "p1", name: "Alice Smith", org: "o1", title: "Chair", politics: .member),
        Person(id: "p2", name: "Bob Jones", org: "o1", title: "Clerk", politics: .unrecorded),
        Person(id: "p3", name: "Carol White", org: "o1", politics: .masses),
    ]
    let venue = Venue(
        id: "v1", name: "Town Hall", address: "1 High Street", capacity: 50,
        rooms: [Room(id: "r1", name: "Main", capacity: 50)])
    let items = [
        AgendaItem(
            id: "i1", kind: .other, title: "Welcome", start: ClockTime(clamping: 600), minutes: 15, room: "r1",
            roles: [Role(person: "p1", part: .host)]),
        AgendaItem(
            id: "i2", kind: .symposium, title: "Panel", start: ClockTime(clamping: 615), minutes: 45, room: "r1"),
    ]
    let event = Event(
        id: "e1", title: "Spring Meeting", date: day("2026-04-01"), start: ClockTime(clamping: 600),
        end: ClockTime(clamping: 720), tz: "Europe/London", venue: "v1",
        orgs: [EventOrganisation(org: "o1", part: .host)],
        participants: [Participant(person: "p1", rsvp: .confirmed), Participant(person: "p2", rsvp: .invited)],
        items: items)
    return Book(organisations: [org], people: people, venues: [venue], events: [event])
}

func englishState(_ width: Int = 100, _ height: Int = 30) -> AppState {
    AppState(book: englishBook(), file: "spring.json", size: Size(width: width, height: height))
}

/// A date from its text; a bad literal is a failed test, not a crash.
func day(_ text: String) -> CivilDate {
    guard let date = CivilDate(text) else {
        Issue.record("'\(text)' is not a date")
        return SampleBook.make().events[0].date
    }
    return date
}

func frame(_ state: AppState) -> CellBuffer { Render.frame(state, theme: .builtIn) }

func rows(_ buffer: CellBuffer) -> [String] { (0..<buffer.height).map(buffer.row) }

/// Sends a key the way the app does: through the key map, then update.
@discardableResult
func press(_ key: Key, _ state: inout AppState) -> [Effect] {
    Update.apply(KeyMap.action(for: key, in: state), to: &state)
}

func typeKeys(_ text: String, _ state: inout AppState) {
    for c in text { press(.char(c), &state) }
}

/// Clears the focused text field of a form.
func clearField(_ state: inout AppState) {
    press(.ctrl("e"), &state)
    press(.ctrl("u"), &state)
}

func currentForm(_ state: AppState) -> Form? {
    if case .form(let form) = state.mode { return form }
    return nil
}

func currentPicker(_ state: AppState) -> Picker? {
    if case .picker(let picker) = state.mode { return picker }
    return nil
}

/// The cell column at which `needle` starts in `row` (nil when absent).
func cellColumn(of needle: String, in row: String) -> Int? {
    guard let range = row.range(of: needle) else { return nil }
    return String(row[..<range.lowerBound]).cellWidth
}

// MARK: - Screens

@Suite("Planner screens as a user reads them")
struct ScreenSpecTests {
    @Test("the title bar names the event, date and file, and shows [+] after an edit")
    func titleBar() {
        var s = sampleState()
        let before = frame(s).row(0)
        #expect(before.hasPrefix(" Convene · 党建强堡垒 促发展 联建交流活动 · 2023-06-16"))
        #expect(before.hasSuffix("plan.json"))
        #expect(!before.contains("[+]"))
        press(.char("3"), &s)
        press(.char(" "), &s)
        #expect(frame(s).row(0).hasSuffix("[+] plan.json"))
        press(.char("u"), &s)
        #expect(!frame(s).row(0).contains("[+]"))
    }

    @Test("the tab bar lists the six screens; narrow terminals get short labels, all six still visible")
    func tabBar() {
        let wide = frame(sampleState()).row(1)
        for label in ["1 Overview", "2 Agenda", "3 Participants", "4 Organisations", "5 Venue", "6 Checks"] {
            #expect(wide.contains(label))
        }
        #expect(wide.hasPrefix(" 1 Overview   2 Agenda   3 Participants"))
        let narrow = frame(sampleState(60, 16)).row(1)
        #expect(narrow == " 1 Event  2 Agenda  3 People  4 Orgs  5 Venue  6 Checks (1)")
        #expect(narrow.cellWidth <= 60)
        let english = frame(englishState()).row(1)
        #expect(english.contains("6 Checks (2)"))
    }

    @Test("Overview shows the event, theme, date with weekday, venue, counts and invited organisations")
    func overview() {
        let text = rows(frame(sampleState()))
        #expect(text[2].hasPrefix(" Event      党建强堡垒 促发展 联建交流活动"))
        #expect(text[3].hasPrefix(" Theme      推动落实南沙方案"))
        #expect(text[4] == " When       2023-06-16 Fri 09:00–12:00 (Asia/Shanghai)")
        #expect(text[5] == " Venue      冼星海故乡纪念馆，广州市南沙区榄核镇 · capacity 60")
        #expect(text[6] == " People     19 invited · 17 confirmed · 4 agenda items")
        #expect(text[7] == " Turnout    expected 18 · present 16 · excused 1 · absent 1")
        #expect(text.contains { $0.contains("Guiding bo") && $0.contains("广州市科协") })
        #expect(text.contains { $0.contains("Host") && $0.contains("电子信息行业协会") })
        #expect(text.contains { $0.hasPrefix(" Checks:") })
        let english = rows(frame(englishState()))
        #expect(english[3] == " When       2026-04-01 Wed 10:00–12:00 (Europe/London)")
    }

    @Test("Agenda lists times, kinds, titles, people in their parts and rooms")
    func agenda() {
        var s = sampleState()
        press(.char("2"), &s)
        let text = rows(frame(s))
        #expect(text[2] == " 党建强堡垒 促发展 联建交流活动 · 2023-06-16 09:00–12:00")
        #expect(text[3].hasPrefix(" Time"))
        #expect(text[3].contains("Title / people"))
        // The kind column is as wide as its widest cell, the part "  oath leader": kinds are whole.
        #expect(text[4].hasPrefix(" 09:00–09:20  Oath review    重温入党誓词"))
        #expect(text.contains { $0.contains("oath le") && $0.contains("陈思远 Chen Siyuan") })
        #expect(text.contains { $0.contains("speaker") && $0.contains("徐晓敏 Xu Xiaomin — 广东省电子信息制造业") })
        #expect(text.contains { $0.hasPrefix(" 11:20–12:00  Discussion     互动交流") && $0.hasSuffix("会议室") })
    }

    @Test("Agenda columns start at the same cell on every row, Chinese or not")
    func agendaAlignment() {
        for (w, h) in [(100, 30), (60, 16)] {
            var s = sampleState(w, h)
            press(.char("2"), &s)
            let text = rows(frame(s))
            // Title column: each item row's title, and each part row's person.
            let titles = ["重温入党誓词", "参观冼星海故乡纪念馆", "党建座谈会", "互动交流"]
            var starts = Set<Int>()
            for title in titles {
                if let row = text.first(where: { $0.contains(title) && $0.contains("–") && !$0.contains("·") }) {
                    starts.insert(cellColumn(of: title, in: row)!)
                }
            }
            let kindStarts = Set(
                text.compactMap { row -> Int? in
                    for kind in ["Oath review", "Guided visit", "Symposium", "Discussion"]
                    where row.contains("  \(kind)") {
                        return cellColumn(of: kind, in: row)
                    }
                    return nil
                })
            #expect(kindStarts == [14], "size \(w)×\(h)")
            // Kinds and parts are whole: the kind column is 13 cells, as wide as "  oath leader".
            #expect(starts == [29], "size \(w)×\(h)")
            // Part rows: the part name sits in the kind column (indented by two), the person in the title column (indented by two).
            let partRows = text.filter { $0.contains("陈思远 Chen Siyuan") }
            #expect(!partRows.isEmpty)
            for row in partRows {
                #expect(cellColumn(of: "陈思远", in: row) == 31)
            }
            // Rooms are at one column on every item row.
            let roomStarts = Set(
                text.filter { $0.hasSuffix("展厅") || $0.hasSuffix("会议室") }.map { row in
                    cellColumn(of: row.hasSuffix("展厅") ? "展厅" : "会议室", in: row)!
                })
            #expect(roomStarts.count == 1, "size \(w)×\(h)")
        }
    }

    @Test("Participants shows counts and a table whose columns line up in cells")
    func participants() {
        var s = sampleState()
        press(.char("3"), &s)
        let text = rows(frame(s))
        #expect(text[2] == " 19 participants · 1 invited · 17 confirmed · 1 declined")
        #expect(text[3].hasPrefix(" Name"))
        #expect(text[3].contains("Latin"))
        let people = SampleBook.make().people
        var latinStarts = Set<Int>(), orgStarts = Set<Int>()
        var seen = 0
        for person in people {
            guard let row = text.first(where: { $0.contains(person.latin!) }) else { continue }
            seen += 1
            #expect(cellColumn(of: person.name, in: row) == 1)
            latinStarts.insert(cellColumn(of: person.latin!, in: row)!)
            let org = String(s.book.organisation(person.org)!.displayName.prefix(4))
            orgStarts.insert(cellColumn(of: org, in: row)!)
        }
        #expect(seen >= 19)
        // Columns are as wide as their content: names take 6 cells, the pinyin 14.
        #expect(latinStarts == [9])
        #expect(orgStarts == [25])
        // Guiding organisation first, then by pinyin: 程 before 林.
        #expect(text[4].hasPrefix(" 程智鹏"))
        #expect(text[5].hasPrefix(" 林海青"))
        #expect(text.contains { $0.contains("孙宇航") && $0.contains("declined") })
        #expect(text.contains { $0.contains("徐晓敏") && $0.contains("08:44") && $0.contains("speak") })
    }

    @Test("Participants alignment holds at 60×16 too, where the pinyin and the parts make room")
    func participantsNarrow() {
        var s = sampleState(60, 16)
        press(.char("3"), &s)
        let text = rows(frame(s))
        let body = text[4..<15].filter { !$0.isEmpty }
        #expect(body.count >= 10)
        for (row, participant) in zip(body, s.participantRows) {
            #expect(cellColumn(of: participant.person.name, in: row) == 1)
            let org = s.book.organisation(participant.person.org)?.displayName ?? "?"
            #expect(cellColumn(of: org, in: row) == 9, "\(row)")
            #expect(row.contains(participant.rsvp.rawValue), "\(row)")
        }
    }

    @Test("Organisations lists invited parts on the left and the selected roster on the right")
    func organisations() {
        var s = sampleState()
        press(.char("4"), &s)
        let text = rows(frame(s))
        #expect(text[2].hasPrefix(" Organisations (Space invites)"))
        #expect(text[2].contains("广州市科学技术协会"))
        #expect(text.contains { $0.contains("Guiding bo") && $0.contains("广州市科协") && $0.contains("程智鹏") })
        #expect(text.contains { $0.contains("林海青") && $0.contains("Lin Haiqing") })
        // The roster's column starts at one cell on every row.
        let starts = Set(
            ["程智鹏", "林海青"].compactMap { n in text.first { $0.contains(n) }.flatMap { cellColumn(of: n, in: $0) } })
        #expect(starts.count == 1)
        press(.char("j"), &s)
        #expect(rows(frame(s))[2].contains("广东省电子信息行业协会"))
    }

    @Test("at 60×16 the organisations pane title stays left of the divider")
    func organisationsNarrow() {
        var s = sampleState(60, 16)
        press(.char("4"), &s)
        let row = frame(s).row(2)
        let divider = cellColumn(of: "│", in: row)!
        #expect(!String(row[row.index(after: row.firstIndex(of: "│")!)...]).hasPrefix(")"))
        #expect(cellColumn(of: "广州市科学技术协会", in: row) == divider + 2)
    }

    @Test("Venue shows name, address, capacity, notes and rooms with their items")
    func venue() {
        var s = sampleState()
        press(.char("5"), &s)
        let text = rows(frame(s))
        #expect(text[2] == " Venue      冼星海故乡纪念馆")
        #expect(text[3] == " Address    广州市南沙区榄核镇")
        #expect(text[4] == " Capacity   60")
        #expect(text[5].hasPrefix(" Notes      Xian Xinghai"))
        #expect(text[7] == " Rooms")
        #expect(text[8].hasPrefix(" Room"))
        #expect(text[9].hasPrefix(" 展厅") && text[9].contains("60") && text[9].contains("重温入党誓词, 参观冼星海故乡纪念馆"))
        #expect(text[10].hasPrefix(" 会议室") && text[10].contains("40") && text[10].contains("党建座谈会, 互动交流"))
    }

    @Test("Checks lists the problems the core finds")
    func checks() {
        var s = englishState()
        press(.char("6"), &s)
        let text = rows(frame(s))
        #expect(text[2] == " 2 problems · Enter goes to the thing to fix")
        #expect(text[3].hasPrefix(" Severity"))
        #expect(text[4].contains("unfilled-part"))
        #expect(text[4].contains("'Panel' has no host"))
        var sample = sampleState()
        press(.char("6"), &sample)
        let problems = sample.problems
        let sampleText = rows(frame(sample))
        #expect(
            sampleText[2]
                == (problems.isEmpty
                    ? " No problems found."
                    : " \(problems.count) problem\(problems.count == 1 ? "" : "s") · Enter goes to the thing to fix"))
        for (i, p) in problems.prefix(5).enumerated() { #expect(sampleText[4 + i].contains(p.code)) }
    }

    @Test("below 60×16 the planner asks for a larger terminal and draws nothing else")
    func tooSmall() {
        #expect(
            rows(frame(sampleState(40, 10))).prefix(3) == [
                "Terminal too small (40×10).", "Enlarge it to at least 60×16.", "q quits.",
            ])
        #expect(frame(sampleState(59, 30)).row(0) == "Terminal too small (59×30).")
        #expect(frame(sampleState(100, 15)).row(0) == "Terminal too small (100×15).")
        #expect(frame(sampleState(60, 16)).row(0).contains("Convene"))
    }

    @Test("? shows the keys of the current screen; any key closes")
    func help() {
        var s = sampleState()
        press(.char("2"), &s)
        #expect(KeyMap.action(for: .char("?"), in: s) == .help)
        press(.char("?"), &s)
        let text = rows(frame(s)).joined(separator: "\n")
        #expect(text.contains("Keys: Agenda (arrows scroll, any other key closes)"))
        #expect(text.contains("add an agenda item"))
        press(.end, &s)
        #expect(rows(frame(s)).joined(separator: "\n").contains("quit (asks when there are unsaved changes)"))
        press(.char("x"), &s)
        guard case .normal = s.mode else {
            Issue.record("help did not close")
            return
        }
        #expect(!rows(frame(s)).joined().contains("Keys: Agenda"))
    }

    @Test("no row of any screen or overlay is wider than the buffer")
    func nothingTooWide() {
        for (w, h) in [(100, 30), (60, 16), (61, 17), (40, 10)] {
            for make in [{ sampleState(w, h) }, { englishState(w, h) }] {
                for screen in Screen.allCases {
                    var s = make()
                    Update.apply(.show(screen), to: &s)
                    var states = [s]
                    var help = s
                    Update.apply(.help, to: &help)
                    states.append(help)
                    var add = s
                    Update.apply(.add, to: &add)
                    states.append(add)
                    var filter = s
                    Update.apply(.beginFilter, to: &filter)
                    typeKeys("xu", &filter)
                    states.append(filter)
                    for state in states {
                        let buffer = frame(state)
                        #expect(buffer.width == w && buffer.height == h)
                        for y in 0..<buffer.height {
                            #expect(buffer.row(y).cellWidth <= w, "\(screen) \(w)×\(h) row \(y): \(buffer.row(y))")
                        }
                    }
                }
            }
        }
    }
}

// MARK: - Behaviour

@Suite("Planner behaviour through keys and actions")
struct BehaviourSpecTests {
    @Test("adding an agenda item with a Chinese title through the form")
    func addChineseItem() {
        var s = sampleState()
        press(.char("2"), &s)
        press(.char("a"), &s)
        typeKeys("参观学习", &s)
        let form = rows(frame(s)).joined(separator: "\n")
        #expect(form.contains("New agenda item"))
        #expect(form.contains("Title"))
        #expect(form.contains("参观学习"))
        #expect(form.contains("12:00"))
        // Enter moves field by field; Ctrl-S accepts.
        press(.enter, &s)
        #expect(currentForm(s)?.focus == 1)
        press(.ctrl("s"), &s)
        guard case .normal = s.mode else {
            Issue.record("form still open")
            return
        }
        let item = s.book.events[0].items.last!
        #expect(item.title == "参观学习")
        #expect(item.start == ClockTime(clamping: 720))
        #expect(item.minutes == 30)
        #expect(s.message?.text == "Add item 参观学习")
        let text = rows(frame(s))
        // The new item's kind in the kind column, its title in the title column of the other items.
        let added = text.first { $0.hasPrefix(" 12:00–12:30  Other ") && $0.contains("参观学习") }
        let first = text.first { $0.contains("重温入党誓词") && $0.contains("–") }
        #expect(added != nil)
        #expect(
            added.flatMap { cellColumn(of: "参观学习", in: $0) } == first.flatMap { cellColumn(of: "重温入党誓词", in: $0) })
        #expect(text[29] == " Add item 参观学习")
        #expect(text[0].hasSuffix("[+] plan.json"))
    }

    @Test("a start of 25:70 is refused at the field with the error shown in the form")
    func invalidStart() {
        var s = sampleState()
        press(.char("2"), &s)
        press(.char("a"), &s)
        typeKeys("参观", &s)
        press(.tab, &s)
        press(.tab, &s)
        clearField(&s)
        typeKeys("25:70", &s)
        press(.ctrl("s"), &s)
        let form = currentForm(s)
        #expect(form?.focus == 2)
        #expect(form?.error?.field == 2)
        let text = rows(frame(s)).joined(separator: "\n")
        #expect(text.contains("✗ Start (HH:MM): '25:70' is not a time"))
        #expect(s.book.events[0].items.count == 4)
        #expect(!s.history.isModified)
        // Fixing the field clears the error and the form accepts.
        clearField(&s)
        #expect(currentForm(s)?.error == nil)
        typeKeys("12:00", &s)
        press(.ctrl("s"), &s)
        #expect(s.book.events[0].items.count == 5)
    }

    @Test("an empty title is refused at the title field")
    func emptyTitle() {
        var s = sampleState()
        press(.char("2"), &s)
        press(.char("a"), &s)
        press(.tab, &s)
        press(.ctrl("s"), &s)
        #expect(currentForm(s)?.focus == 0)
        #expect(rows(frame(s)).joined().contains("✗ Title: must not be empty"))
        #expect(s.book.events[0].items.count == 4)
        typeKeys("   ", &s)
        press(.ctrl("s"), &s)
        #expect(currentForm(s) != nil)
        #expect(s.book.events[0].items.count == 4)
    }

    @Test("minutes of -3 are refused at the minutes field")
    func negativeMinutes() {
        var s = sampleState()
        press(.char("2"), &s)
        press(.char("a"), &s)
        typeKeys("讨论", &s)
        press(.down, &s)
        press(.down, &s)
        press(.down, &s)
        clearField(&s)
        typeKeys("-3", &s)
        press(.ctrl("s"), &s)
        #expect(currentForm(s)?.focus == 3)
        #expect(rows(frame(s)).joined().contains("✗ Minutes: an item lasts at least 1 minute (got -3)"))
        #expect(s.book.events[0].items.count == 4)
        press(.escape, &s)
        guard case .normal = s.mode else {
            Issue.record("Esc did not close the form")
            return
        }
        #expect(s.message?.text == "Cancelled")
        #expect(!s.history.isModified)
    }

    @Test("assigning a speaker through the pick-list filtered by pinyin xxm and xu")
    func assignSpeaker() {
        var s = sampleState()
        press(.char("2"), &s)
        // Go to 互动交流 (the last item row).
        press(.char("G"), &s)
        while case .role? = s.agendaRows[s.selected(.agenda)] as AgendaRow? { press(.char("k"), &s) }
        #expect(s.agendaRows[s.selected(.agenda)].item.title == "互动交流")
        press(.char("p"), &s)
        #expect(rows(frame(s)).joined().contains("Part in '互动交流'"))
        press(.enter, &s)  // Enter on the person field opens the pick-list
        #expect(currentPicker(s) != nil)
        typeKeys("xxm", &s)
        var text = rows(frame(s)).joined(separator: "\n")
        #expect(text.contains("徐晓敏"))
        #expect(text.contains("Xu Xiaomin"))
        #expect(currentPicker(s)?.visible.first?.label == "徐晓敏")
        for _ in 0..<3 { press(.backspace, &s) }
        typeKeys("xu", &s)
        text = rows(frame(s)).joined(separator: "\n")
        #expect(text.contains("徐晓敏"))
        #expect(!text.contains("程智鹏"))
        let visible = currentPicker(s)?.visible.map(\.label) ?? []
        #expect(visible.contains("徐晓敏"))
        // Move to 徐晓敏 and pick.
        while let p = currentPicker(s), p.visible[p.selection].label != "徐晓敏" { press(.down, &s) }
        press(.enter, &s)
        // The focus stays on the person field just chosen; Tab goes on to the part.
        #expect(currentForm(s)?.focus == 0)
        #expect(rows(frame(s)).joined().contains("徐晓敏 Xu Xiaomin"))
        press(.tab, &s)
        #expect(currentForm(s)?.focus == 1)
        press(.right, &s)  // host → speaker
        #expect((currentForm(s)?.model as? RoleForm)?.part.text == "speaker")
        press(.tab, &s)
        typeKeys("资源共享", &s)
        press(.tab, &s)
        typeKeys("15", &s)
        press(.enter, &s)  // Enter on the last field accepts
        guard case .normal = s.mode else {
            Issue.record("form still open: \(currentForm(s)?.error?.message ?? "")")
            return
        }
        let item = s.book.events[0].item("i4")!
        #expect(item.roles.last == Role(person: "p3", part: .speaker, topic: "资源共享", minutes: 15))
        #expect(rows(frame(s)).contains { $0.contains("speaker") && $0.contains("徐晓敏 Xu Xiaomin — 资源共享 (15 min)") })
    }

    @Test("a pick-list with nothing matching says so and picks nothing")
    func pickerNothing() {
        var s = sampleState()
        press(.char("3"), &s)
        press(.char("a"), &s)
        #expect(currentPicker(s)?.title == "Add a participant")
        typeKeys("qqq", &s)
        #expect(rows(frame(s)).joined().contains("Nothing matches 'qqq'"))
        press(.enter, &s)
        #expect(currentPicker(s) != nil)
        press(.escape, &s)
        guard case .normal = s.mode else {
            Issue.record("Esc did not close the picker")
            return
        }
        #expect(!s.history.isModified)
    }

    @Test("undo and redo say what they did")
    func undoRedo() {
        var s = sampleState()
        press(.char("u"), &s)
        #expect(s.message?.text == "Nothing to undo")
        #expect(frame(s).row(29) == " Nothing to undo")
        press(.ctrl("r"), &s)
        #expect(frame(s).row(29) == " Nothing to redo")
        press(.char("2"), &s)
        press(.char("a"), &s)
        typeKeys("交流", &s)
        press(.ctrl("s"), &s)
        press(.char("u"), &s)
        #expect(frame(s).row(29) == " Undid: add item 交流")
        #expect(s.book.events[0].items.count == 4)
        press(.ctrl("r"), &s)
        #expect(frame(s).row(29) == " Redid: add item 交流")
        #expect(s.book.events[0].items.last?.title == "交流")
        #expect(frame(s).row(0).hasSuffix("[+] plan.json"))
    }

    @Test("Space on the participants screen cycles the RSVP")
    func rsvpToggle() {
        var s = sampleState()
        press(.char("3"), &s)
        #expect(KeyMap.action(for: .char(" "), in: s) == .toggle)
        // 程智鹏 signed in, so the cycle skips declined: confirmed → invited → confirmed.
        press(.char(" "), &s)
        #expect(s.event?.participant("p1")?.rsvp == .invited)
        var text = rows(frame(s))
        #expect(text[4].hasPrefix(" 程智鹏") && text[4].contains("invited"))
        #expect(text[29] == " 程智鹏: confirmed → invited")
        #expect(text[2] == " 19 participants · 2 invited · 16 confirmed · 1 declined")
        press(.char(" "), &s)
        #expect(s.event?.participant("p1")?.rsvp == .confirmed)
        // 何振宇 has not replied and is not signed in: invited → confirmed → declined → invited.
        let row = s.participantRows.firstIndex { $0.person.id == "p15" } ?? 0
        for _ in 0..<row { press(.char("j"), &s) }
        press(.char(" "), &s)
        text = rows(frame(s))
        #expect(text[29] == " 何振宇: invited → confirmed")
        press(.char(" "), &s)
        #expect(s.event?.participant("p15")?.rsvp == .declined)
        press(.char(" "), &s)
        #expect(s.event?.participant("p15")?.rsvp == .invited)
    }

    @Test("/ filters the participants by pinyin, initials or Latin name; Esc clears")
    func participantFilter() {
        var s = sampleState()
        press(.char("3"), &s)
        press(.char("/"), &s)
        typeKeys("xxm", &s)
        #expect(s.participantRows.map(\.person.name) == ["徐晓敏"])
        var text = rows(frame(s))
        #expect(text[2].contains("filter “xxm”: 1 shown · Esc clears"))
        #expect(text[4].hasPrefix(" 徐晓敏"))
        #expect(text[29].hasPrefix("Filter (name, pinyin or initials"))
        press(.enter, &s)
        guard case .normal = s.mode else {
            Issue.record("Enter did not keep the filter")
            return
        }
        #expect(s.filters[.participants] == "xxm")
        press(.escape, &s)
        #expect(s.filters[.participants] == nil)
        #expect(s.participantRows.count == 19)
        press(.char("/"), &s)
        typeKeys("xu", &s)
        let names = s.participantRows.map(\.person.name)
        #expect(names.contains("徐晓敏"))
        #expect(!names.contains("程智鹏"))
        text = rows(frame(s))
        #expect(text.contains { $0.hasPrefix(" 徐晓敏") })
        press(.escape, &s)
        #expect(s.participantRows.count == 19)
        // Filtering is refused politely on other screens.
        press(.char("2"), &s)
        press(.char("/"), &s)
        #expect(s.message?.text == "Filter works on the Participants and Organisations screens")
    }

    @Test("Enter on a Checks problem jumps to the item to fix")
    func checksJump() {
        var s = englishState()
        press(.char("6"), &s)
        #expect(s.problems.first?.ids == ["i2"])
        #expect(s.problems.count == 2)
        press(.enter, &s)
        #expect(s.screen == .agenda)
        #expect(s.agendaRows[s.selected(.agenda)] == .item(s.event!.item("i2")!))
        #expect(frame(s).row(1).contains("2 Agenda"))
    }

    @Test("a click on the tab bar switches screen; a click on a row selects it")
    func mouse() {
        var s = sampleState()
        let tabs = frame(s).row(1)
        for (label, screen) in [
            ("3 Participants", Screen.participants), ("6 Checks", .checks), ("2 Agenda", .agenda), ("5 Venue", .venue),
        ] {
            let x = cellColumn(of: label, in: tabs)! + 2
            let action = KeyMap.action(for: .mouse(x: x, y: 1, button: .left), in: s)
            #expect(action == .click(x: x, y: 1))
            Update.apply(action, to: &s)
            #expect(s.screen == screen)
        }
        press(.char("3"), &s)
        press(.mouse(x: 5, y: 6, button: .left), &s)
        #expect(s.selected(.participants) == 2)
    }

    @Test("q without changes quits; with changes it asks first")
    func quitConfirmation() {
        var clean = sampleState()
        #expect(press(.char("q"), &clean) == [.quit])
        #expect(clean.isFinished)

        var s = sampleState()
        press(.char("3"), &s)
        press(.char(" "), &s)
        #expect(press(.char("q"), &s).isEmpty)
        let text = rows(frame(s)).joined(separator: "\n")
        #expect(text.contains("Confirm"))
        #expect(text.contains("Save changes to plan.json before quitting?"))
        #expect(!s.isFinished)
        press(.escape, &s)
        guard case .normal = s.mode else {
            Issue.record("Esc did not stay")
            return
        }
        #expect(!s.isFinished)
        press(.char("q"), &s)
        let effects = press(.char("y"), &s)
        #expect(effects == [.save(s.book, overwrite: false)])
        // The save reports back; only a successful one ends the planner.
        #expect(Update.apply(.saveFinished(.saved(path: "plan.json")), to: &s) == [.quit])
        #expect(s.isFinished)
    }
}

// MARK: - The app loop

/// Performs effects as the plan file would, and keeps what it was asked.
final class SaveLog: EffectRunner {
    var saved: [Book] = []
    var journaled: [HistoryStep] = []

    func perform(_ effect: Effect) -> Action? {
        switch effect {
        case .save(let book, _):
            saved.append(book)
            return .saveFinished(.saved(path: "plan.json"))
        case .journal(let step):
            journaled.append(step)
            return nil
        default: return nil
        }
    }
}

@Suite("PlannerApp with a scripted terminal")
struct PlannerAppTests {
    func run(_ keys: [Key], size: Size = Size(width: 100, height: 30), log: SaveLog) -> (PlannerApp, ScriptedTerminal) {
        let terminal = ScriptedTerminal(size: size, keys: keys)
        let app = PlannerApp(
            state: AppState(book: SampleBook.make(), file: "plan.json", size: size), theme: .builtIn,
            terminal: terminal, runner: log)
        app.run()
        return (app, terminal)
    }

    func chars(_ text: String) -> [Key] { text.map { Key.char($0) } }

    @Test("keys drive the app; the last frame shows the screen")
    func keysToFrame() {
        let log = SaveLog()
        let (app, terminal) = run(chars("2jj"), log: log)
        let last = terminal.lastFrame!
        #expect(last.row(1).contains("2 Agenda"))
        #expect(last.row(4).hasPrefix(" 09:00–09:20  Oath revi"))
        #expect(app.state.selected(.agenda) == 2)
        #expect(terminal.frames.count == 5, "the first frame, again with the checks, then one per key")
        #expect(log.saved.isEmpty && log.journaled.isEmpty)
    }

    @Test("after the first frames, the roster's pinyin keys are worked out in the background")
    func pinyinWarmUp() throws {
        var book = SampleBook.make()
        let name = "预热测试员\(UInt32.random(in: 0..<UInt32.max))"
        book.people.append(Person(id: "p-warm", name: name, org: book.organisations[0].id, politics: .unrecorded))
        #expect(!PinyinKey.isCached(name))
        let terminal = ScriptedTerminal(size: Size(width: 100, height: 30), keys: [])
        let app = PlannerApp(
            state: AppState(book: book, file: "plan.json", size: terminal.size), theme: .builtIn,
            terminal: terminal, runner: SaveLog())
        app.run()
        let deadline = ContinuousClock.now + .seconds(10)
        while !PinyinKey.isCached(name), ContinuousClock.now < deadline { usleep(10_000) }
        #expect(PinyinKey.isCached(name))
    }

    @Test("the first frame does not wait for the checks; the second shows their results")
    func firstFrameBeforeChecks() {
        let (_, terminal) = run([], log: SaveLog())
        let first = terminal.frames[0], second = terminal.frames[1]
        #expect(first.row(1).hasSuffix("6 Checks …"))
        #expect(first.text.contains("Checks: running…"))
        #expect(second.row(1).hasSuffix("6 Checks (1)"))
        #expect(second.text.contains("Checks: 0 errors, 0 warnings, 1 note"))
    }

    @Test("s asks the runner to save and clears [+] when it reports success")
    func save() {
        let log = SaveLog()
        let (app, terminal) = run([.char("2"), .char("a")] + chars("参观") + [.ctrl("s"), .char("s")], log: log)
        #expect(log.saved.count == 1)
        #expect(log.saved.first?.events[0].items.last?.title == "参观")
        let last = terminal.lastFrame!
        #expect(last.row(0).hasSuffix(" plan.json"))
        #expect(!last.row(0).contains("[+]"))
        #expect(last.row(29) == " Saved plan.json")
        #expect(!app.state.history.isModified)
    }

    @Test("q with unsaved changes asks; n quits without saving")
    func quitWithoutSaving() {
        let log = SaveLog()
        let terminal = ScriptedTerminal(
            size: Size(width: 100, height: 30),
            keys: [.char("3"), .char(" "), .char("q"), .char("n")], whenExhausted: nil)
        let app = PlannerApp(
            state: sampleState(), theme: .builtIn, terminal: terminal, runner: log)
        app.run()
        #expect(app.state.isFinished)
        #expect(log.saved.isEmpty)
        #expect(log.journaled.count == 1, "the edit was journaled as it happened")
        let asked = terminal.lastFrame!.text
        #expect(asked.contains("Save changes to plan.json before quitting?"))
        #expect(terminal.pendingKeys.isEmpty)
    }

    @Test("q with unsaved changes and y saves then quits")
    func quitSaving() {
        let log = SaveLog()
        let (app, _) = run([.char("3"), .char(" "), .char("q"), .char("y")], log: log)
        #expect(app.state.isFinished)
        #expect(log.saved.count == 1)
        #expect(log.saved.first?.events[0].participant("p1")?.rsvp == .invited)
    }

    @Test("a hangup after an edit quits without saving; the edit is in the journal already")
    func hangup() {
        let log = SaveLog()
        let (app, _) = run([.char("3"), .char(" "), .hangup], log: log)
        #expect(app.state.isFinished)
        #expect(app.state.terminalWentAway)
        #expect(log.saved.isEmpty)
        #expect(log.journaled.count == 1)
    }

    @Test("a terminal below the minimum shows the too-small message and ignores screen keys")
    func resize() {
        let log = SaveLog()
        let terminal = ScriptedTerminal(size: Size(width: 100, height: 30), keys: [.char("2")])
        let app = PlannerApp(
            state: sampleState(), theme: .builtIn, terminal: terminal, runner: log)
        terminal.resize(to: Size(width: 40, height: 10))
        terminal.enqueue([.char("3")])
        app.run()
        #expect(terminal.lastFrame!.row(0) == "Terminal too small (40×10).")
        // The app reads the terminal size when it starts: below the minimum, screen keys are ignored.
        #expect(app.state.screen == .overview)
    }
}
