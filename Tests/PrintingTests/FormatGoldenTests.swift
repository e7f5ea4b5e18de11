import Foundation
import PlanFile
import PlannerCore
import Printing
import Testing

private var sample: Book { SampleBook.make() }
private var event: Event { SampleBook.make().events[0] }
/// 2023-06-01T00:00:00Z, the DTSTAMP of the golden calendars.
let goldenStamp = Date(timeIntervalSince1970: 1_685_577_600)

@Suite("Golden printouts of the sample: markdown, html, ics, sign-in sheet")
struct FormatGoldenTests {
    @Test("agenda as Markdown", arguments: PrintLanguage.allCases)
    func agendaMarkdown(language: PrintLanguage) throws {
        try checkGolden(
            AgendaMarkdown(book: sample, event: event, language: language).render(), "agenda-\(language.rawValue).md")
    }

    @Test("agenda as an HTML page", arguments: PrintLanguage.allCases)
    func agendaHTML(language: PrintLanguage) throws {
        try checkGolden(
            AgendaHTML(book: sample, event: event, language: language).render(), "agenda-\(language.rawValue).html")
    }

    @Test("agenda as an iCalendar file", arguments: PrintLanguage.allCases)
    func agendaICS(language: PrintLanguage) throws {
        try checkGolden(
            try AgendaICS(book: sample, event: event, language: language, stamp: goldenStamp).render(),
            "agenda-\(language.rawValue).ics")
    }

    @Test("participants as Markdown, flat and by organisation", arguments: PrintLanguage.allCases, [false, true])
    func peopleMarkdown(language: PrintLanguage, byOrg: Bool) throws {
        try checkGolden(
            PeopleMarkdown(book: sample, event: event, language: language, byOrganisation: byOrg).render(),
            "people-\(byOrg ? "by-org" : "flat")-\(language.rawValue).md")
    }

    @Test("participants as an HTML page, by organisation", arguments: PrintLanguage.allCases)
    func peopleHTML(language: PrintLanguage) throws {
        try checkGolden(
            PeopleHTML(book: sample, event: event, language: language, byOrganisation: true).render(),
            "people-by-org-\(language.rawValue).html")
    }

    @Test("sign-in sheet as text and as an HTML page", arguments: PrintLanguage.allCases)
    func signIn(language: PrintLanguage) throws {
        let sheet = SignInSheet(book: sample, event: event, language: language, width: 80)
        try checkGolden(sheet.renderText(), "sign-in-\(language.rawValue).txt")
        try checkGolden(sheet.renderHTML(), "sign-in-\(language.rawValue).html")
        let narrow = SignInSheet(book: sample, event: event, language: language, width: 40)
        try checkGolden(narrow.renderText(), "sign-in-\(language.rawValue)-40.txt")
    }
}
