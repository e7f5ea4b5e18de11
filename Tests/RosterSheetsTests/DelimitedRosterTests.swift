import Foundation
import PlannerCore
import Printing
import Testing

@testable import RosterSheets

/// The roster of the text fixtures: 姓名,单位,政治面貌,职务,手机 and four people of 数字出版 from `firstLine` on.
func textPeople(from firstLine: Int = 2) -> [ImportedPerson] {
    [
        ImportedPerson(
            line: firstLine, name: "徐晓敏", org: "o3", title: "党支部书记", politics: .member, phone: "13800000001"),
        ImportedPerson(line: firstLine + 1, name: "陈思远", org: "o3", politics: .probationary),
        ImportedPerson(line: firstLine + 2, name: "林海青", org: "o3", title: "编辑", politics: .league),
        ImportedPerson(line: firstLine + 3, name: "周明轩", org: "o3", title: "产品经理", politics: .masses),
    ]
}

@Suite("Roster files: encodings, separators and title rows of delimited text")
struct DelimitedRosterTests {
    @Test(
        "GB18030, UTF-16 LE (tab, Excel's Unicode text) and BE, semicolons, tabs: the same people",
        arguments: [
            "gb18030.csv", "utf16le-tab.txt", "utf16be.csv", "semicolon.csv", "tab.tsv",
        ])
    func shapes(name: String) throws {
        #expect(try people(name) == textPeople())
    }

    @Test("the encoding and the separator each file was read with")
    func detected() throws {
        let expected: [(String, RosterEncoding, Unicode.Scalar)] = [
            ("gb18030.csv", .gb18030, ","), ("utf16le-tab.txt", .utf16, "\t"), ("utf16be.csv", .utf16, ","),
            ("semicolon.csv", .utf8, ";"), ("tab.tsv", .utf8, "\t"), ("semicolon-quoted.csv", .utf8, ";"),
        ]
        for (name, encoding, separator) in expected {
            let table = RosterTable.csv(try fixture(name))
            #expect(table.source == .text(encoding: encoding, separator: separator), "\(name)")
        }
    }

    @Test("a quoted field keeps the separator inside it")
    func quotedSeparator() throws {
        #expect(try people("semicolon-quoted.csv").map(\.title) == ["书记;宣传"])
    }

    @Test("title rows above the header are skipped; lines keep their numbers")
    func titleRows() throws {
        #expect(try people("title-rows.csv") == textPeople(from: 4))
    }

    @Test("error cases: a lone surrogate in UTF-16, an unknown 政治面貌, no header row")
    func errors() throws {
        #expect(
            try problems("utf16le-bad.txt") == [
                "line 3: cannot be read as UTF-16 (a lone surrogate D800 at character 1 of the line)"
            ])
        #expect(try problems("semicolon-bad.csv") == ["line 4: unknown 政治面貌 '外星人' (use \(RosterPolitics.hint))"])
        #expect(
            try problems("title-no-header.csv") == [
                "line 1: no header row: none of the first 2 rows names the columns (姓名 or name, 单位 or organisation, 身份 or 政治面貌); the first reads: 数字出版党支部党员花名册"
            ])
    }

    @Test("UTF-16 with an odd number of bytes, and Excel's sep= line")
    func oddBytesAndSepLine() throws {
        var data =
            Data([0xFF, 0xFE]) + Data("姓名,单位,身份\n王芳,o3,党员\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        data.append(0x41)
        guard case .failure(let found) = RosterImport(book: emptyRosters).plan(data) else {
            Issue.record("expected a problem")
            return
        }
        #expect(
            found.problems.map(\.description) == [
                "line 3: the file ends in the middle of a UTF-16 character (an odd number of bytes)"
            ])
        let sep = RosterTable.csv(Data("sep=;\r\n姓名;单位;身份\r\n王芳;o3;党员\r\n".utf8))
        #expect(sep.source == .text(encoding: .utf8, separator: ";"))
        #expect(sep.records.map(\.line) == [2, 3])
    }
}

@Suite("Roster names, 政治面貌 and 发展阶段, and names given twice")
struct RosterValueTests {
    @Test("full-width and no-break spaces: gone inside Chinese names, one ASCII space between Latin words")
    func names() {
        #expect(RosterName.normalised("王\u{3000}芳") == "王芳")
        #expect(RosterName.normalised("\u{3000}王 芳\u{A0}") == "王芳")
        #expect(RosterName.normalised("\u{00A0}周明轩\u{202F}") == "周明轩")
        #expect(RosterName.normalised("Anna\u{A0}\u{A0}Müller") == "Anna Müller")
        #expect(RosterName.normalised("Anna \u{3000} Müller") == "Anna Müller")
        #expect(RosterName.normalised("艾力 · 买买提") == "艾力·买买提")
        #expect(RosterName.normalised("徐晓敏") == "徐晓敏")
    }

