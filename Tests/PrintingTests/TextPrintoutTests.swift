import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore
import Printing
import Testing
import TextCells

private var sample: Book { SampleBook.make() }
private let widths = [40, 41, 47, 52, 53, 54, 60, 66, 72, 80, 100, 120]

/// The sample with long texts in every place that wraps: a room wider than a line at 40 columns, Latin names and a
/// long Latin title, multi-line markdown-ish notes, a speaker's topic in English.
private var stretched: Book {
    var book = sample
    book.venues[0].rooms.append(Room(id: "r3", name: "中国移动通信集团广东有限公司南沙分公司第一会议室"))
    book.events[0].items[0].room = "r3"
    book.events[0].items[1].title = "Guided visit of the Xian Xinghai Memorial Hall and its gardens"
    book.events[0].items[2].roles[1].topic = "Industrial-chain party building: cluster effect, resilience, upgrading"
    book.events[0].items[3].notes = """
        Discussion and exchange among the industrial-chain units:

        - interaction of party-organisation work, resource sharing and complementary advantages
        - common development
          1. first the host, then each unit in turn
        第三段：党组织工作互动、资源共享、优势互补、共同发展
        """
    book.people[0].latin = "Cheng Zhipeng-Alexandrovich"
    return book
}

/// Every text printout of `book`'s first event at `width`.
private func printouts(_ book: Book, _ language: PrintLanguage, _ width: Int) -> [(String, String)] {
    let event = book.events[0]
    return [
        ("agenda", AgendaText(book: book, event: event, language: language, width: width).render()),
        ("people", PeopleText(book: book, event: event, language: language, width: width).render()),
        (
            "people by org",
            PeopleText(book: book, event: event, language: language, byOrganisation: true, width: width).render()
        ),
        (
            "people with contacts",
            PeopleText(book: book, event: event, language: language, withContacts: true, width: width).render()
        ),
        ("overview", OverviewText(book: book, language: language, width: width).render()),
        ("sign-in", SignInSheet(book: book, event: event, language: language, width: width).renderText()),
        (
            "sign-in with contacts",
            SignInSheet(book: book, event: event, language: language, withContacts: true, width: width).renderText()
        ),
    ]
}

private func lines(_ text: String) -> [String] { text.components(separatedBy: "\n") }

@Suite("Text printouts: widths, unbreakable pieces, notes, headings")
struct TextPrintoutTests {
    @Test("no line of any text printout is wider than asked", arguments: PrintLanguage.allCases)
    func nothingWiderThanAsked(language: PrintLanguage) {
        var book = stretched
        book.people[0].phone = "+86 138 0000 0000"
        book.people[0].email = "cheng.zhipeng@example.org"
        for width in widths {
            for (name, text) in printouts(book, language, width) + printouts(sample, language, width) {
                for line in lines(text) {
                    #expect(TextCells.width(of: line) <= width, "\(name) at \(width): \(line)")
                    #expect(cells(line) <= width, "\(name) at \(width), by the independent count: \(line)")
                    #expect(!line.hasSuffix(" "), "\(name) at \(width), no trailing spaces: \(line)")
                }
            }
        }
    }

    @Test(
        "with ambiguous characters counted as two cells, no line is wider than asked either",
        arguments: PrintLanguage.allCases)
    func nothingWiderWhenAmbiguousIsWide(language: PrintLanguage) {
        TextCells.$ambiguousWidth.withValue(.wide) {
            for width in widths {
                for (name, text) in printouts(stretched, language, width) + printouts(sample, language, width) {
                    for line in lines(text) {
                        #expect(TextCells.width(of: line) <= width, "\(name) at \(width), wide: \(line)")
                    }
                }
            }
        }
    }

    @Test("a speaker's minutes are never split across lines", arguments: PrintLanguage.allCases)
    func minutesStayWhole(language: PrintLanguage) {
        let minutes = language == .en ? ["(20 min)", "(30 min)"] : ["（20 分钟）", "（30 分钟）"]
        for book in [sample, stretched] {
            for width in widths {
                let text = AgendaText(book: book, event: book.events[0], language: language, width: width).render()
                for m in minutes {
                    #expect(lines(text).contains { $0.contains(m) }, "\(m) split at \(width):\n\(text)")
                }
            }
        }
    }

    @Test("Chinese printouts use Chinese punctuation")
    func chinesePunctuation() {
        let event = sample.events[0]
        let agenda = AgendaText(book: sample, event: event, language: .zh, width: 100).render()
        #expect(agenda.contains("推动产业链升级\n") && agenda.contains("（20 分钟）\n"), "moved whole, not split")
        #expect(agenda.contains("分析报告（30 分钟）\n"))
        #expect(agenda.contains("时间  09:00–12:00（Asia/Shanghai）"))
        #expect(!agenda.contains("(20 分钟)") && !agenda.contains(" (Asia"))
        let people = PeopleText(book: sample, event: event, language: .zh, byOrganisation: true, width: 100).render()
        #expect(people.contains("广州市科学技术协会（2，已确认 2）\n"))
        #expect(people.contains("领誓人·重温入党誓词，主持人·党建座谈会"))
        #expect(people.hasSuffix("\n合计：19\n"))
        let sheet = SignInSheet(book: sample, event: event, language: .zh).renderText()
        #expect(sheet.contains("\n广州市科学技术协会（2）\n"))
        let english = PeopleText(book: sample, event: event, language: .en, byOrganisation: true).render()
        #expect(english.contains("广州市科学技术协会 (2, confirmed 2)\n") && english.hasSuffix("\nTotal: 19\n"))
    }

