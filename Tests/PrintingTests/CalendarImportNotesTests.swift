import Foundation
import PlanFile
import PlannerCore
import Testing

@testable import Printing

@Suite("Calendar import: what a Convene entry's DESCRIPTION gives back")
struct CalendarImportNotesTests {
    @Test(
        "the lines of parts Convene writes, in either language, are left out; the notes stay",
        arguments: [
            ("Oath leader: 陈思远 Chen Siyuan\n\n全体党员面向党旗。", "全体党员面向党旗。"),
            ("主持人：陈思远 Chen Siyuan\n发言人 1：程智鹏 — 题目（20 分钟）\n发言人 2：徐晓敏\n\n第一行\n第二行", "第一行\n第二行"),
            ("Host: 徐晓敏 Xu Xiaomin\nRecorder: 黄雅琪 Huang Yaqi", ""),
            ("请提前十分钟到场。\nHost: 不是开头的行", "请提前十分钟到场。\nHost: 不是开头的行"),
            ("Hostel: 不是角色", "Hostel: 不是角色"),
        ])
    func partLines(description: String, notes: String) {
        #expect(CalendarImport.withoutPartLines(description) == notes)
    }

    @Test("the sample's calendar, in either language, imported into the sample changes nothing")
    func sampleUnchanged() throws {
        let book = SampleBook.make()
        for language in PrintLanguage.allCases {
            let ics = try AgendaICS(book: book, event: book.events[0], language: language, stamp: Date()).render()
            let calendar = try #require(try ICSReader.read(Data(ics.utf8)).first)
            let reader = CalendarEntries(calendar: calendar, floating: .gmt)
            let entries = try reader.entries().get()
            let importer = CalendarImport(
                book: book, event: nil, calendarName: reader.name, zone: reader.zones.floating)
            let plan = try importer.plan(entries).get()
            #expect(plan.changes.map(\.action) == Array(repeating: .unchanged, count: 4), "\(language)")
            #expect(plan.edits.isEmpty)
        }
    }
}
