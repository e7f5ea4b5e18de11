import Foundation
import Phrasebook
import PlanFile
import PlannerCore
import TerminalKit
import Testing

@testable import PlannerUI

/// The sample on Participants at `width`×`height`, in `language`, with the clock at 09:12.
func participantsState(_ width: Int = 100, _ height: Int = 30, _ language: Language = .en) -> AppState {
    var s = sampleState(width, height)
    s.language = language
    s.clock = .fixed(ClockTime(clamping: 9 * 60 + 12))
    press(.char("3"), &s)
    return s
}

/// Selects the row of the person called `name`.
func selectPerson(_ name: String, _ s: inout AppState) {
    let row = s.participantRows.firstIndex { $0.person.name == name }
    #expect(row != nil, "\(name) is not on the list")
    s.select(row ?? 0, in: .participants)
}

/// The screen's row that shows `name`.
func rowOf(_ name: String, _ s: AppState) -> String { rows(frame(s)).first { $0.contains(name) } ?? "" }

func participant(_ name: String, _ s: AppState) -> Participant? {
    guard let person = s.book.people.first(where: { $0.name == name }) else { return nil }
    return s.event?.participant(person.id)
}

@Suite("Participants: direct keys for replies, leave, sign-in and absence")
struct ParticipantKeysTests {
    @Test("c confirms the one under the cursor and says so; u undoes it; in Chinese too")
    func confirm() {
        for language in [Language.en, .zh] {
            var s = participantsState(100, 30, language)
            selectPerson("何振宇", &s)
            press(.char("c"), &s)
            #expect(participant("何振宇", s)?.rsvp == .confirmed)
            #expect(s.message?.text == (language == .en ? "何振宇: invited → confirmed" : "何振宇：已邀请 → 已确认"))
            #expect(rowOf("何振宇", s).contains(language == .en ? "confirmed" : "已确认"))
            press(.char("c"), &s)
            #expect(s.message?.text == (language == .en ? "何振宇 is confirmed already" : "何振宇 已为已确认"))
            press(.char("u"), &s)
            #expect(participant("何振宇", s)?.rsvp == .invited)
        }
    }

    @Test("x declines; on someone signed in the core refuses and says how to fix it")
    func decline() {
        var s = participantsState()
        selectPerson("何振宇", &s)
        press(.char("x"), &s)
        #expect(participant("何振宇", s)?.rsvp == .declined)
        #expect(rowOf("何振宇", s).contains("declined"))
        selectPerson("徐晓敏", &s)
        press(.char("x"), &s)
        #expect(s.message?.kind == .error)
        #expect(s.message?.text.contains("clear the sign-in before recording a decline") == true)
        #expect(participant("徐晓敏", s)?.rsvp == .confirmed)
    }

    @Test("i signs in at the clock's time; signed in already keeps the time and says so; a decline is confirmed")
    func signIn() {
        var s = participantsState()
        selectPerson("何振宇", &s)
        press(.char("i"), &s)
        #expect(participant("何振宇", s)?.attendance == .signedIn(at: ClockTime(clamping: 9 * 60 + 12)))
        #expect(rowOf("何振宇", s).contains("09:12"))
        #expect(s.message?.text == "何振宇: not signed in → signed in at 09:12")
        selectPerson("徐晓敏", &s)
        press(.char("i"), &s)
        #expect(s.message?.text == "徐晓敏 signed in already, at 08:44")
        #expect(rowOf("徐晓敏", s).contains("08:44"))
        selectPerson("孙宇航", &s)
        press(.char("i"), &s)
        #expect(s.message?.text == "孙宇航 had declined: now confirmed and signed in at 09:12")
        #expect(participant("孙宇航", s)?.rsvp == .confirmed)
        press(.char("u"), &s)
        #expect(participant("孙宇航", s)?.rsvp == .declined)
        #expect(participant("孙宇航", s)?.attendance == .notYet)
    }

    @Test("o marks absent, and u takes it back")
    func absent() {
        var s = participantsState(100, 30, .zh)
        selectPerson("何振宇", &s)
        press(.char("o"), &s)
        #expect(participant("何振宇", s)?.attendance == .absent)
        #expect(s.message?.text == "何振宇：未签到 → 缺席")
        #expect(rowOf("何振宇", s).contains("缺席"))
        press(.char("u"), &s)
        #expect(participant("何振宇", s)?.attendance == .notYet)
    }

