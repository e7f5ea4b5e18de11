import Foundation
import Phrasebook
import PlanFile
import PlannerCore
import PlannerUI
import TerminalKit
import Testing

@Suite("The planner on a shared copy: an edit outside the organisation is refused at once")
struct SharedCopyEditsScreenTests {
    static func state(_ language: Language) throws -> AppState {
        let sample = SampleBook.make()
        let tag = try #require(CopyTag("tj01"))
        var s = AppState(
            book: sample.sharing(event: "e1", org: "o4", at: Date(timeIntervalSince1970: 0), copyTag: tag),
            file: "share.json", size: Size(width: 120, height: 30))
        s.language = language
        return s
    }

    @Test(
        "retitling an agenda item keeps the form open with the copy's message; the plan is unchanged",
        arguments: [
            Language.zh, .en,
        ])
    func agendaRefused(_ language: Language) throws {
        var s = try Self.state(language)
        let before = s.book
        press(.char("2"), &s)
        press(.char("e"), &s)
        #expect(currentForm(s) != nil)
        clearField(&s)
        typeKeys("新标题", &s)
        press(.ctrl("s"), &s)
        let form = try #require(currentForm(s), "the form stays open")
        let message = try #require(form.error?.message)
        if language == .zh {
            #expect(message.hasPrefix("这是与广州天极电子科技有限公司共享的副本") || message.hasPrefix("这是与天极电子共享的副本"), "\(message)")
            #expect(message.contains("重温入党誓词"), "\(message)")
            #expect(frame(s).text.contains("共享的副本"))
        } else {
            #expect(message.hasPrefix("this is a copy shared with"), "\(message)")
        }
        #expect(s.book == before, "nothing was applied")
        press(.escape, &s)
        #expect(s.book == before && !s.history.canUndo)
    }
}
