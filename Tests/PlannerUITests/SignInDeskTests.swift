import BookGenerator
import Foundation
import Phrasebook
import PlanFile
import PlannerCore
import TerminalKit
import Testing

@testable import PlannerUI

@Suite("The sign-in desk: type a name, Enter signs them in, the counts follow")
struct SignInDeskTests {
    @Test(
        "I opens the desk with the counts; initials narrow the list; Enter signs in and clears the line",
        arguments: [(100, 30, Language.en), (80, 24, .en), (100, 30, .zh), (80, 24, .zh)])
    func desk(width: Int, height: Int, language: Language) {
        var s = participantsState(width, height, language)
        press(.char("I"), &s)
        let en = language == .en
        var text = rows(frame(s))
        #expect(
            text[2]
                == (en
                    ? " Sign-in desk · expected 18 · present 16 · excused 1 · absent 1"
                    : " 签到台 · 应到 18 · 实到 16 · 请假 1 · 缺席 1"))
        #expect(text[3].hasPrefix(en ? " Name, pinyin or initials:" : " 姓名、拼音或首字母："))
        #expect(text[4].hasPrefix(en ? " Name" : " 姓名"))
        typeKeys("hzy", &s)
        text = rows(frame(s))
        #expect(text[height - 1].hasPrefix(en ? " Enter sign in · ↓ next · Esc leave" : " Enter 签到 · ↓ 下一位 · Esc 退出"))
        #expect(text[3].contains("hzy"))
        #expect(text[5].hasPrefix(" 何振宇"))
        #expect(text[6].trimmingCharacters(in: .whitespaces).isEmpty)
        press(.enter, &s)
        text = rows(frame(s))
        #expect(
            text[2]
                == (en
                    ? " Sign-in desk · expected 18 · present 17 · excused 1 · absent 0"
                    : " 签到台 · 应到 18 · 实到 17 · 请假 1 · 缺席 0"))
        #expect(!text[3].contains("hzy"))
        #expect(text[5].hasPrefix(" 程智鹏"))
        #expect(
            s.message?.text
                == (en
                    ? "何振宇 signed in at 09:12 · expected 18 · present 17 · excused 1 · absent 0"
                    : "何振宇 09:12 签到 · 应到 18 · 实到 17 · 请假 1 · 缺席 0"))
        #expect(participant("何振宇", s)?.attendance == .signedIn(at: ClockTime(clamping: 9 * 60 + 12)))
        #expect(text.allSatisfy { $0.cellWidth <= width })
        // The sign-in column stays at the desk, whatever the width.
        typeKeys("hzy", &s)
        #expect(rows(frame(s))[5].contains("09:12"))
    }

    @Test("someone signed in already, nobody matching, and someone on the roster but not on the list: each says so")
    func refusals() {
        var s = participantsState()
        press(.char("I"), &s)
        typeKeys("xxm", &s)
        press(.enter, &s)
        #expect(s.message == StatusMessage(text: "徐晓敏 signed in already, at 08:44", kind: .error))
        #expect(participant("徐晓敏", s)?.attendance == .signedIn(at: ClockTime(clamping: 8 * 60 + 44)))
        typeKeys("zzz", &s)
        #expect(rows(frame(s)).contains { $0.contains("Nobody on the list matches 'zzz'") })
        press(.enter, &s)
        #expect(s.message == StatusMessage(text: "Nobody on the list matches 'zzz'", kind: .error))
        #expect(rows(frame(s))[3].contains("zzz"))
        press(.ctrl("u"), &s)
        press(.enter, &s)
        #expect(s.message?.text == "Type a name, pinyin or initials first")

        var english = englishState()
        press(.char("3"), &english)
        press(.char("I"), &english)
        typeKeys("cw", &english)
        press(.enter, &english)
        #expect(english.message?.text == "Carol White is not on this event's list: Esc, then a adds them")
        english.language = .zh
        press(.enter, &english)
        #expect(english.message?.text == "Carol White 不在本次活动的名单上：按 Esc，再按 a 添加")
    }

    @Test("arrows choose among the matches; Esc leaves the desk, and u undoes a sign-in")
    func chooseAndLeave() {
        var s = participantsState()
        press(.char("I"), &s)
        typeKeys("z", &s)
        let matches = s.participantRows.map(\.person.name)
        let he = matches.firstIndex(of: "何振宇") ?? 0
        #expect(he > 1)
        for _ in 0..<he { press(.down, &s) }
        press(.up, &s)
        press(.down, &s)
        press(.enter, &s)
        #expect(participant("何振宇", s)?.attendance.isSignedIn == true)
        press(.escape, &s)
        guard case .normal = s.mode else {
            Issue.record("Esc did not leave the desk")
            return
        }
        #expect(s.message?.text.hasPrefix("Left the sign-in desk · expected 18") == true)
        #expect(rows(frame(s))[2].hasPrefix(" 19 participants"))
        press(.char("u"), &s)
        #expect(s.message?.text.hasPrefix("Undid: mark participant") == true)
    }

    @Test("a declined arrival is confirmed and signed in, in one step")
    func declinedArrives() {
        var s = participantsState(100, 30, .zh)
        press(.char("I"), &s)
        typeKeys("孙宇", &s)
        press(.enter, &s)
        #expect(s.message?.text.hasPrefix("孙宇航 原已谢绝：现改为已确认，09:12 签到 · 应到 19 · 实到 17") == true)
        #expect(participant("孙宇航", s)?.rsvp == .confirmed)
        press(.escape, &s)
        press(.char("u"), &s)
        #expect(participant("孙宇航", s)?.rsvp == .declined)
        #expect(participant("孙宇航", s)?.attendance == .notYet)
    }

    @Test("the desk narrows what the / filter shows: / 未签到 then the desk lists only those still to come")
    func withFilter() {
        var s = participantsState()
        press(.char("/"), &s)
        typeKeys("未签到", &s)
        press(.enter, &s)
        #expect(s.participantRows.map(\.person.name) == ["何振宇"])
        press(.char("I"), &s)
        typeKeys("he", &s)
        press(.enter, &s)
        #expect(s.participantRows.isEmpty)
        #expect(rows(frame(s)).contains { $0.contains("Nobody matches the filter") })
    }

    @Test("the help page lists the desk's keys")
    func help() {
        var s = participantsState()
        press(.char("?"), &s)
        let page = HelpView.page(s).lines.map { $0.keys + " " + $0.what }
        #expect(page.contains { $0.hasPrefix("At the sign-in desk") })
        #expect(page.contains { $0.hasPrefix("I ") && $0.contains("sign-in desk") })
        #expect(page.contains { $0.hasPrefix("Esc ") && $0.contains("leave the sign-in desk") })
    }
}