    @Test(
        "a room's name is never split; one wider than the line wraps like any text", arguments: PrintLanguage.allCases)
    func roomsStayWhole(language: PrintLanguage) throws {
        for width in widths {
            let text = AgendaText(book: sample, event: sample.events[0], language: language, width: width).render()
            for room in ["[展厅]", "[会议室]"] {
                #expect(lines(text).contains { $0.contains(room) }, "\(room) split at \(width):\n\(text)")
            }
        }
        // 50 cells: wider than any line at 40 columns, so it wraps, between characters, inside the width.
        let book = stretched
        let room = "[" + (book.roomName(of: book.events[0].items[0], in: book.events[0]) ?? "") + "]"
        let text = AgendaText(book: book, event: book.events[0], language: language, width: 40).render()
        #expect(!lines(text).contains { $0.contains(room) })
        let joined = lines(text).map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        #expect(joined.contains(room), "every character of the room, in order")
        for line in lines(text) { #expect(cells(line) <= 40, "\(line)") }
        let wide = AgendaText(book: book, event: book.events[0], language: language, width: 120).render()
        #expect(lines(wide).contains { $0.contains(room) }, "whole where it fits")
    }

    @Test("people's names, parts and organisations are never split where they fit", arguments: PrintLanguage.allCases)
    func unitsStayWhole(language: PrintLanguage) {
        let labels = Labels(language)
        let event = sample.events[0]
        for width in widths {
            let agenda = AgendaText(book: sample, event: event, language: language, width: width).render()
            for name in ["陈思远 Chen Siyuan", "程智鹏 Cheng Zhipeng", "徐晓敏 Xu Xiaomin", "冯嘉欣 Feng Jiaxin"] {
                #expect(lines(agenda).contains { $0.contains(name) }, "\(name) at \(width)")
            }
            let people = PeopleText(book: sample, event: event, language: language, width: width).render()
            for part in [labels.part(.leader) + "·重温入党誓词", labels.part(.host) + "·互动交流"] {
                #expect(lines(people).contains { $0.contains(part) }, "\(part) at \(width):\n\(people)")
            }
            #expect(lines(agenda).contains { $0.contains("广州市科学技术协会") })
        }
    }

    @Test("the kind is not printed beside an identical title", arguments: widths)
    func noKindBesideItsTitle(width: Int) {
        var book = sample
        book.events[0].items[2].title = "Symposium"
        for language in PrintLanguage.allCases {
            let text = AgendaText(book: book, event: book.events[0], language: language, width: width).render()
            for doubled in ["互动交流  互动交流", "重温入党誓词  重温入党誓词", "Symposium  Symposium", "Symposium     Symposium"] {
                #expect(!text.contains(doubled), "\(language) \(width): \(doubled)")
            }
            if language == .zh {
                #expect(lines(text).contains { $0.contains("互动交流  [会议室]") }, "the title is printed, once")
            }
            #expect(lines(text).contains { $0.contains("Symposium") })
        }
        let english = AgendaText(book: sample, event: sample.events[0], language: .en, width: width).render()
        #expect(english.contains("Discussion"), "a different kind is printed")
        let chinese = AgendaText(book: sample, event: sample.events[0], language: .zh, width: width).render()
        #expect(chinese.contains("参观学习"), "a different kind is printed")
    }

    @Test("each item's notes are printed under it, wrapped, list items hanging", arguments: PrintLanguage.allCases)
    func notes(language: PrintLanguage) throws {
        let labels = Labels(language)
        let plain = AgendaText(book: sample, event: sample.events[0], language: language, width: 100).render()
        for item in sample.events[0].items {
            guard let notes = item.notes else { continue }
            #expect(lines(plain).contains { $0.contains(notes) }, "\(notes)")
        }
        let noteLines = lines(plain).filter { $0.contains(labels.notes) }
        #expect(noteLines.count == 3)

        let book = stretched
        let wide = AgendaText(book: book, event: book.events[0], language: language, width: 100).render()
        let all = lines(wide)
        let first = try #require(all.firstIndex { $0.contains("Discussion and exchange among the industrial-chain") })
        let column = try #require(columnStarts(all[first]).last)
        #expect(all[first].contains(labels.notes), "the label on the first line of the notes")
        let rest = Array(all[(first + 1)..<(all.count - 1)])  // the text ends with a line break
        let pad = String(repeating: " ", count: column)
        #expect(
            rest == [
                pad + "- interaction of party-organisation work, resource sharing and",
                pad + "  complementary advantages",
                pad + "- common development",
                pad + "  1. first the host, then each unit in turn",
                pad + "第三段：党组织工作互动、资源共享、优势互补、共同发展",
            ], "blank lines left out, a list item's lines under its text")

        let narrow = AgendaText(book: book, event: book.events[0], language: language, width: 40).render()
        #expect(narrow.contains("- common development"))
        for line in lines(narrow) { #expect(cells(line) <= 40, "\(line)") }
    }

    @Test("notes cannot move the cursor or start a new line by themselves")
    func notesAreSanitized() {
        let labels = Labels(.en)
        var book = sample
        book.events[0].items[0].notes = "one\u{1B}[2J\ttwo\r\nthree\rfour"
        let text = AgendaText(book: book, event: book.events[0], width: 80).render()
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(lines(text).contains { $0.hasSuffix(labels.notes + "         one\u{FFFD}[2J two") })
        #expect(lines(text).contains { $0.hasSuffix("three") } && lines(text).contains { $0.hasSuffix("four") })
    }

    @Test("the participant list is headed by the event: title, date, time, venue", arguments: PrintLanguage.allCases)
    func peopleHeading(language: PrintLanguage) throws {
        let labels = Labels(language)
        let event = sample.events[0]
        for byOrg in [false, true] {
            for width in [40, 80] {
                let text = PeopleText(
                    book: sample, event: event, language: language, byOrganisation: byOrg, width: width
                ).render()
                let head = lines(text).prefix { $0 != labels.people }
                #expect(head.first == "党建强堡垒 促发展 联建交流活动")
                #expect(head.contains { $0.hasPrefix(labels.date + "  ") && $0.contains("2023-06-16") })
                #expect(head.contains { $0.hasPrefix(labels.time + "  ") && $0.contains("09:00–12:00") })
                #expect(head.contains { $0.hasPrefix(labels.venue + "  ") && $0.contains("冼星海故乡纪念馆") })
                #expect(lines(text).contains(labels.people))
            }
        }
        var book = sample
        book.events[0].venue = nil
        book.events[0].participants = []
        let empty = PeopleText(book: book, event: book.events[0], language: language).render()
        #expect(empty.hasPrefix("党建强堡垒 促发展 联建交流活动\n"))
        #expect(!empty.contains(labels.venue) && empty.hasSuffix("\n\(labels.people)\n  \(labels.noPeople)\n"))
    }

    @Test("at narrow widths each participant is a card: the other cells on one line, the parts on the next")
    func peopleCards() {
        let text = PeopleText(book: sample, event: sample.events[0], language: .zh, width: 40).render()
        #expect(
            text.contains(
                """
                  姓名    单位，身份，回复
                          分工
                  程智鹏  广州市科协，中共党员，已确认
                          发言人·党建座谈会
                  林海青  广州市科协，中共党员，已确认

                """))
        let english = PeopleText(book: sample, event: sample.events[0], language: .en, width: 80).render()
        #expect(english.contains("  Name    Organisation      Status          RSVP       Parts\n"), "a table at 80")
    }