    @Test("l opens the leave form: reason, note and approver picked by initials; the Leave column shows it")
    func leaveForm() throws {
        let sizes = [Size(width: 100, height: 30), Size(width: 80, height: 24)]
        for (language, size) in [Language.en, .zh].flatMap({ l in sizes.map { (l, $0) } }) {
            var s = participantsState(size.width, size.height, language)
            selectPerson("何振宇", &s)
            press(.char("l"), &s)
            let form = try #require(currentForm(s))
            let text = rows(frame(s)).joined(separator: "\n")
            #expect(text.contains(language == .en ? "Leave for 何振宇" : "何振宇请假"))
            for label in language == .en ? ["Reason", "Note", "Approved by"] : ["事由", "备注", "批准人"] {
                #expect(text.contains(label), "\(label) at \(size.width)×\(size.height)")
            }
            #expect(text.contains(language == .en ? "official duty" : "因公"))
            #expect(form.fields.count == 3)
            press(.right, &s)  // 因病
            press(.tab, &s)
            typeKeys("在医院", &s)
            press(.tab, &s)
            typeKeys("csy", &s)  // 陈思远 by initials
            press(.enter, &s)
            press(.ctrl("s"), &s)
            let approver = s.book.people.first { $0.name == "陈思远" }?.id
            #expect(participant("何振宇", s)?.leave == Leave(reason: .sick, note: "在医院", approvedBy: approver))
            #expect(rowOf("何振宇", s).contains(language == .en ? "sick" : "因病") || size.width < 100)
            #expect(s.totalTurnout.excused == 2)
            press(.char("u"), &s)
            #expect(participant("何振宇", s)?.leave == nil)
        }
    }

    @Test("l on someone on leave offers to take it back")
    func cancelLeave() throws {
        var s = participantsState()
        selectPerson("罗晓雯", &s)
        press(.char("l"), &s)
        #expect(rows(frame(s)).joined().contains("official duty"))
        press(.left, &s)  // from 因公 round to "no leave"
        press(.ctrl("s"), &s)
        #expect(participant("罗晓雯", s)?.leave == nil)
        #expect(s.message?.text == "Cancel leave")
    }
}

