import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore
import Printing
import Testing

@testable import RosterSheets

/// The path of a committed roster file (scripts/make-roster-fixtures.py wrote them once, with openpyxl and
/// LibreOffice).
func fixturePath(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    try #require(
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"), "fixture \(name)",
        sourceLocation: sourceLocation
    ).path
}

func fixture(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: try fixturePath(name, sourceLocation: sourceLocation)))
}

/// A fixture's rows, read as `convene import people` reads the file.
func table(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Result<
    RosterTable, RosterFileError
> {
    let path = try fixturePath(name, sourceLocation: sourceLocation)
    return RosterFile.table(try fixture(name, sourceLocation: sourceLocation), path: path)
}

/// The sample's organisations (o3 数字出版) with nobody on their rosters.
let emptyRosters = Book(organisations: SampleBook.make().organisations)

/// The people of a fixture file, or the test fails with the problems.
func people(
    _ name: String, book: Book = emptyRosters, org: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
) throws -> [ImportedPerson] {
    try plan(name, book: book, org: org, sourceLocation: sourceLocation)?.added ?? []
}

func plan(
    _ name: String, book: Book = emptyRosters, org: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
) throws -> RosterPlan? {
    switch try table(name, sourceLocation: sourceLocation) {
    case .failure(let error):
        Issue.record("\(name): \(error.reason.text(.en))", sourceLocation: sourceLocation)
        return nil
    case .success(let table):
        switch RosterImport(book: book, defaultOrg: org).plan(table) {
        case .success(let plan): return plan
        case .failure(let problems):
            Issue.record("\(name): \(problems.problems.map(\.description))", sourceLocation: sourceLocation)
            return nil
        }
    }
}

/// The problems of a fixture whose rows are refused, in English.
func problems(_ name: String, org: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String]
{
    guard case .success(let table) = try table(name) else {
        Issue.record("\(name) was refused as a whole", sourceLocation: sourceLocation)
        return []
    }
    switch RosterImport(book: emptyRosters, defaultOrg: org).plan(table) {
    case .success(let plan):
        Issue.record("\(name): expected problems, got \(plan.added.count) people", sourceLocation: sourceLocation)
        return []
    case .failure(let problems): return problems.problems.map(\.description)
    }
}

/// The one message for a file that is refused whole.
func refusal(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    switch try table(name) {
    case .success(let table):
        Issue.record("\(name) was read: \(table.records.count) rows", sourceLocation: sourceLocation)
        return ""
    case .failure(let error): return error.reason.text(.en)
    }
}

/// The roster of the sheets: a title row, a blank row, then 序号,姓名,单位,政治面貌,发展阶段,职务,手机,入党日期.
let sheetPeople = [
    ImportedPerson(line: 4, name: "王芳", org: "o3", title: "党支部书记", politics: .member, phone: "13800138000"),
    ImportedPerson(line: 5, name: "陈思远", org: "o3", politics: .probationary, phone: "13900139000"),
    ImportedPerson(line: 6, name: "林海青", org: "o3", title: "编辑", politics: .league, stage: .activist),
    ImportedPerson(line: 7, name: "周明轩", org: "o3", title: "产品经理", politics: .masses, phone: "020-12345678"),
    ImportedPerson(line: 8, name: "Anna Müller", org: "o3", title: "顾问", politics: .nonpartisan),
]

@Suite("Roster files: .xlsx written by openpyxl and LibreOffice, and the files refused whole")
struct XLSXRosterTests {
    @Test("openpyxl: title rows skipped, names normalised, phones as typed, 政治面貌 and 发展阶段 read")
    func openpyxlRoster() throws {
        #expect(try people("openpyxl-roster.xlsx") == sheetPeople)
    }

    @Test("LibreOffice Calc: the same roster, the same people")
    func libreOfficeRoster() throws {
        #expect(try people("libreoffice-roster.xlsx") == sheetPeople)
    }

    @Test(
        "a date cell reads as its date, a skipped cell as empty, numbers without exponent",
        arguments: [
            "openpyxl-roster.xlsx", "libreoffice-roster.xlsx",
        ])
    func cellValues(name: String) throws {
        guard case .success(let table) = try table(name) else {
            Issue.record("not read")
            return
        }
        let rows = Dictionary(table.records.map { ($0.line, $0.fields) }, uniquingKeysWith: { a, _ in a })
        let first = try #require(rows[4])
        #expect(first.count == 8 && first[6] == "13800138000" && first[7] == "2021-07-01")
        #expect(rows[5]?[7] == "2025-06-28")
        #expect(rows[8]?.first == "", "the row starts at B")
        #expect(table.sheet == (name.hasPrefix("openpyxl") ? "花名册" : "libreoffice-roster"))
    }

    @Test("hand-written parts: inline strings, prefixed elements, cells without references, a formula's string")
    func handmade() throws {
        #expect(
            try people("handmade-inline.xlsx", org: "o3") == [
                ImportedPerson(line: 2, name: "徐晓敏", org: "o3", politics: .member, phone: "13800000001"),
                ImportedPerson(line: 3, name: "陈思远", org: "o3"),
            ])
    }

    @Test("bad cells are reported by cell, and nothing is imported")
    func badCells() throws {
        #expect(
            try problems("openpyxl-bad-cells.xlsx") == [
                "花名册!D7: unknown 政治面貌 '外星人' (use \(RosterPolitics.hint))",
                "花名册!B8: the name is empty",
            ])
        #expect(
            try problems("bad-shared-string.xlsx")
                == ["名单!C3: the cell refers to shared string 99, but the workbook has 5"])
        guard
            case .failure(let found) = RosterImport(book: emptyRosters).plan(
                try table("openpyxl-bad-cells.xlsx").get())
        else {
            Issue.record("expected problems")
            return
        }
        #expect(found.report(file: "bad.xlsx").text(.en).hasPrefix("bad.xlsx: 2 bad rows:\n  花名册!D7: "))
        #expect(found.report(file: "bad.xlsx").text(.zh).hasPrefix("bad.xlsx：有 2 行有误：\n  花名册!D7：未知政治面貌“外星人”"))
    }

    @Test("a sheet without a header row says so once")
    func noHeader() throws {
        #expect(
            try problems("openpyxl-no-header.xlsx") == [
                "Sheet row 1: no header row: none of the first 2 rows names the columns (姓名 or name, 单位 or organisation, 身份 or 政治面貌); the first reads: 数字出版党支部党员花名册"
            ])
    }

    @Test("a cut-short, a fake, an empty workbook, an .xls and an .ods: one message each, saying what to do")
    func refusedWhole() throws {
        #expect(
            try refusal("truncated.xlsx")
                == "cannot be opened as an .xlsx workbook: the file is damaged or cut short (its ZIP directory cannot be read); open it in Excel or WPS and save it again"
        )
        #expect(
            try refusal("not-a-zip.xlsx")
                == "named .xlsx but not an Excel workbook (it does not begin as a ZIP archive does; it may be damaged or cut short); open it in Excel or WPS and save it again"
        )
        #expect(try refusal("no-sheets.xlsx") == "an .xlsx workbook with no sheets; put the roster on its first sheet")
        #expect(
            try refusal("libreoffice-roster.xls")
                == "an old Excel .xls workbook, which Convene does not read; open it in Excel, WPS or LibreOffice and save it as .xlsx or CSV"
        )
        #expect(
            try refusal("libreoffice-roster.ods")
                == "an OpenDocument spreadsheet (.ods), which Convene does not read; save it as .xlsx or CSV")
        // The same bytes under another name: recognised by their first bytes, not the name.
        let xls = try fixture("libreoffice-roster.xls")
        guard case .failure(let named) = RosterFile.table(xls, path: "/nonexistent/roster.csv") else {
            Issue.record(".xls bytes named .csv were read as text")
            return
        }
        #expect(named.reason.text(.en).hasPrefix("an old Excel .xls workbook"))
    }

    @Test("every prefix of a good workbook, and a bad directory offset, is refused with a message, never a crash")
    func everyPrefix() throws {
        let folder = TempFolder()
        let data = try fixture("openpyxl-roster.xlsx")
        var cuts = (0..<data.count).filter { $0 % 97 == 0 }.map { data.prefix($0) }
        // The end-of-central-directory record's offset of the directory (bytes 16–19), pointing past the end: the
        // input that trapped ZIPFoundation's in-memory archive.
        var far = data
        far.replaceSubrange((far.count - 6)..<(far.count - 2), with: [0xFF, 0xFF, 0x00, 0x00])
        cuts.append(far)
        for (i, cut) in cuts.enumerated() {
            let path = folder.file("cut\(i).xlsx")
            write(Data(cut), to: path)
            switch RosterFile.table(Data(cut), path: path) {
            case .success(let table): _ = RosterImport(book: emptyRosters).plan(table)
            case .failure(let error): #expect(!error.reason.text(.en).isEmpty)
            }
        }
    }

    @Test(
        "the fuzzer's finds: a name not in UTF-8, a directory past the end, a deflate stream cut short",
        arguments: ["fuzz-find-1.xlsx", "fuzz-find-2.xlsx", "fuzz-find-3.xlsx"])
    func fuzzFinds(name: String) throws {
        switch try table(name) {
        case .success(let table):
            Issue.record("\(name) was read: \(table.records.count) rows")
        case .failure(let error):
            #expect(error.reason.text(.en).hasPrefix("cannot be read: "), "\(error.reason.text(.en))")
        }
    }
}
