import ConveneTestSupport
import Foundation
import Phrasebook
import PlanFile
import PlannerCore
import PlannerUI
import Testing

@testable import convene

/// The print dialog's workbooks: the request the dialog sends, written by the effect runner, read back with openpyxl.
@Suite("Workbooks from the print dialog, read back with openpyxl")
struct PrintWorkbookTests {
    /// The sample with a title that looks like a number (an extension, leading 0) and one that looks like a formula.
    var book: Book {
        var book = SampleBook.make()
        book.people[0].title = "0755"
        book.people[1].title = "=SUM(A1)"
        return book
    }

    /// Writes the printout as the planner does on Enter in the dialog, then reads it back.
    func written(_ kind: PrintKind, _ language: Language, in folder: TempFolder, blankRows: Int? = nil) throws
        -> [String]
    {
        let store = PlanStore(path: folder.file("plan.json"))
        try store.save(book)
        let effects = PlannerEffects(store: store, fingerprint: try store.loadWithFingerprint().fingerprint)
        let path = PrintRequest.defaultPath(for: book.events[0], kind: kind, format: .xlsx, plan: store.path)
        #expect(path.hasSuffix(".xlsx"))
        let request = PrintRequest(
            kind: kind, format: .xlsx, language: language, eventID: "e1", path: path, blankRows: blankRows)
        #expect(effects.perform(.print(book, request, replace: false)) == .printFinished(.written(kind, path: path)))
        #expect(mode(path) == 0o600, "\(kind) names people: \(String(mode(path), radix: 8))")
        return try workbookCells(path)
    }

    @Test("the participant list: headers in Chinese or English, every cell text, 0755 and 08:30 as typed")
    func participants() throws {
        let folder = TempFolder()
        let zh = try written(.participants, .zh, in: folder)
        #expect(zh.first == "参加人员", "\(zh)")
        #expect(zh.contains("1,1 str 姓名") && zh.contains("1,3 str 单位") && zh.contains("1,11 str 签到情况"))
        #expect(zh.contains("2,5 str 0755"), "a number-like title keeps its leading 0: \(zh)")
        #expect(zh.contains("2,11 str 已签到") && zh.contains("2,12 str 08:30"))
        #expect(zh.contains { $0.hasSuffix(" str =SUM(A1)") }, "a formula-looking title stays text")
        #expect(!zh.contains { $0.contains(" int ") || $0.contains(" float ") || $0.contains(" datetime ") })
        let en = try written(.participants, .en, in: TempFolder())
        #expect(en.first == "Participants" && en.contains("1,1 str name") && en.contains("2,11 str signed-in"))
    }

    @Test("the sign-in sheet: 序号 and the numbers as text, a heading row per organisation, the blank rows asked for")
    func signIn() throws {
        let zh = try written(.signIn, .zh, in: TempFolder(), blankRows: 2)
        #expect(zh.first == "签到表", "\(zh)")
        #expect(zh.contains("1,1 str 序号") && zh.contains("1,2 str 姓名"))
        #expect(zh.contains("2,1 str 广州市科学技术协会（2）"))
        #expect(zh.contains("3,1 str 1") && zh.contains("3,2 str 程智鹏 Cheng Zhipeng"))
        #expect(zh.contains("5,1 str 3") && zh.contains("6,1 str 4") && !zh.contains { $0.hasPrefix("7,1 str 5") })
        #expect(zh.contains { $0.hasSuffix(" str 0755") })
        #expect(!zh.contains { $0.contains(" int ") || $0.contains(" float ") })
        let en = try written(.signIn, .en, in: TempFolder())
        #expect(en.first == "Sign-in sheet" && en.contains("1,1 str No."), "\(en)")
    }

    @Test("the attendance: Chinese headers, the counts as numbers, the rate as text")
    func attendance() throws {
        let zh = try written(.attendance, .zh, in: TempFolder())
        #expect(zh.first == "出席情况统计", "\(zh)")
        #expect(zh.contains("1,1 str 单位") && zh.contains("1,2 str 应到"))
        #expect(zh.contains("2,2 int 2") && zh.contains("2,3 int 2") && zh.contains("2,6 str 100%"))
        let en = try written(.attendance, .en, in: TempFolder())
        #expect(en.first == "Attendance" && en.contains("1,1 str Organisation") && en.contains("1,2 str Expected"))
    }
}
