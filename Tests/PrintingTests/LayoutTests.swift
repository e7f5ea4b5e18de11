import ConveneTestSupport
import Foundation
import Phrasebook
import PlanFile
import PlannerCore
import Printing
import Testing

private var sample: Book { SampleBook.make() }
private var event: Event { SampleBook.make().events[0] }

/// The lines from the one equal to `heading` (exclusive) to the next blank line.
private func section(_ text: String, after heading: String) -> [String] {
    let lines = text.components(separatedBy: "\n")
    guard let i = lines.firstIndex(of: heading) else { return [] }
    return Array(lines[(i + 1)...].prefix { !$0.isEmpty })
}

@Suite("Layout of the printouts in terminal cells")
struct LayoutTests {
    @Test("the local cell count agrees on the characters the printouts use")
    func cellCount() {
        #expect(cells("徐晓敏") == 6)
        #expect(cells("Xu Xiaomin") == 10)
        #expect(cells("，；。、（）") == 12)
        #expect(cells("“—·–═") == 5)
    }

    @Test("every line of the agenda fits the width", arguments: [PrintLanguage.en, .zh], [40, 60, 80])
    func agendaFits(language: PrintLanguage, width: Int) {
        let text = AgendaText(book: sample, event: event, language: language, width: width).render()
        for line in text.components(separatedBy: "\n") {
            #expect(cells(line) <= width, "\(cells(line)) cells: \(line)")
            #expect(!line.hasSuffix(" "), "no trailing spaces: \(line)")
        }
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
    }

    @Test("agenda columns start at the same cell on every line", arguments: [PrintLanguage.en, .zh], [60, 80, 100])
    func agendaAligned(language: PrintLanguage, width: Int) throws {
        let labels = Labels(language)
        let text = AgendaText(book: sample, event: event, language: language, width: width).render()
        let agenda = section(text, after: labels.agenda)
        #expect(agenda.count >= 14)
        // "09:00–09:20" is 11 cells; the kind/part column is as wide as its widest label: 12 cells in English
        // ("Oath leader", "Guided visit"), 8 in Chinese ("参观学习", "发言人 1"; "重温入党誓词" is not printed beside
        // the identical title).
        let last = language == .en ? 29 : 25
        let second = try #require(agenda.dropFirst().first)
        #expect(columnStarts(second).prefix(2) == [15, last], "\(second)")
        for line in agenda {
            let starts = columnStarts(line)
            #expect(Set(starts.filter { $0 < last }).isSubset(of: [2, 15]), "\(starts) \(line)")
            #expect(starts.contains(last), "the text column starts at cell \(last): \(line)")
        }
        let orgs = section(text, after: labels.organisations)
        #expect(orgs.count == 7)
        let orgColumn = columnStarts(orgs[0])
        for line in orgs { #expect(columnStarts(line) == orgColumn, "\(line)") }
        let head = text.components(separatedBy: "\n")[3...5]
        let firstFact = try #require(head.first)
        for line in head { #expect(columnStarts(line).prefix(2) == columnStarts(firstFact).prefix(2), "\(line)") }
    }

    @Test(
        "participant tables: every cell starts under its heading", arguments: [PrintLanguage.en, .zh], [false, true])
    func peopleAligned(language: PrintLanguage, byOrg: Bool) {
        let labels = Labels(language)
        let text = PeopleText(book: sample, event: event, language: language, byOrganisation: byOrg, width: 80).render()
        var header: [Int] = []
        var tables = 0
        for line in text.components(separatedBy: "\n") where !line.isEmpty {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix(labels.name + " ") {
                header = columnStarts(line)
                tables += 1
                continue
            }
            if header.isEmpty || line.hasPrefix(labels.total)
                || !line.hasPrefix(String(repeating: " ", count: header[0]))
            {
                continue
            }
            if columnStarts(line).isEmpty || (byOrg && !line.hasPrefix("  ")) { continue }
            #expect(Set(columnStarts(line)).isSubset(of: Set(header)), "\(columnStarts(line)) vs \(header): \(line)")
            #expect(cells(line) <= 80, "\(line)")
        }
        #expect(tables == (byOrg ? 7 : 1))
    }

    @Test("an event with no agenda says so, and a missing venue is left out")
    func emptyAgenda() throws {
        var book = Book(organisations: [], people: [], venues: [], events: [])
        book = try book.applying(
            .addEvent(
                Event(
                    id: "e1", title: "Planning", date: CivilDate("2023-06-16")!,
                    start: ClockTime("09:00")!, end: ClockTime("10:00")!)))
        let en = AgendaText(book: book, event: book.events[0], language: .en).render()
        #expect(
            en == """
                Planning
                ════════════════════
                Date  2023-06-16 Friday
                Time  09:00–10:00 (Asia/Shanghai)

                Agenda
                  (no agenda items yet)

                """)
        #expect(AgendaText(book: book, event: book.events[0], language: .zh).render().contains("  （尚无议程）\n"))
        #expect(
            PeopleText(book: book, event: book.events[0], language: .zh).render() == """
                Planning
                ════════════════════
                日期  2023-06-16 星期五
                时间  09:00–10:00（Asia/Shanghai）

                参加人员
                  （尚无参加人员）

                """)
    }