    @Test("the overview folds each organisation's counts under its name when they do not fit beside it")
    func overviewNarrow() {
        let wide = OverviewText(book: sample, language: .en, width: 100).render()
        #expect(wide.contains("    Organisations                   ∑  confirmed  invited  declined\n"))
        #expect(wide.contains("    天极电子          Participant   3  2          0        1\n"))
        let narrow = OverviewText(book: sample, language: .en, width: 60).render()
        #expect(narrow.contains("    天极电子          Participant\n      ∑ 3  confirmed 2  invited 0  declined 1\n"))
        let chinese = OverviewText(book: sample, language: .zh, width: 40).render()
        #expect(chinese.contains("    天极电子          参加单位\n      ∑ 3  已确认 2  已邀请 0  已谢绝 1\n"))
    }

    @Test("the sign-in sheet puts the line to sign on under the name when the columns leave it too little room")
    func signInNarrow() {
        let wide = SignInSheet(book: sample, event: sample.events[0], language: .zh, width: 80).renderText()
        #expect(
            wide.contains(
                """
                  序号  姓名                  单位        职务        政治面貌  签名
                  1     程智鹏 Cheng Zhipeng  广州市科协  党委书记    中共党员  ________________
                  2     林海青 Lin Haiqing    广州市科协  组织部干事  中共党员  ________________
                  3     ____________________  __________  __________  ________  ________________

                """))
        let narrow = SignInSheet(book: sample, event: sample.events[0], language: .zh, width: 40).renderText()
        #expect(
            narrow.contains(
                """
                  序号  姓名                  单位
                                              职务
                                              政治面貌
                        签名
                  1     程智鹏 Cheng Zhipeng  广州市科协
                                              党委书记
                                              中共党员
                        ______________________________

                """))
        #expect(
            narrow.contains("  3     ____________________\n        ______________________________\n"),
            "a walk-in's row: a name to write, a line to sign on")
        let english = SignInSheet(book: sample, event: sample.events[0], language: .en, width: 40).renderText()
        #expect(
            english.contains("  2    黄雅琪 Huang Yaqi\n       电子信息行业协会  秘书处干事\n       probationary\n       ____"),
            "folds under the name")
    }
}