@Suite("The Participants filter: every keystroke shows what the plain definition would")
struct ParticipantFilterTests {
    @Test("random queries of names, organisations and words give the rows ParticipantQuery.matches gives")
    func differential() {
        var book = SampleBook.make()
        // Some variety: leave, absence, capacities.
        book.events[0].participants[2].attendance = .absent
        book.events[0].participants[4].capacity = .staff
        book.events[0].participants[6].leave = Leave(reason: .personal)
        var s = AppState(book: book, file: "plan.json", size: Size(width: 100, height: 30))
        press(.char("3"), &s)
        let all = s.participantRows.map { $0 }
        let orgs = s.organisationsByID
        let pieces = [
            "天极", "电子", "移动", "x", "z", "xm", "chen", "未回复", "未签到", "请假", "缺席", "declined", "党员", "预备党员",
            "列席", "企业代表", "staff", "signed in", "not", "因事", "guest", " ",
        ]
        var dice = SplitMix64(seed: 5)
        for _ in 0..<300 {
            let filter = (0..<1 + dice.below(3)).map { _ in dice.pick(pieces) }.joined(separator: " ")
            s.filters[.participants] = filter
            let query = ParticipantQuery(filter)
            let expected = all.filter { query.matches($0.participant, $0.person, organisation: orgs[$0.person.org]) }
            #expect(s.participantRows.map(\.person.id) == expected.map(\.person.id), "\(filter)")
        }
    }

    @Test("a word in either language, any case, with or without spaces, is the same criterion")
    func words() {
        #expect(ParticipantQuery("未回复").criteria == [.rsvp(.invited)])
        #expect(ParticipantQuery("Not Replied").criteria == [.rsvp(.invited)])
        #expect(ParticipantQuery("not signed in").criteria == [.notSignedIn])
        #expect(ParticipantQuery("未签到").criteria == [.notSignedIn])
        #expect(ParticipantQuery("党员").criteria == [.politics(.member)])
        #expect(ParticipantQuery("CPC member").criteria == [.politics(.member)])
        #expect(ParticipantQuery("积极分子").criteria == [.stage(.activist)])
        #expect(ParticipantQuery("嘉宾").criteria == [.capacity(.guest)])
        #expect(ParticipantQuery("因病").criteria == [.onLeave(.sick)])
        let mixed = ParticipantQuery("芯源 未签到 wang")
        #expect(mixed.criteria == [.notSignedIn])
        #expect(mixed.text.text == "芯源wang")
        #expect(ParticipantQuery("zhang wei").criteria.isEmpty)
        #expect(ParticipantQuery("zhang wei").text.text == "zhangwei")
    }
}

@Suite("The Participants list keeps its order across edits that do not move anyone")
struct ParticipantOrderTests {
    @Test("after replies, sign-ins and leave the rows are those a fresh sort gives; after an add, too")
    func sameAsFresh() {
        var s = participantsState()
        func fresh() -> [String] {
            var t = AppState(book: s.book, file: "plan.json", size: s.size)
            t.eventID = s.eventID
            return t.participantRows.map(\.person.id)
        }
        for key in ["c", "x", "i", "o", "j", "i", "m", "c"] {
            press(.char(Character(key)), &s)
            #expect(s.participantRows.map(\.person.id) == fresh(), "after \(key)")
            #expect(
                s.participantRows.map(\.participant) == s.participantRows.map { s.event?.participant($0.person.id) })
        }
        s.eventID = s.book.events.first?.id
        press(.char("A"), &s)
        press(.enter, &s)
        #expect(s.participantRows.map(\.person.id) == fresh())
    }
}