    @Test("control characters in names are not printed to the terminal")
    func sanitised() throws {
        var book = sample
        book.events[0].items[0].title = "重温\u{1B}[2J入党誓词"
        book.people[3].name = "陈思远\u{7}"
        let text = AgendaText(book: book, event: book.events[0]).render()
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!text.contains("\u{1B}"))
        let people = PeopleText(book: book, event: book.events[0]).render()
        #expect(!people.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test("the agenda JSON gives local ISO 8601 times, with 24:00 as midnight of the next day")
    func agendaJSONTimes() throws {
        var book = sample
        book.events[0].end = ClockTime("24:00")!
        book = try book.applying(
            .addItem(
                event: "e1",
                item: AgendaItem(id: "i9", kind: .other, title: "夜谈", start: ClockTime("23:30")!, minutes: 30)))
        let data = Data(try AgendaJSON(book: book, event: book.events[0]).render().utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let head = try #require(root["event"] as? [String: Any])
        #expect(head["end"] as? String == "2023-06-17T00:00:00+08:00")
        let items = try #require(root["items"] as? [[String: Any]])
        #expect(items.last?["start"] as? String == "2023-06-16T23:30:00+08:00")
        #expect(items.last?["end"] as? String == "2023-06-17T00:00:00+08:00")
        #expect((items.last?["people"] as? [Any])?.isEmpty == true)
    }

    @Test("CSV fields are quoted when needed and formulas are neutralised")
    func csvFields() throws {
        var book = sample
        book.people[0].name = "=HYPERLINK(\"x\")"
        book.people[1].title = "主任, \"副\"书记"
        book.people[1].latin = "-Lin"
        let csv = PeopleCSV(book: book, event: book.events[0]).render()
        let lines = csv.components(separatedBy: "\r\n")
        #expect(
            lines.first == "name,latin,organisation,politics,title,capacity,rsvp,leave,leave note,"
                + "approved by,attendance,signed in at,parts")
        #expect(lines.last == "", "every record ends with CRLF")
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""))
        #expect(csv.contains(",'-Lin,"))
        #expect(csv.contains(",\"主任, \"\"副\"\"书记\","))
        let withContacts = PeopleCSV(book: sample, event: sample.events[0], withContacts: true).render()
        #expect(
            withContacts.hasPrefix(
                "name,latin,organisation,politics,title,capacity,rsvp,leave,leave note,"
                    + "approved by,attendance,signed in at,parts,phone,email\r\n"))
    }

    @Test("contacts are printed only when asked for")
    func contacts() throws {
        var book = sample
        book.people[0].phone = "13800000000"
        book.people[0].email = "cheng@example.org"
        let plain = try PeopleJSON(book: book, event: book.events[0]).render()
        #expect(!plain.contains("13800000000") && !plain.contains("cheng@example.org"))
        let with = try PeopleJSON(book: book, event: book.events[0], withContacts: true).render()
        #expect(with.contains("\"phone\" : \"13800000000\"") && with.contains("\"email\" : \"cheng@example.org\""))
        #expect(!PeopleText(book: book, event: book.events[0]).render().contains("13800000000"))
        #expect(
            PeopleText(book: book, event: book.events[0], withContacts: true, width: 120).render().contains(
                "13800000000"))
    }

    @Test("the print language comes from LC_ALL, then LC_MESSAGES, then LANG")
    func language() {
        #expect((Language.fromLocale([:]) ?? .en) == .en)
        #expect((Language.fromLocale(["LANG": "zh_CN.UTF-8"]) ?? .en) == .zh)
        #expect((Language.fromLocale(["LANG": "C.UTF-8"]) ?? .en) == .en)
        #expect((Language.fromLocale(["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"]) ?? .en) == .en)
        #expect((Language.fromLocale(["LC_ALL": "", "LC_MESSAGES": "zh_TW.UTF-8", "LANG": "en"]) ?? .en) == .zh)
    }

    @Test("weekday names in both languages")
    func weekdays() {
        #expect(Labels(.en).weekday(5) == "Friday")
        #expect(Labels(.zh).weekday(5) == "星期五")
        #expect(Labels(.zh).weekday(7) == "星期日")
    }
}
