import Foundation
import PlanFile
import PlannerCore
import Printing
import Testing

private var sample: Book { SampleBook.make() }

/// The sample with its participants replaced (attendance as given).
private func sample(participants: [Participant]) -> Book {
    var book = SampleBook.make()
    book.events[0].participants = participants
    return book
}

/// The sample before the event: replies and leave as planned, nobody signed in yet.
private var beforeTheEvent: Book {
    var book = SampleBook.make()
    for i in book.events[0].participants.indices { book.events[0].participants[i].attendance = .notYet }
    return book
}

@Suite("The documents after the day: attendance, meeting record and brief at the edges")
struct DocumentTests {
    @Test("no participants: every count 0, the rate — (never NaN), no names, in both languages")
    func noParticipants() throws {
        let book = sample(participants: [])
        let event = book.events[0]
        let en = AttendanceText(book: book, event: event, language: .en).render()
        #expect(en.contains("  Total                    0        0        0                  0     —\n"))
        #expect(!en.contains("NaN") && !en.contains("nan"))
        #expect(en.contains("People on leave\n  (none)\n") && en.contains("People not signed in yet\n  (none)\n"))
        let zh = AttendanceText(book: book, event: event, language: .zh).render()
        #expect(zh.contains("  合计                 0     0     0       0       —\n"))
        let json = try AttendanceJSON(book: book, event: event).render()
        #expect(json.contains("\"rate\" : null") && !json.contains("NaN"))
        let record = MeetingRecord(book: book, event: event, language: .zh).renderText()
        #expect(record.contains("出席情况  应到 0 · 实到 0 · 请假 0 · 未签到 0\n"))
        #expect(record.contains("请假      （无）\n未签到    （无）\n列席      （无）\n"))
        let brief = ActivityBrief(book: book, event: event, language: .en).renderText()
        #expect(brief.contains("brought together 0 people at 冼星海故乡纪念馆"), "no empty list of kinds")
    }

    @Test("everyone declined: nobody expected, the rate — in every organisation and in total")
    func everyoneDeclined() throws {
        var book = SampleBook.make()
        for i in book.events[0].participants.indices {
            book.events[0].participants[i].rsvp = .declined
            book.events[0].participants[i].attendance = .notYet
        }
        let event = book.events[0]
        let report = AttendanceReport(book: book, event: event)
        #expect(report.groups.allSatisfy { $0.turnout.expected == 0 && $0.turnout.rateText == "—" })
        let csv = AttendanceCSV(book: book, event: event, language: .zh).render()
        #expect(csv.contains("\r\n合计,0,0,0,0,—,,\r\n"))
        let sheet = SignInSheet(book: book, event: event, language: .en, blankRows: 0).renderText()
        #expect(sheet.contains("(no participants yet)"), "who declined is not on the sheet")
    }

    @Test("before the event the absent count reads 'not signed in yet', and the JSON says so")
    func beforeTheDay() throws {
        let book = beforeTheEvent
        let event = book.events[0]
        let en = AttendanceText(book: book, event: event, language: .en).render()
        #expect(en.contains("Organisation      Expected  Present  Excused  Not signed in yet  Rate\n"))
        #expect(en.contains("People not signed in yet\n") && !en.contains("People absent"))
        let zh = AttendanceMarkdown(book: book, event: event, language: .zh).render()
        #expect(zh.contains("| 单位 | 应到 | 实到 | 请假 | 未签到 | 出席率 |"))
        #expect(zh.contains("## 未签到人员"))
        #expect(zh.contains("| **合计** | 18 | 0 | 1 | 17 | 0% |"))
        let json = try AttendanceJSON(book: book, event: event).render()
        #expect(json.contains("\"attendanceRecorded\" : false"))
        let brief = ActivityBrief(book: book, event: event, language: .zh).renderText()
        #expect(brief.contains("共18人"), "before the day the brief counts who is expected")
    }

    @Test("an invited organisation with nobody expected: its rate is —, the total's a percentage")
    func organisationWithNobody() {
        var book = SampleBook.make()
        book.events[0].participants.removeAll { $0.person == "p19" }
        let text = AttendanceText(book: book, event: book.events[0], language: .en).render()
        #expect(text.contains("  星海纪念馆               0        0        0       0      —\n"))
        #expect(text.contains("  Total                   17       15        1       1  88.2%\n"))
    }

    @Test("the brief of the sample names every organisation, the oath leader, the narrator, both speakers and topics")
    func sampleBrief() {
        let event = sample.events[0]
        let zh = ActivityBrief(book: sample, event: event, language: .zh)
        let text = zh.paragraphs.joined()
        for org in sample.organisations { #expect(text.contains(org.name), "\(org.name)") }
        #expect(text.contains("陈思远带领全体党员、预备党员重温入党誓词"))
        #expect(text.contains("聆听讲解员冯嘉欣的讲解"))
        #expect(text.contains("程智鹏作题为“发挥产业链集群效应，增强产业链韧性，推动产业链升级”的发言"))
        #expect(text.contains("徐晓敏作题为“广东省电子信息制造业发展现状分析报告”的发言"))
        #expect(text.contains("党员9名、预备党员4名、企业代表1名、列席人员1名、嘉宾1名共16人"))
        #expect((300...600).contains(text.count), "\(text.count) characters")
        let en = ActivityBrief(book: sample, event: event, language: .en).paragraphs.joined(separator: " ")
        #expect(en.contains("On 16 June 2023, under the guidance of 广州市科学技术协会, 广东省电子信息行业协会党支部, together with"))
        #expect(
            en.contains(
                "16 people (9 party members, 4 probationary members, 1 enterprise representative, 1 observer, 1 guest)")
        )
        #expect(en.contains("陈思远 Chen Siyuan led all party members and probationary members in 重温入党誓词."))
        #expect(en.contains("guided by the narrator 冯嘉欣 Feng Jiaxin"))
        #expect(en.contains("徐晓敏 Xu Xiaomin (党支部书记, 电子信息行业协会) spoke on “广东省电子信息制造业发展现状分析报告”"))
    }

    @Test("every html page prints the event's title, date and page number in its margins, in its language")
    func runningHeader() {
        let event = sample.events[0]
        let zh = MeetingRecord(book: sample, event: event, language: .zh).renderHTML()
        #expect(zh.contains("@top-left { content: \"党建强堡垒 促发展 联建交流活动\";"))
        #expect(zh.contains("@top-right { content: \"2023-06-16 星期五\";"))
        #expect(zh.contains("@bottom-center { content: \"第 \" counter(page) \" 页，共 \" counter(pages) \" 页\";"))
        let en = AgendaHTML(book: sample, event: event, language: .en).render()
        #expect(en.contains("@bottom-center { content: \"Page \" counter(page) \" of \" counter(pages) \"\";"))
    }

    @Test("a title cannot close the style element or the CSS string it is printed in")
    func hostileTitleInMargins() {
        var book = SampleBook.make()
        book.events[0].title = "a\"b\\c</style><script>x</script>\u{1B}[2J\n\u{202E}"
        let page = ActivityBrief(book: book, event: book.events[0]).renderHTML()
        let style = page[page.range(of: "<style>")!.upperBound..<page.range(of: "</style>")!.lowerBound]
        #expect(!style.contains("<") && !style.contains(">"))
        #expect(style.contains(#"@top-left { content: "a\"b\\c\3C /style\3E \3C script\3E x\3C /script\3E [2J "#))
        #expect(page.components(separatedBy: "</style>").count == 2)
    }
}
