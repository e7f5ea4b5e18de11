import Foundation
import PlanFile
import PlannerCore
import Printing
import Testing

private var sample: Book { SampleBook.make() }
private var event: Event { SampleBook.make().events[0] }

@Suite("Golden documents of the sample: attendance, meeting record, activity brief, sign-in sheet with blank rows")
struct DocumentGoldenTests {
    @Test("attendance as text, Markdown, html and CSV", arguments: PrintLanguage.allCases)
    func attendance(language: PrintLanguage) throws {
        let name = "attendance-\(language.rawValue)"
        try checkGolden(AttendanceText(book: sample, event: event, language: language).render(), "\(name).txt")
        try checkGolden(
            AttendanceText(book: sample, event: event, language: language, width: 40).render(), "\(name)-40.txt")
        try checkGolden(AttendanceMarkdown(book: sample, event: event, language: language).render(), "\(name).md")
        try checkGolden(AttendanceHTML(book: sample, event: event, language: language).render(), "\(name).html")
        let csv = AttendanceCSV(book: sample, event: event, language: language).render()
        #expect(!csv.hasPrefix("\u{FEFF}"), "the byte order mark is the encoding's (CSVEncoding.utf8BOM)")
        #expect(csv.hasSuffix("\r\n") && !csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        try checkGolden(csv, "\(name).csv")
    }

    @Test("attendance as JSON")
    func attendanceJSON() throws {
        try checkGolden(try AttendanceJSON(book: sample, event: event).render(), "attendance.json")
    }

    @Test("meeting record as text, Markdown and html", arguments: PrintLanguage.allCases)
    func record(language: PrintLanguage) throws {
        let record = MeetingRecord(book: sample, event: event, language: language)
        let name = "record-\(language.rawValue)"
        try checkGolden(record.renderText(), "\(name).txt")
        try checkGolden(
            MeetingRecord(book: sample, event: event, language: language, width: 40).renderText(), "\(name)-40.txt")
        try checkGolden(record.renderMarkdown(), "\(name).md")
        try checkGolden(record.renderHTML(), "\(name).html")
    }

    @Test("activity brief as text, Markdown and html", arguments: PrintLanguage.allCases)
    func brief(language: PrintLanguage) throws {
        let brief = ActivityBrief(book: sample, event: event, language: language)
        let name = "brief-\(language.rawValue)"
        try checkGolden(brief.renderText(), "\(name).txt")
        try checkGolden(brief.renderMarkdown(), "\(name).md")
        try checkGolden(brief.renderHTML(), "\(name).html")
    }

    @Test("sign-in sheet at 100 columns, and with no blank rows", arguments: PrintLanguage.allCases)
    func signInSheet(language: PrintLanguage) throws {
        try checkGolden(
            SignInSheet(book: sample, event: event, language: language, width: 100).renderText(),
            "sign-in-\(language.rawValue)-100.txt")
        try checkGolden(
            SignInSheet(book: sample, event: event, language: language, blankRows: 0).renderText(),
            "sign-in-\(language.rawValue)-no-blank-rows.txt")
    }
}
