import Foundation
import PlanFile
import PlannerCore
import Printing
import Testing
import TextCells

#if canImport(Glibc)
    import Glibc
#endif

/// The bytes of `text` in GB18030, through glibc's iconv (what Excel writes on Chinese Windows).
func gb18030(_ text: String) throws -> Data {
    let cd = iconv_open("GB18030", "UTF-8")
    try #require(cd != iconv_t(bitPattern: -1), "glibc has a GB18030 converter")
    defer { iconv_close(cd) }
    var input = Array(text.utf8)
    var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
    var inLeft = input.count, outLeft = output.count
    let result = input.withUnsafeMutableBufferPointer { inBuf in
        output.withUnsafeMutableBufferPointer { outBuf in
            inBuf.withMemoryRebound(to: CChar.self) { i in
                outBuf.withMemoryRebound(to: CChar.self) { o in
                    var ip = i.baseAddress, op = o.baseAddress
                    return iconv(cd, &ip, &inLeft, &op, &outLeft)
                }
            }
        }
    }
    try #require(result != -1 && inLeft == 0)
    return Data(output[0..<(output.count - outLeft)])
}

/// The sample's organisations (o1 广州市科协 … o7 星海纪念馆) and people (o3 数字出版: 李文博, 王浩然, 张雨桐).
private var sample: Book { SampleBook.make() }
/// The sample's organisations with nobody on their rosters.
private var emptyRosters: Book { Book(organisations: SampleBook.make().organisations) }

private func people(
    _ csv: String, book: Book = emptyRosters, org: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
) throws -> [ImportedPerson] {
    try people(Data(csv.utf8), book: book, org: org, sourceLocation: sourceLocation)
}

private func people(
    _ data: Data, book: Book = emptyRosters, org: String? = nil, encoding: RosterEncoding = .auto,
    sourceLocation: SourceLocation = #_sourceLocation
) throws -> [ImportedPerson] {
    switch RosterImport(book: book, defaultOrg: org).plan(data, encoding: encoding) {
    case .success(let plan): return plan.added
    case .failure(let problems):
        Issue.record("unexpected problems: \(problems.problems)", sourceLocation: sourceLocation)
        return []
    }
}

private func problems(
    _ data: Data, book: Book = emptyRosters, org: String? = nil, encoding: RosterEncoding = .auto,
    sourceLocation: SourceLocation = #_sourceLocation
) -> [String] {
    switch RosterImport(book: book, defaultOrg: org).plan(data, encoding: encoding) {
    case .success(let plan):
        Issue.record("expected problems, got \(plan.added.count) people", sourceLocation: sourceLocation)
        return []
    case .failure(let problems): return problems.problems.map(\.description)
    }
}

private func problems(
    _ csv: String, book: Book = emptyRosters, org: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
) -> [String] {
    problems(Data(csv.utf8), book: book, org: org, sourceLocation: sourceLocation)
}

/// A roster as a 数字出版 secretary would send it: Chinese headers, Chinese status words, an extra column.
private let chineseRoster = """
    姓名,拼音,单位,身份,职务,手机,邮箱,备注
    徐晓敏,Xu Xiaomin,数字出版,正式党员,党支部书记,13800000001,xu@example.cn,
    陈思远,,广东出版集团数字出版有限公司,预备党员,,,,迟到
    周明轩,Zhou Mingxuan,o3,群众,产品经理,,,
    冯嘉欣,,数字出版,嘉宾,讲解员,,,

    """

private let expectedChinese = [
    ImportedPerson(
        line: 2, name: "徐晓敏", latin: "Xu Xiaomin", org: "o3", title: "党支部书记", politics: .member,
        phone: "13800000001", email: "xu@example.cn"),
    ImportedPerson(line: 3, name: "陈思远", org: "o3", politics: .probationary),
    ImportedPerson(line: 4, name: "周明轩", latin: "Zhou Mingxuan", org: "o3", title: "产品经理", politics: .masses),
    ImportedPerson(line: 5, name: "冯嘉欣", org: "o3", title: "讲解员", politics: .unrecorded),
]