@Suite("Participants: marks, and keys that act on every marked participant as one edit")
struct ParticipantMarksTests {
    @Test(
        "m marks and moves down; the marks show as * in the table and in the heading",
        arguments: [
            (100, 30, Language.en), (80, 24, .en), (100, 30, .zh), (80, 24, .zh),
        ])
    func marks(width: Int, height: Int, language: Language) {
        var s = participantsState(width, height, language)
        press(.char("m"), &s)
        press(.char("m"), &s)
        #expect(s.list(.participants).selected == 2)
        let text = rows(frame(s))
        #expect(text[4].hasPrefix("*程智鹏"), "\(text[4])")
        #expect(text[5].hasPrefix("*林海青"))
        #expect(text[6].hasPrefix(" 陈思远"))
        #expect(
            text[2].hasPrefix(
                language == .en ? " 2 marked: c x i o C act on them, M clears" : " 已标记 2 人：c x i o C 作用于他们，M 清除标记"))
        #expect(text.allSatisfy { $0.cellWidth <= width })
        press(.char("k"), &s)
        press(.char("k"), &s)
        press(.char("m"), &s)
        #expect(rows(frame(s))[4].hasPrefix(" 程智鹏"))
    }

    @Test("c, i, o and a capacity act on all marked as one step: one u takes them all back; the marks clear")
    func batch() throws {
        var s = participantsState()
        for name in ["何振宇", "王浩然", "罗晓雯"] {
            selectPerson(name, &s)
            press(.char("m"), &s)
        }
        selectPerson("程智鹏", &s)  // the cursor elsewhere: the marks decide
        press(.char("o"), &s)
        #expect(s.message?.text == "3 marked participants now absent")
        for name in ["何振宇", "王浩然", "罗晓雯"] { #expect(participant(name, s)?.attendance == .absent) }
        #expect(participant("程智鹏", s)?.attendance != .absent)
        #expect(s.marks.people(in: s.eventID).isEmpty)
        #expect(!rows(frame(s)).contains { $0.hasPrefix("*") })
        press(.char("u"), &s)
        for name in ["何振宇", "王浩然"] { #expect(participant(name, s)?.attendance != .absent) }
        #expect(s.message?.text == "Undid: absent for 3 participants")

        // Signed in already keeps its time; the others sign in now.
        for name in ["何振宇", "徐晓敏"] {
            selectPerson(name, &s)
            press(.char("m"), &s)
        }
        press(.char("i"), &s)
        #expect(s.message?.text == "1 marked participant now signed in at 09:12")
        #expect(participant("徐晓敏", s)?.attendance == .signedIn(at: ClockTime(clamping: 8 * 60 + 44)))
        #expect(participant("何振宇", s)?.attendance == .signedIn(at: ClockTime(clamping: 9 * 60 + 12)))

        // The capacity, picked from a list, for the marked.
        for name in ["何振宇", "李文博"] {
            selectPerson(name, &s)
            press(.char("m"), &s)
        }
        press(.char("C"), &s)
        let picker = try #require(currentPicker(s))
        #expect(picker.title == "Capacity for 2 marked participants")
        #expect(picker.options.map(\.label) == ["attendee", "representative", "observer", "guest", "staff"])
        typeKeys("obs", &s)
        press(.enter, &s)
        #expect(participant("何振宇", s)?.capacity == .observer)
        #expect(participant("李文博", s)?.capacity == .observer)
        #expect(rowOf("李文博", s).contains("observer"))
        press(.char("u"), &s)
        #expect(participant("李文博", s)?.capacity == .attendee)
    }

    @Test("with marks, c on people confirmed already says so and changes nothing")
    func nothingToDo() {
        var s = participantsState(100, 30, .zh)
        press(.char("m"), &s)
        press(.char("m"), &s)
        let version = s.history.version
        press(.char("c"), &s)
        #expect(s.history.version == version)
        #expect(s.message?.text == "已标记的 2 人均已为已确认")
    }

    @Test("M marks everyone the filter shows; M again clears the marks")
    func markAllShown() {
        var s = participantsState()
        press(.char("/"), &s)
        typeKeys("天极", &s)
        press(.enter, &s)
        press(.char("M"), &s)
        #expect(s.marks.people(in: s.eventID).count == 3)
        #expect(rows(frame(s))[2].hasPrefix(" 3 marked"))
        press(.char("M"), &s)
        #expect(s.marks.people(in: s.eventID).isEmpty)
        #expect(s.message?.text == "Marks cleared")
    }
}

@Suite("Participants: inviting a whole organisation")
struct InviteOrganisationTests {
    /// The sample with 芯源微电子, invited to nothing, and its three people.
    func withXinyuan() -> AppState {
        var book = SampleBook.make()
        book.organisations.append(Organisation(id: "o9", name: "芯源微电子有限公司", short: "芯源微电子"))
        book.people += [
            Person(id: "p91", name: "王芳", org: "o9", politics: .member),
            Person(id: "p92", name: "李娜", org: "o9", politics: .masses),
            Person(id: "p93", name: "张伟", org: "o9", politics: .league),
        ]
        var s = AppState(book: book, file: "plan.json", size: Size(width: 100, height: 30))
        press(.char("3"), &s)
        return s
    }

    @Test("A picks an organisation; it is invited and its people added as one step, which u takes back")
    func inviteWhole() throws {
        var s = withXinyuan()
        press(.char("A"), &s)
        let picker = try #require(currentPicker(s))
        #expect(picker.title == "Invite a whole organisation")
        #expect(picker.options.last?.detail == "3 people, 3 not on the list")
        typeKeys("芯源", &s)
        press(.enter, &s)
        #expect(s.message?.text == "Invited 芯源微电子: 3 people added (u takes them all back)")
        #expect(s.event?.part(of: "o9") == .participant)
        #expect(s.event?.participants.count == 22)
        #expect(rows(frame(s)).contains { $0.contains("王芳") && $0.contains("芯源微电子") && $0.contains("invited") })
        press(.char("A"), &s)
        typeKeys("芯源", &s)
        press(.enter, &s)
        #expect(s.message?.text == "Everyone of 芯源微电子 is on the list already")
        press(.char("u"), &s)
        #expect(s.event?.participants.count == 19)
        #expect(s.event?.part(of: "o9") == nil)
        #expect(s.message?.text == "Undid: invite 芯源微电子 and its 3 people")
    }

    @Test("/ finds an organisation's people by its name, and the words for replies and sign-in")
    func filterWords() {
        var s = withXinyuan()
        press(.char("A"), &s)
        typeKeys("芯源", &s)
        press(.enter, &s)
        func shown(_ filter: String) -> [String] {
            var t = s
            press(.char("/"), &t)
            typeKeys(filter, &t)
            return t.participantRows.map(\.person.name)
        }
        #expect(shown("芯源") == ["李娜", "王芳", "张伟"])
        #expect(shown("天极") == ["刘志强", "孙宇航", "赵欣怡"])
        #expect(Set(shown("未回复")) == ["何振宇", "李娜", "王芳", "张伟"])
        #expect(shown("not replied") == shown("未回复"))
        #expect(shown("芯源 团员") == ["张伟"])
        #expect(Set(shown("未签到")) == ["何振宇", "李娜", "王芳", "张伟"])
        #expect(shown("not signed in") == shown("未签到"))
        #expect(shown("请假") == ["罗晓雯"])
        #expect(shown("declined") == ["孙宇航"])
        #expect(shown("列席") == ["王浩然"])
        #expect(shown("observer") == ["王浩然"])
        #expect(shown("天极 企业代表") == ["孙宇航"])
        #expect(shown("xxm") == ["徐晓敏"])
        #expect(shown("缺席").isEmpty)
    }
}
