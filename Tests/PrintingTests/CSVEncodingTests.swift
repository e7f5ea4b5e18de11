import Foundation
import PlanFile
import PlannerCore
import Printing
import Testing
import TextCells

/// The sample with names no code page but GB18030 and Unicode hold (𠮷, a supplementary-plane hanzi; José), and
/// fields a CSV must quote or guard (a comma, a quote, a formula).
private var awkward: Book {
    var book = SampleBook.make()
    book.people[0].name = "𠮷野·José"
    book.people[1].title = "主任, \"副\"书记"
    book.people[2].title = "=SUM(A1)"
    book.people[0].phone = "+86 138 0000 0001"
    return book
}

/// The importer's name of the bytes a printout encoding writes.
private func rosterEncoding(_ encoding: CSVEncoding) -> RosterEncoding {
    encoding == .gb18030 ? .gb18030 : .utf8
}

private let cases: [(CSVEncoding, PrintLanguage)] = CSVEncoding.allCases.flatMap { e in [(e, .en), (e, .zh)] }

@Suite("CSV printouts in each encoding")
struct CSVEncodingTests {
    @Test("the participant list in each encoding decodes back to the same rows", arguments: cases)
    func peopleRows(_ encoding: CSVEncoding, _ language: PrintLanguage) throws {
        let book = awkward
        let text = PeopleCSV(book: book, event: book.events[0], language: language, withContacts: true).render()
        let data = try encoding.data(text)
        for reading in [rosterEncoding(encoding), .auto] {
            let decoded = RosterCSV.decode(data, encoding: reading)
            #expect(decoded.badLines.isEmpty)
            #expect(decoded.encoding == rosterEncoding(encoding), "read as \(reading)")
            #expect(
                RosterCSV.records(decoded.text).records.map(\.fields) == RosterCSV.records(text).records.map(\.fields))
        }
        #expect(RosterCSV.records(text).records.count == book.events[0].participants.count + 1)
    }

    @Test("the attendance in each encoding decodes back to the same rows", arguments: cases)
    func attendanceRows(_ encoding: CSVEncoding, _ language: PrintLanguage) throws {
        let book = awkward
        let text = AttendanceCSV(book: book, event: book.events[0], language: language).render()
        let decoded = RosterCSV.decode(try encoding.data(text), encoding: rosterEncoding(encoding))
        #expect(decoded.badLines.isEmpty)
        #expect(RosterCSV.records(decoded.text).records.map(\.fields) == RosterCSV.records(text).records.map(\.fields))
    }

    @Test("utf-8-bom starts with the byte order mark Excel needs; utf-8 has none; gb18030 is Excel's own bytes")
    func bytes() throws {
        let text = "姓名,单位\r\n𠮷,x\r\n"
        #expect(try CSVEncoding.utf8BOM.data(text) == Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8))
        #expect(try CSVEncoding.utf8.data(text) == Data(text.utf8))
        let gb = try CSVEncoding.gb18030.data(text)
        #expect(Array(gb.prefix(4)) == [0xD0, 0xD5, 0xC3, 0xFB], "姓名 in GB2312/GBK/GB18030")
        #expect(try gb == gb18030(text), "the same bytes as the test's own iconv")
        #expect(CSVEncoding.standard == .utf8BOM)
    }

    @Test("the participant list imports back the same people in each encoding and language", arguments: cases)
    func importBack(_ encoding: CSVEncoding, _ language: PrintLanguage) throws {
        let book = awkward
        let event = book.events[0]
        let data = try encoding.data(
            PeopleCSV(book: book, event: event, language: language, withContacts: true).render())
        let target = Book(organisations: book.organisations)
        guard case .success(let plan) = RosterImport(book: target).plan(data) else {
            Issue.record("the export did not import")
            return
        }
        func fields(_ p: Person) -> [String] {
            [
                p.name, p.latin ?? "", p.org, p.politics.rawValue, p.stage?.rawValue ?? "", p.title ?? "",
                p.phone ?? "", p.email ?? "",
            ]
        }
        let participants = event.participants.compactMap { book.person($0.person) }
        #expect(Set(plan.added.map { fields($0.person(id: "")) }) == Set(participants.map(fields)))
        #expect(plan.added.count == participants.count)
    }

    @Test("in Chinese the headers and values are a Chinese roster's words")
    func chinese() throws {
        let book = SampleBook.make()
        let lines = PeopleCSV(book: book, event: book.events[0], language: .zh).render().components(separatedBy: "\r\n")
        #expect(lines[0] == "姓名,拼音,单位,政治面貌,职务,参会身份,回复,请假事由,请假备注,批准人,签到情况,签到时间,承担任务")
        #expect(lines.contains("王浩然,Wang Haoran,广东出版集团数字出版有限公司,群众（入党积极分子）,产品经理,列席,已确认,,,,已签到,08:57,"))
        #expect(
            lines.contains {
                $0.hasPrefix("罗晓雯,Luo Xiaowen,中国移动通信集团广东有限公司南沙分公司,中共党员,客户经理,参加,已确认,因公,外出参加客户会议（虚构）,梁永康,,")
            })
        let english = PeopleCSV(book: book, event: book.events[0], language: .en).render()
        #expect(english.contains(",masses (activist),产品经理,observer,confirmed,,,,signed-in,08:57,"))
    }
}