@Suite("Importing rosters: decoding, CSV, columns, bad rows")
struct RosterImportTests {
    // MARK: - Encodings

    @Test("UTF-8 with Chinese headers")
    func utf8() throws {
        #expect(try people(chineseRoster) == expectedChinese)
        #expect(RosterCSV.decode(Data(chineseRoster.utf8)).encoding == .utf8)
    }

    @Test("UTF-8 with a byte-order mark and CRLF line ends")
    func utf8BOMAndCRLF() throws {
        let crlf = chineseRoster.replacingOccurrences(of: "\n", with: "\r\n")
        let data = Data([0xEF, 0xBB, 0xBF]) + Data(crlf.utf8)
        #expect(try people(data) == expectedChinese)
        #expect(try people(data, encoding: .utf8) == expectedChinese)
        let decoded = RosterCSV.decode(data)
        #expect(decoded.encoding == .utf8 && decoded.text.hasPrefix("姓名,"), "the BOM is not part of the first header")
    }

    @Test("GB18030, as Excel writes on Chinese Windows: detected, or named with --encoding")
    func gb18030Roster() throws {
        #expect(try [UInt8](gb18030("徐晓敏")) == [0xD0, 0xEC, 0xCF, 0xFE, 0xC3, 0xF4])
        let crlf = chineseRoster.replacingOccurrences(of: "\n", with: "\r\n")
        let data = try gb18030(crlf)
        #expect(String(validating: [UInt8](data), as: UTF8.self) == nil, "the bytes are not UTF-8")
        #expect(try people(data) == expectedChinese)
        #expect(try people(data, encoding: .gb18030) == expectedChinese)
        #expect(RosterCSV.decode(data).encoding == .gb18030)
        // A fixed byte string, independent of iconv's encoder: 姓名,单位,身份 / 徐晓敏,数字出版,党员
        let fixed: [UInt8] = [
            0xD0, 0xD5, 0xC3, 0xFB, 0x2C, 0xB5, 0xA5, 0xCE, 0xBB, 0x2C, 0xC9, 0xED, 0xB7, 0xDD, 0x0D, 0x0A,
            0xD0, 0xEC, 0xCF, 0xFE, 0xC3, 0xF4, 0x2C, 0xCA, 0xFD, 0xD7, 0xD6, 0xB3, 0xF6, 0xB0, 0xE6, 0x2C,
            0xB5, 0xB3, 0xD4, 0xB1, 0x0D, 0x0A,
        ]
        #expect(try people(Data(fixed)) == [ImportedPerson(line: 2, name: "徐晓敏", org: "o3", politics: .member)])
    }

    @Test("GB18030 bytes read as UTF-8 are reported line by line")
    func wrongEncoding() throws {
        let data = try gb18030("name,organisation,status\nXu,o3,member\n徐晓敏,o3,member\n")
        #expect(problems(data, encoding: .utf8) == ["line 3: cannot be read as UTF-8 (byte D0 at byte 1 of the line)"])
    }

