import ConveneTestSupport
import Foundation
import Testing

@Suite("Printing formats on the command line")
struct PrintFormatTests {
    /// A plan file holding the sample.
    private func sample(_ name: String = #function) throws -> Convene {
        let convene = try Convene(name)
        #expect(try convene.ok("init") == convene.plan)
        return convene
    }

    @Test("agenda --format markdown|html|ics and people --format markdown|html", .timeLimit(.minutes(10)))
    func formats() throws {
        let convene = try sample()
        let markdown = try convene.ok("agenda", "--format", "markdown", "--lang", "zh")
        #expect(markdown.hasPrefix("# 党建强堡垒 促发展 联建交流活动\n"))
        #expect(markdown.contains("| 09:00–09:20 | 重温入党誓词 | 重温入党誓词 | 展厅 |"))
        let html = try convene.ok("agenda", "--format", "html", "--lang", "zh")
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(html.hasSuffix("</html>"))
        let english = try convene.ok("agenda", "--format", "html", "--lang", "en")
        #expect(english.contains("<html lang=\"en\">") && english.contains("<td class=\"part\">Oath leader</td>"))

        let ics = try convene("agenda", "--format", "ics", environment: ["SOURCE_DATE_EPOCH": "1686873600"])
        #expect(ics.status == 0, "\(ics.stderr)")
        #expect(ics.stdout.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(ics.stdout.hasSuffix("END:VCALENDAR\r\n"))
        #expect(ics.stdout.components(separatedBy: "\r\nBEGIN:VEVENT\r\n").count == 5)
        #expect(ics.stdout.components(separatedBy: "DTSTAMP:20230616T000000Z\r\n").count == 5)

        #expect(try convene.ok("people", "--format", "markdown", "--by-org").contains("### 广州市科学技术协会 (2, confirmed 2)"))
        #expect(try convene.ok("people", "--format", "html", "--lang", "zh").contains("<th>姓名</th><th>单位</th>"))
    }

    @Test("people --sign-in prints text, html or xlsx; other formats are refused", .timeLimit(.minutes(10)))
    func signIn() throws {
        let convene = try sample()
        let text = try convene.ok("people", "--sign-in", "--lang", "zh", "--width", "60")
        #expect(text.hasPrefix("党建强堡垒 促发展 联建交流活动 · 签到表\n"))
        #expect(text.contains("  序号  姓名                  单位        职务\n"))
        for line in text.components(separatedBy: "\n") { #expect(cells(line) <= 60, "\(line)") }
        let html = try convene.ok("people", "--sign-in", "--format", "html")
        #expect(html.components(separatedBy: "<section class=\"sheet\">").count == 8)
        let refused = try convene("people", "--sign-in", "--format", "csv")
        #expect(refused.status == 2)
        #expect(refused.stderr == "convene: --sign-in prints text, html or xlsx (not csv)\n")
    }

    @Test("contacts only with --with-contacts, in every people format", .timeLimit(.minutes(10)))
    func contacts() throws {
        let convene = try sample()
        try convene.ok("person", "edit", "--person", "程智鹏", "--phone", "13800000000", "--email", "cheng@example.org")
        for format in ["text", "csv", "markdown", "html", "json"] {
            let plain = try convene.ok("people", "--format", format, "--width", "200")
            #expect(!plain.contains("13800000000") && !plain.contains("cheng@example.org"), "\(format)")
            let with = try convene.ok("people", "--format", format, "--with-contacts", "--width", "200")
            #expect(with.contains("13800000000") && with.contains("cheng@example.org"), "\(format)")
        }
        #expect(!(try convene.ok("people", "--sign-in")).contains("13800000000"))
        #expect(try convene.ok("people", "--sign-in", "--with-contacts").contains("13800000000"))
        for format in ["text", "markdown", "html", "ics", "json"] {
            #expect(!(try convene.ok("agenda", "--format", format)).contains("13800000000"), "\(format)")
        }
    }

    @Test("--width applies to the participant list", .timeLimit(.minutes(10)))
    func peopleWidth() throws {
        let convene = try sample()
        let narrow = try convene.ok("people", "--width", "60", "--lang", "zh")
        for line in narrow.components(separatedBy: "\n") { #expect(cells(line) <= 60, "\(line)") }
        #expect(narrow.components(separatedBy: "\n").contains { cells($0) > 40 }, "and uses it")
        let wide = try convene.ok("people", "--width", "100", "--lang", "zh")
        #expect(narrow != wide, "at 60 columns each person is a card, the parts under the name")
        #expect(wide.contains("  陈思远  电子信息行业协会  中共党员      已确认  领誓人·重温入党誓词，主持人·党建座谈会\n"))
        let viaColumns = try convene("people", environment: ["COLUMNS": "70"])
        #expect(viaColumns.status == 0)
        for line in viaColumns.stdout.components(separatedBy: "\n") { #expect(cells(line) <= 70, "\(line)") }
    }
}
