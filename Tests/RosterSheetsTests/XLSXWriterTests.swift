import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore
import Printing
import RosterSheets
import Testing

/// The sample with a phone number Excel would turn into 1.38E+10 (and lose the leading 0 of) were it a number.
private var book: Book {
    var book = SampleBook.make()
    book.people[0].phone = "013800000001"
    book.people[0].title = "=SUM(A1) <&>"
    return book
}

/// Writes the table as xlsx and reads it back with Python's openpyxl: the title, then the cells as `workbookCells`
/// prints them.
private func readBack(_ table: SheetTable) throws -> [String] {
    let folder = TempFolder()
    let path = folder.file("out.xlsx")
    try XLSXWriter.data(table).write(to: URL(fileURLWithPath: path))
    return try workbookCells(path)
}

@Suite("Workbooks written for Excel read back with openpyxl")
struct XLSXWriterTests {
    @Test(
        "the participant list: every cell text, phone numbers as typed, headers in the language",
        .timeLimit(.minutes(5)))
    func people() throws {
        let csv = PeopleCSV(book: book, event: book.events[0], language: .zh, withContacts: true)
        let cells = try readBack(csv.sheet)
        #expect(cells.first == "参加人员")
        #expect(cells.contains("1,1 str 姓名") && cells.contains("1,14 str 联系电话"))
        #expect(cells.contains("2,14 str 013800000001"), "the phone stays text with its leading 0")
        #expect(cells.contains("2,5 str =SUM(A1) <&>"), "a formula-looking title is text, markup escaped")
        #expect(cells.contains("2,11 str 已签到") && cells.contains("2,12 str 08:30"))
        #expect(!cells.contains { $0.contains(" int ") || $0.contains(" float ") })
        #expect(Set(cells.dropFirst().map { $0.split(separator: " ")[0].split(separator: ",")[0] }).count == 20)
    }

    @Test("the attendance: counts as numbers, the rate and names as text", .timeLimit(.minutes(5)))
    func attendance() throws {
        let cells = try readBack(AttendanceCSV(book: book, event: book.events[0], language: .en).sheet)
        #expect(cells.first == "Attendance")
        #expect(cells.contains("1,1 str Organisation"))
        #expect(cells.contains("2,2 int 2") && cells.contains("2,6 str 100%"))
        #expect(cells.contains { $0.hasPrefix("9,1 str Total") })
    }

    @Test("the sign-in sheet: an organisation's heading, a row a person, blank numbered rows", .timeLimit(.minutes(5)))
    func signIn() throws {
        let cells = try readBack(SignInSheet(book: book, event: book.events[0], language: .zh, blankRows: 2).sheet)
        #expect(cells.first == "签到表")
        #expect(cells.contains("2,1 str 广州市科学技术协会（2）"))
        #expect(cells.contains("3,1 str 1") && cells.contains("3,2 str 程智鹏 Cheng Zhipeng"))
        #expect(cells.contains("5,1 str 3") && cells.contains("6,1 str 4"), "two blank rows numbered on")
    }

    @Test("the roster: ids and phones as text, and it imports back with convene import people", .timeLimit(.minutes(5)))
    func roster() throws {
        for language in [PrintLanguage.en, .zh] {
            let table = RosterSheet.sheet(book, org: nil, search: nil, withContacts: true, language: language)
            let cells = try readBack(table)
            #expect(cells.first == (language == .zh ? "人员名册" : "Roster"))
            #expect(cells.contains(language == .zh ? "1,1 str 编号" : "1,1 str id"))
            #expect(cells.contains { $0.hasSuffix(" str 013800000001") })
            let read = try RosterFile.xlsx(try XLSXWriter.data(table))
            guard case .success(let plan) = RosterImport(book: Book(organisations: book.organisations)).plan(read)
            else {
                Issue.record("the roster workbook did not import")
                continue
            }
            #expect(plan.added.count == book.people.count)
            #expect(plan.added.first { $0.name == "程智鹏" }?.phone == "013800000001")
            #expect(Set(plan.added.map(\.politics)) == Set(book.people.map(\.politics)))
        }
    }
}