    @Test("a stray byte in a UTF-8 file is reported with its line; the other rows are still checked")
    func undecodableBytes() {
        var data = Data("姓名,单位,身份\n徐晓敏,数字出版,党员\n".utf8)
        data += Data([0x41, 0x42, 0xFF, 0x2C]) + Data("数字出版,党员\n".utf8)
        data += Data("陈思远,数字出版,党员员\n".utf8)
        #expect(
            problems(data) == [
                "line 3: cannot be read as UTF-8 (byte FF at byte 3 of the line)",
                "line 4: unknown status '党员员' (use 党员, 预备党员, 团员, 群众 … (GB/T 4762), 入党积极分子, 发展对象, or member, probationary, league, masses …)",
            ])
    }

    // MARK: - CSV as spreadsheets write it

    @Test("quoted fields with commas, doubled quotes and line breaks; line numbers count physical lines")
    func quotedFields() throws {
        let csv =
            "name,organisation,status,title\r\n"
            + "\"徐, 晓敏\",数字出版,member,\"党支部书记，兼\"\"宣传委员\"\"\r\n第二行\"\r\n"
            + "\"\",数字出版,member,\r\n"
        #expect(problems(csv) == ["line 4: the name is empty"], "the record with a line break spans lines 2–3")
        let ok = try people(String(csv.dropLast("\"\",数字出版,member,\r\n".count)))
        #expect(
            ok == [
                ImportedPerson(line: 2, name: "徐, 晓敏", org: "o3", title: "党支部书记，兼\"宣传委员\"\r\n第二行", politics: .member)
            ])
    }

    @Test("English headers in another order, any case and spacing; unknown columns ignored")
    func englishHeadersAnyOrder() throws {
        let csv =
            " Email , STATUS,rsvp,Organization, Name ,parts,Latin,TITLE,Phone\n"
            + "xu@example.cn,Member,confirmed,数字出版,徐晓敏,Speaker·党建座谈会,Xu Xiaomin,党支部书记,'+86 138 0000 0001\n"
        #expect(
            try people(csv) == [
                ImportedPerson(
                    line: 2, name: "徐晓敏", latin: "Xu Xiaomin", org: "o3", title: "党支部书记",
                    politics: .member, phone: "+86 138 0000 0001", email: "xu@example.cn")
            ])
    }

    @Test("trailing empty lines, blank spreadsheet rows and a file without a final line end")
    func blankLines() throws {
        #expect(try people("姓名,单位,身份\n\n徐晓敏,数字出版,党员\n,,\n陈思远,数字出版,预备党员\n\n\n").map(\.line) == [3, 5])
        #expect(try people("姓名,单位,身份\r\n徐晓敏,数字出版,党员").map(\.name) == ["徐晓敏"])
        #expect(try people("姓名,单位,身份\r\n").isEmpty)
    }

    @Test("--org gives the organisation when there is no column, or the cell is empty")
    func defaultOrganisation() throws {
        #expect(try people("姓名,身份\n徐晓敏,党员\n", org: "o4").map(\.org) == ["o4"])
        #expect(try people("姓名,单位,身份\n徐晓敏,,党员\n陈思远,o2,党员\n", org: "o4").map(\.org) == ["o4", "o2"])
    }

    // MARK: - Bad rows, each with its line number and reason

    @Test("each kind of bad row, all listed")
    func badRows() {
        let csv = """
            姓名,单位,身份,邮箱
            徐晓敏,数字出版,党员,
            ,数字出版,党员,
            陈思远,数字出版,积极分子,
            周明轩,不存在的公司,群众,
            冯嘉欣,数字出版,嘉宾
            黄雅琪,数字出版,党员,huang.example.cn
            林海青,数字出版,,
            程智鹏,,党员,
            张雨桐,广州,党员,
            """
        #expect(
            problems(csv) == [
                "line 3: the name is empty",
                "line 5: unknown organisation '不存在的公司' (add it with 'convene org add' first; 'convene orgs' lists them)",
                "line 6: has 3 fields, the header has 4",
                "line 7: 'huang.example.cn' is not an email address (it has no @)",
                "line 9: the organisation is empty (fill it in or give --org)",
                "line 10: the organisation '广州' could be any of o1 广州市科学技术协会, o4 广州天极电子科技有限公司, o5 广州通则康威智能科技有限公司; write its full name or id",
            ])
    }

    @Test("a broken quote is reported where its record begins")
    func brokenQuotes() {
        #expect(
            problems("姓名,单位,身份\n徐晓敏,数字出版,党员\n\"陈思远,数字出版,党员\n周明轩,数字出版,群众\n")
                == ["line 3: a quoted field that begins on this line is never closed"])
        #expect(
            problems("姓名,单位,身份\n\"徐晓敏\"x,数字出版,党员\n")
                == [
                    "line 2: text after the closing quote of field 1 (a quote inside a quoted field is written twice: \"\")"
                ])
    }

    @Test("header problems: no name column, no organisation column without --org, a column twice, an empty file")
    func headerProblems() throws {
        #expect(problems("单位,身份\n数字出版,党员\n") == ["line 1: the header has no name column (name or 姓名); it reads: 单位,身份"])
        #expect(
            problems("姓名,身份\n徐晓敏,党员\n")
                == ["line 1: the header has no organisation column (organisation or 单位); add one or give --org"])
        #expect(
            problems("姓名,单位,身份,电话,手机\n徐晓敏,o3,党员,1,2\n")
                == ["line 1: columns 4 (电话) and 5 (手机) both mean phone; keep one"])
        #expect(problems("") == ["line 1: the file is empty; the first line must name the columns (e.g. 姓名,单位,身份)"])
        // No 政治面貌 column: not recorded.
        #expect(try people("姓名,单位\n徐晓敏,o3\n").map(\.politics) == [.unrecorded])
    }

    @Test("the report lists up to 20 bad lines, then says nothing was imported")
    func reportLimit() throws {
        let rows = (1...25).map { "人\($0),数字出版,未知" }.joined(separator: "\n")
        guard case .failure(let found) = RosterImport(book: emptyRosters).plan(Data(("姓名,单位,身份\n" + rows).utf8)) else {
            Issue.record("expected problems")
            return
        }
        let report = found.report(file: "roster.csv").text(.en).components(separatedBy: "\n")
        #expect(report.first == "roster.csv: 25 bad lines:")
        #expect(report[1].hasPrefix("  line 2: unknown status '未知'"))
        #expect(report[20].hasPrefix("  line 21: "))
        #expect(report[21] == "  … and 5 more")
        #expect(report.last == "nothing was imported")
    }

    // MARK: - Matching people already present

    @Test("people already on the roster (same name, same organisation) are matched, not added; repeats in the file too")
    func duplicates() throws {
        let csv = "姓名,单位,身份,职务\n李文博,数字出版,党员,新职务\n徐晓敏,数字出版,党员,\n李文博,天极电子,党员,\n徐晓敏,o3,党员,\n"
        guard case .success(let plan) = RosterImport(book: sample).plan(Data(csv.utf8)) else {
            Issue.record("expected success")
            return
        }
        #expect(plan.added.map { "\($0.line) \($0.name) \($0.org)" } == ["3 徐晓敏 o3", "4 李文博 o4"])
        #expect(
            plan.matched.map { "\($0.row.line) \($0.existing ?? "-") \($0.earlierLine ?? 0)" } == ["2 p7 0", "5 - 3"])
    }

    // MARK: - Round trip

    @Test("the participant CSV export reads back unchanged", arguments: [false, true])
    func roundTrip(withContacts: Bool) throws {
        let book = sample
        let csv = PeopleCSV(book: book, event: book.events[0], withContacts: withContacts).render()
        let imported = try people(csv)
        let participants = book.events[0].participants.map { book.person($0.person)! }
        #expect(imported.count == participants.count)
        let byName = Dictionary(uniqueKeysWithValues: participants.map { ($0.name, $0) })
        for row in imported {
            let person = try #require(byName[row.name])
            #expect(row.name == person.name && row.latin == person.latin && row.org == person.org)
            #expect(row.politics == person.politics && row.stage == person.stage && row.title == person.title)
            if withContacts { #expect(row.phone == person.phone && row.email == person.email) }
        }
    }

    @Test("fields a spreadsheet would run as formulas come back without the export's apostrophe")
    func formulaNeutralisation() throws {
        var book = sample
        book.people[0].title = "=SUM(A1)"
        book.people[0].phone = "+86 138 0000 0001"
        book.people[0].latin = "-Cheng, \"Zhipeng\""
        let csv = PeopleCSV(book: book, event: book.events[0], withContacts: true).render()
        #expect(csv.contains("'=SUM(A1)"))
        let first = try #require(try people(csv).first)
        #expect(first.title == "=SUM(A1)" && first.phone == "+86 138 0000 0001" && first.latin == "-Cheng, \"Zhipeng\"")
    }
}

