import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore
import Printing
import Testing

private var sample: Book { SampleBook.make() }

/// The physical lines of an iCalendar text (split at CRLF, the last empty piece dropped).
func icsLines(_ text: String) -> [String] {
    var lines = text.components(separatedBy: "\r\n")
    if lines.last == "" { lines.removeLast() }
    return lines
}

@Suite("Escaping and folding of data in markdown, html and ics")
struct EscapingTests {
    @Test("ICS TEXT escaping of backslash, semicolon, comma and line breaks; controls dropped")
    func icsEscape() {
        #expect(ICSText.escape(#"a\b;c,d"#) == #"a\\b\;c\,d"#)
        #expect(ICSText.escape("一\n二\r\n三\r四") == #"一\n二\n三\n四"#)
        #expect(ICSText.escape("重温\u{1B}[2J誓词\u{7}\u{202E}\t完") == "重温[2J誓词 完")
        #expect(ICSText.escape("冒号:不转义") == "冒号:不转义")
    }

    @Test("folding: at most 75 octets a line, never inside a UTF-8 sequence, continuation lines start with one space")
    func icsFold() {
        let short = String(repeating: "a", count: 75)
        #expect(ICSText.fold(short) == [short])
        #expect(ICSText.fold(short + "b") == [short, " b"])
        // 24 three-octet characters are 72 octets; the 25th would make 76, so it starts the next line.
        let han = "DES" + String(repeating: "汉", count: 25)
        let folded = ICSText.fold(han)
        #expect(folded.map(\.utf8.count) == [75, 4])
        #expect(folded[1] == " 汉")
        let emoji = String(repeating: "x", count: 73) + "🎉🎉"
        #expect(
            ICSText.fold(emoji).map(\.utf8.count) == [73, 9], "a four-octet emoji does not fit in the last two octets")
    }

    @Test("a long Chinese description folds into lines of at most 75 octets and unfolds to the original")
    func longChineseDescription() throws {
        var book = sample
        let topic = String(repeating: "推动产业链升级，增强“红色动能”；", count: 12) + "🎉 end\\of, text"
        book.events[0].items[2].roles[1].topic = topic
        let ics = try AgendaICS(book: book, event: book.events[0], stamp: Date(timeIntervalSince1970: 0)).render()
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "only CRLF line ends")
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        var folds = 0
        for line in icsLines(ics) {
            #expect(line.utf8.count <= 75, "\(line.utf8.count) octets: \(line)")
            if line.hasPrefix(" ") { folds += 1 }
        }
        #expect(folds >= 10)
        // Split the raw bytes at CRLF: every physical line is valid UTF-8 on its own.
        let bytes = Array(ics.utf8)
        var start = 0
        for i in bytes.indices where i > 0 && bytes[i - 1] == 0x0D && bytes[i] == 0x0A {
            #expect(
                String(validating: bytes[start..<(i - 1)], as: UTF8.self) != nil,
                "line at octet \(start) is valid UTF-8")
            start = i + 1
        }
        let unfolded = icsLines(ICSText.unfold(ics))
        let description = try #require(unfolded.first { $0.hasPrefix("DESCRIPTION:") && $0.contains("红色动能") })
        #expect(description.contains(ICSText.escape(topic)))
        #expect(description.contains(#"🎉 end\\of\, text"#))
    }

    @Test("the VTIMEZONE of a zone with daylight saving time has the year's transitions")
    func daylightSavingZone() throws {
        var book = sample
        book.events[0].tz = "Europe/Berlin"
        let ics = try AgendaICS(book: book, event: book.events[0], stamp: Date(timeIntervalSince1970: 0)).render()
        let lines = icsLines(ics)
        let zone = Array(lines[lines.firstIndex(of: "BEGIN:VTIMEZONE")!...lines.firstIndex(of: "END:VTIMEZONE")!])
        #expect(zone.contains("TZID:Europe/Berlin"))
        func component(_ start: String) -> [String] {
            guard let i = zone.firstIndex(of: start) else { return [] }
            return Array(zone[i...].prefix { !$0.hasPrefix("END:") })
        }
        #expect(zone.filter { $0 == "BEGIN:DAYLIGHT" }.count == 1)
        #expect(
            zone.filter { $0 == "BEGIN:STANDARD" }.count == 2, "the rule in force on 1 January and the one from October"
        )
        #expect(component("BEGIN:DAYLIGHT").contains("DTSTART:20230326T020000"))
        #expect(component("BEGIN:DAYLIGHT").contains("TZOFFSETFROM:+0100"))
        #expect(component("BEGIN:DAYLIGHT").contains("TZOFFSETTO:+0200"))
        #expect(zone.contains("DTSTART:20231029T030000"))
        #expect(zone.contains("DTSTART:20221030T030000"))
        #expect(lines.contains("DTSTART;TZID=Europe/Berlin:20230616T090000"))
    }

    @Test("DTSTAMP comes from SOURCE_DATE_EPOCH; an item ending at 24:00 ends at midnight of the next day")
    func stampAndMidnight() throws {
        #expect(
            AgendaICS.stamp(environment: ["SOURCE_DATE_EPOCH": "1686873600"])
                == Date(timeIntervalSince1970: 1_686_873_600))
        #expect(abs(AgendaICS.stamp(environment: [:]).timeIntervalSinceNow) < 60)
        var book = sample
        book.events[0].end = ClockTime("24:00")!
        book = try book.applying(
            .addItem(
                event: "e1",
                item: AgendaItem(id: "i9", kind: .other, title: "夜谈", start: ClockTime("23:30")!, minutes: 30)))
        let lines = icsLines(
            try AgendaICS(book: book, event: book.events[0], stamp: Date(timeIntervalSince1970: 1_686_873_600)).render()
        )
        #expect(lines.contains("UID:e1-i9.\(SampleBook.sampleIdentity)@convene"))
        #expect(lines.contains("DTSTART;TZID=Asia/Shanghai:20230616T233000"))
        #expect(lines.contains("DTEND;TZID=Asia/Shanghai:20230617T000000"))
        #expect(lines.filter { $0 == "DTSTAMP:20230616T000000Z" }.count == 5)
    }

    @Test("HTML escapes & < > \" ' and drops control and bidi-override characters")
    func htmlEscape() {
        #expect(
            HTMLText.escape(#"<script>alert("x&y")</script>'"#)
                == "&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;&#39;")
        #expect(HTMLText.escape("陈\u{1B}[31m思远\u{202E}cba\u{2066}\u{7F}\u{85}") == "陈[31m思远cba")
        #expect(HTMLText.escape("一\r\n二\t三") == "一 二 三")
    }

    @Test("names with <script>, ESC and bidi overrides print inert in every HTML page")
    func hostileNamesInHTML() throws {
        var book = sample
        book.people[3].name = "<script>alert('陈')</script>\u{1B}[2J\u{202E}"
        book.events[0].items[0].title = "重温\"入党\"誓词 & <b>"
        book.organisations[0].name = "科协\u{2067}</td>"
        let event = book.events[0]
        let pages = [
            AgendaHTML(book: book, event: event).render(),
            PeopleHTML(book: book, event: event, byOrganisation: true).render(),
            PeopleHTML(book: book, event: event).render(),
            SignInSheet(book: book, event: event, language: .zh).renderHTML(),
            MeetingRecord(book: book, event: event).renderHTML(),
            ActivityBrief(book: book, event: event).renderHTML(),
        ]
        for page in pages {
            #expect(!page.contains("<script>") && !page.contains("</td>\u{2067}"))
            #expect(page.contains("&lt;script&gt;alert(&#39;陈&#39;)&lt;/script&gt;[2J"))
            #expect(
                !page.unicodeScalars.contains {
                    ($0.value < 0x20 && $0 != "\n") || (0x202A...0x202E).contains($0.value)
                        || (0x2066...0x2069).contains($0.value)
                })
            #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\""))
            #expect(
                page.contains("<meta charset=\"utf-8\">") && page.contains("@page { size: A4; margin: 18mm 15mm 16mm;"))
            #expect(
                page.contains(
                    "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif"))
            #expect(
                !page.contains("http://") && !page.contains("https://") && !page.contains("<link")
                    && !page.contains("src="),
                "no external resources")
        }
        #expect(pages[0].contains("重温&quot;入党&quot;誓词 &amp; &lt;b&gt;"))
        #expect(pages[3].hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(pages[3].components(separatedBy: "<section class=\"sheet\">").count == 8, "one page per organisation")
    }

    @Test("Markdown escapes pipes and specials in data, so tables keep their columns")
    func markdownEscape() {
        #expect(
            MarkdownText.escape("a|b *c* _d_ [e](f) <g> `h` #i ~j~ \\k &l")
                == ##"a\|b \*c\* \_d\_ \[e\](f) \<g\> \`h\` \#i \~j\~ \\k \&l"##)
        #expect(MarkdownText.escape("一\n二") == "一 二")
        var book = sample
        book.events[0].items[0].title = "重温|入党*誓词*"
        book.venues[0].rooms[0].name = "展厅|A"
        let md = AgendaMarkdown(book: book, event: book.events[0]).render()
        let row = md.components(separatedBy: "\n").first { $0.hasPrefix("| 09:00–09:20") }
        #expect(row == #"| 09:00–09:20 | Oath review | 重温\|入党\*誓词\* | 展厅\|A |"#)
        #expect(md.contains(#"### 09:00–09:20 重温\|入党\*誓词\*"#))
    }

    @Test("phone and email are printed only with contacts, in every format")
    func contactsOnlyWhenAsked() throws {
        var book = sample
        book.people[0].phone = "13800000000"
        book.people[0].email = "cheng@example.org"
        let event = book.events[0]
        let without = [
            PeopleMarkdown(book: book, event: event).render(),
            PeopleMarkdown(book: book, event: event, byOrganisation: true).render(),
            PeopleHTML(book: book, event: event).render(),
            PeopleHTML(book: book, event: event, byOrganisation: true).render(),
            SignInSheet(book: book, event: event).renderText(), SignInSheet(book: book, event: event).renderHTML(),
            PeopleText(book: book, event: event, width: 200).render(), PeopleCSV(book: book, event: event).render(),
            try PeopleJSON(book: book, event: event).render(),
            AgendaText(book: book, event: event).render(), AgendaMarkdown(book: book, event: event).render(),
            AgendaHTML(book: book, event: event).render(), try AgendaJSON(book: book, event: event).render(),
            try AgendaICS(book: book, event: event, stamp: Date()).render(), try RosterJSON(book: book).render(),
        ]
        for text in without { #expect(!text.contains("13800000000") && !text.contains("cheng@example.org")) }
        let with = [
            PeopleMarkdown(book: book, event: event, withContacts: true).render(),
            PeopleHTML(book: book, event: event, byOrganisation: true, withContacts: true).render(),
            PeopleText(book: book, event: event, language: .zh, withContacts: true, width: 200).render(),
        ]
        for text in with { #expect(text.contains("13800000000") && text.contains("cheng@example.org")) }
        #expect(with[2].contains("电话") && with[2].contains("邮箱"))
        #expect(SignInSheet(book: book, event: event, withContacts: true).renderText().contains("13800000000"))
        #expect(SignInSheet(book: book, event: event, withContacts: true).renderHTML().contains("<td>13800000000</td>"))
    }

    @Test(
        "the sign-in sheet leaves out who declined and fits the width", arguments: [PrintLanguage.en, .zh], [60, 80])
    func signInSheet(language: PrintLanguage, width: Int) {
        let text = SignInSheet(book: sample, event: sample.events[0], language: language, blankRows: 0, width: width)
            .renderText()
        #expect(!text.contains("孙宇航"), "declined")
        #expect(text.contains("何振宇"), "invited, not yet confirmed: may still come")
        #expect(text.components(separatedBy: "\n").filter { $0.hasSuffix("__________") }.count == 18)
        for line in text.components(separatedBy: "\n") {
            #expect(cells(line) <= width, "\(cells(line)) cells: \(line)")
        }
    }
}