    @Test("政治面貌 as rosters write it: full names, short forms, codes; a stage word there is a stage")
    func politics() {
        let cases: [(String, Politics, Stage?)] = [
            ("中共党员", .member, nil), ("党员", .member, nil), ("中国共产党党员", .member, nil), ("中共预备党员", .probationary, nil),
            ("预备党员", .probationary, nil), ("共青团员", .league, nil), ("团员", .league, nil), ("民革党员", .rcck, nil),
            ("九三学社社员", .jiusan, nil), ("无党派人士", .nonpartisan, nil), ("群众", .masses, nil), ("13", .masses, nil),
            ("masses", .masses, nil), ("入党积极分子", .unrecorded, .activist), ("发展对象", .unrecorded, .candidate),
            ("群众（入党积极分子）", .masses, .activist), ("企业代表", .unrecorded, nil),
        ]
        for (text, politics, stage) in cases {
            let reading = RosterPolitics(rosterValue: text)
            #expect(reading?.politics == politics && reading?.stage == stage, "\(text)")
        }
        #expect(RosterPolitics(rosterValue: "外星人") == nil)
        #expect(RosterPolitics(stage: "入党申请人")?.stage == .applicant)
        #expect(RosterPolitics(stage: "党员") == nil)
    }

    @Test("共青团员, 入党积极分子 and 群众 in the status column import; a 政治面貌 at odds with the status is refused")
    func statusColumn() {
        let csv = "姓名,单位,身份\n林海青,o3,共青团员\n程智鹏,o3,入党积极分子\n周明轩,o3,群众\n"
        guard case .success(let plan) = RosterImport(book: emptyRosters).plan(Data(csv.utf8)) else {
            Issue.record("expected success")
            return
        }
        #expect(plan.added.map(\.politics) == [.league, .unrecorded, .masses])
        #expect(plan.added.map(\.stage) == [nil, .activist, nil])
        let both = "姓名,单位,身份,政治面貌,发展阶段\n林海青,o3,党员,群众,\n周明轩,o3,企业代表,群众,发展对象\n"
        guard case .failure(let found) = RosterImport(book: emptyRosters).plan(Data(both.utf8)) else {
            Issue.record("expected a problem")
            return
        }
        #expect(
            found.problems.map(\.description) == [
                "line 2: the 政治面貌 '群众' and the status '党员' disagree; correct one of them"
            ])
        let staged = "姓名,单位,身份,政治面貌,发展阶段\n周明轩,o3,企业代表,群众,发展对象\n"
        guard case .success(let ok) = RosterImport(book: emptyRosters).plan(Data(staged.utf8)) else {
            Issue.record("expected success")
            return
        }
        #expect(ok.added.map(\.politics) == [.masses])
        #expect(ok.added.map(\.stage) == [.candidate])
    }

    @Test("a name twice in the file, or spelt with other spaces than the roster's: imported once, with a warning")
    func twice() throws {
        var book = emptyRosters
        book.people.append(Person(id: "p1", name: "周\u{3000}明轩", org: "o3", politics: .member))
        let csv = "姓名,单位,身份\n王\u{3000}芳,o3,党员\n王芳,o3,党员\n周明轩,o3,党员\n"
        guard case .success(let plan) = RosterImport(book: book).plan(Data(csv.utf8)) else {
            Issue.record("expected success")
            return
        }
        #expect(plan.added.map(\.name) == ["王芳"])
        #expect(plan.matched.map { $0.existing ?? "line \($0.earlierLine ?? 0)" } == ["line 2", "p1"])
        #expect(
            plan.warnings.map(\.description) == [
                "line 3: '王芳' is also on line 2 in the same organisation; imported once (if they are two people, tell them apart in the name)",
                "line 4: '周明轩' is taken as p1 '周\u{3000}明轩' (the same name but for spaces); check that they are one person",
            ])
        #expect(plan.warnings[0].phrase.text(.zh).hasPrefix("第 3 行：“王芳”在同一单位中也出现在第 2 行；只导入一次"))
    }
}

@Suite("Cell values of a sheet")
struct XLSXValueTests {
    @Test("numbers: integers as typed, never with an exponent; fractions as the shortest decimal")
    func numbers() {
        #expect(XLSXValue.number("13800138000") == "13800138000")
        #expect(XLSXValue.number("1.3800138E10") == "13800138000")
        #expect(XLSXValue.number("3.0") == "3")
        #expect(XLSXValue.number("2.5") == "2.5")
        #expect(XLSXValue.number("abc") == nil)
    }

    @Test("dates and times from serials, in the 1900 and the 1904 system")
    func dates() {
        #expect(XLSXValue.date("45836", shown: .date, date1904: false) == "2025-06-28")
        #expect(XLSXValue.date("44378", shown: .date, date1904: false) == "2021-07-01")
        #expect(XLSXValue.date("42916", shown: .date, date1904: true) == "2021-07-01")
        #expect(XLSXValue.date("45836.375", shown: .dateTime, date1904: false) == "2025-06-28 09:00")
        #expect(XLSXValue.date("0.5", shown: .time, date1904: false) == "12:00")
        #expect(XLSXStyles.kind(ofCode: "yyyy\"年\"m\"月\"d\"日\"") == .date)
        #expect(XLSXStyles.kind(ofCode: "0.00E+00") == nil)
        #expect(XLSXStyles.kind(ofCode: "[$-F400]h:mm:ss AM/PM") == .time)
        #expect(XLSXStyles.kind(ofCode: "#,##0") == nil)
    }

    @Test("cell references: letters then digits, any case, $ allowed")
    func references() {
        #expect(XLSXSheet.column(of: "C7") == 2)
        #expect(XLSXSheet.column(of: "AA10") == 26)
        #expect(XLSXSheet.column(of: "$B$2") == 1)
        #expect(XLSXSheet.column(of: "7C") == nil)
        #expect(XLSXSheet.column(of: "C") == nil)
        #expect(ImportProblem.columnLetters(27) == "AB")
    }
}