@Suite("Importing rosters: controls, invisible names, formulas, UTF-8 that is GB18030")
struct RosterSafetyTests {
    @Test("a row with a control character is refused with its line, column and character; all or nothing")
    func controlsRefused() {
        let csv =
            "name,organisation,status,title\r\n徐晓敏,o3,member,\r\n张伟\u{1B}]52;c;SGVsbG8=\u{07},o3,member,\r\n"
            + "李明,o3,guest,\u{202E}evil\r\n王芳,o3,member,\u{9B}2J\r\n"
        #expect(
            problems(csv) == [
                "line 3: the name contains the control character U+001B (ESC); remove it and import again",
                "line 4: the title contains the control character U+202E (RLO); remove it and import again",
                "line 5: the title contains the control character U+009B (CSI); remove it and import again",
            ])
    }

    @Test("a trailing CR and CRLF line ends are no control; a NUL or a tab inside a name is")
    func crAndNul() throws {
        #expect(
            try people("name,organisation,status\r\n徐晓敏,o3,member\r\n陈思远,o3,member\r").map(\.name) == ["徐晓敏", "陈思远"])
        #expect(
            problems("name,organisation,status\n李\u{0}明,o3,member\n")
                == ["line 2: the name contains the control character U+0000 (NUL); remove it and import again"])
        #expect(
            problems("name,organisation,status\n李\t明,o3,member\n")
                == ["line 2: the name contains the control character U+0009 (TAB); remove it and import again"])
    }

    @Test("empty and invisible-only names are refused with the line")
    func invisibleNames() {
        #expect(
            problems(
                "name,organisation,status\n\u{3000},o3,member\n\u{200B}\u{200B},o3,member\n\u{FEFF}\u{2060},o3,guest\n")
                == [
                    "line 2: the name is empty",
                    "line 3: the name has no visible character (only spaces or invisible characters such as U+200B)",
                    "line 4: the name has no visible character (only spaces or invisible characters such as U+200B)",
                ])
    }

    @Test("input refuses exactly what output escapes: PlannerCore's set equals TextCells'")
    func oneDefinitionOfControl() {
        for v in UInt32(0)...0x3000 {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(NameText.isControl(s) == TextCells.isControl(s), "U+\(String(v, radix: 16))")
        }
    }

    @Test("names beginning = + - @, also after apostrophes, export and import back unchanged")
    func formulaGuardRoundTrips() throws {
        var book = SampleBook.make()
        let names = ["=SUM(A1)", "'=SUM(A1)", "'+86", "'-1", "''=x", "@home", "'plain", "'", "O'Brien"]
        for (i, name) in names.enumerated() {
            book.people.append(Person(id: "p\(60 + i)", name: name, org: "o2", politics: .unrecorded))
            book.events[0].participants.append(Participant(person: "p\(60 + i)", rsvp: .confirmed))
        }
        let csv = PeopleCSV(book: book, event: book.events[0]).render()
        #expect(csv.contains("\r\n''=SUM(A1),") && csv.contains("\r\n'=SUM(A1),") && csv.contains("\r\n'''=x,"))
        let back = try people(Data(csv.utf8)).map(\.name)
        for name in names { #expect(back.contains(name), "\(name) came back as one of \(back)") }
    }

    @Test("GB18030 bytes that are valid UTF-8 are read as GB18030; real UTF-8 stays UTF-8")
    func gb18030ThatIsValidUTF8() throws {
        let text = "name,organisation,status\n郑伟,o3,member\n谢强,o3,member\n肖英,o3,guest\n"
        let data = try gb18030(text)
        #expect(
            String(data: data, encoding: .utf8) == "name,organisation,status\n֣ΰ,o3,member\nлǿ,o3,member\nФӢ,o3,guest\n"
        )
        #expect(RosterCSV.decode(data).encoding == .gb18030)
        #expect(try people(data).map(\.name) == ["郑伟", "谢强", "肖英"])
        #expect(try people(data, encoding: .utf8).map(\.name) == ["֣ΰ", "лǿ", "ФӢ"], "--encoding utf-8 says otherwise")
        for utf8 in [
            "name,organisation,status\n徐晓敏,o3,member\n中文,o3,member\n",
            "name,organisation,status\nJosé Müller,o3,guest\n",
            "name,organisation,status\nИван Петров,o3,guest\nÑúñez,o3,guest\n",
        ] {
            #expect(RosterCSV.decode(Data(utf8.utf8)).encoding == .utf8, "\(utf8)")
        }
    }
}
