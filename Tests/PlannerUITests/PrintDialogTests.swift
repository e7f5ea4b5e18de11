import Phrasebook
import PlanFile
import PlannerCore
import TerminalKit
import Testing

@testable import PlannerUI

/// `P`: the print dialog's defaults, the formats it offers per printout, and what accepting it asks for.
@Suite("The print dialog")
struct PrintDialogTests {
    static let agendaPath = "/plans/2023-06-16-党建强堡垒-促发展-联建交流活动.html"

    func planner(_ language: Language = .en) -> AppState {
        var state = AppState(book: SampleBook.make(), file: "/plans/plan.json", size: Size(width: 100, height: 30))
        state.language = language
        return state
    }

    func dialog(_ state: AppState) throws -> PrintForm {
        let form = try #require(currentForm(state))
        return try #require(form.model as? PrintForm)
    }

    func options(_ field: FormField) -> [String?] {
        guard case .choice(let options, _) = field.value else { return [] }
        return options.map(\.value)
    }

    @Test("P opens on the agenda, html, the planner's language, beside the plan as <date>-<title>.html")
    func defaults() throws {
        var state = planner()
        press(.char("P"), &state)
        let form = try #require(currentForm(state))
        let print = try dialog(state)
        #expect(print.kind == .agenda)
        #expect(print.chosenFormat == .html)
        #expect(print.chosenLanguage == .en)
        #expect(print.path.text == Self.agendaPath)
        #expect(form.focus == 3, "the focus is on the file, so Enter writes it")
        #expect(form.fields.map(\.label) == ["What", "Format", "Language", "Write to"])
        let screen = rows(frame(state)).joined(separator: "\n")
        #expect(screen.contains("Print or export '党建强堡垒 促发展 联建交流活动'"))
        #expect(screen.contains("‹ the agenda ›"))
        #expect(screen.contains("‹ HTML, a printable page ›"))
    }

    @Test("in a Chinese planner the dialog speaks Chinese and prints in Chinese by default")
    func chinese() throws {
        var state = planner(.zh)
        press(.char("P"), &state)
        let form = try #require(currentForm(state))
        #expect(try dialog(state).chosenLanguage == .zh)
        #expect(form.fields.map(\.label) == ["内容", "格式", "语言", "写入文件"])
        #expect(form.title == "打印或导出“党建强堡垒 促发展 联建交流活动”")
        let effects = press(.enter, &state)
        #expect(
            effects == [
                .print(
                    state.book,
                    PrintRequest(kind: .agenda, format: .html, language: .zh, eventID: "e1", path: Self.agendaPath),
                    replace: false)
            ])
        Update.apply(.printFinished(.written(.agenda, path: Self.agendaPath)), to: &state)
        #expect(state.message?.text == "已写入议程：\(Self.agendaPath)")
    }

    @Test(
        "the sign-in sheet asks for blank rows for walk-ins: as usual by default, or a number; no other printout does")
    func blankRows() throws {
        var state = planner()
        press(.char("P"), &state)
        for _ in 0..<3 { press(.backTab, &state) }
        press(.right, &state)
        press(.right, &state)
        #expect(try dialog(state).kind == .signIn)
        let form = try #require(currentForm(state))
        #expect(form.fields.map(\.label) == ["What", "Format", "Language", "Blank rows", "Write to"])
        #expect(options(form.fields[3]) == [nil, "0", "1", "2", "5", "10", "20"])
        #expect(try dialog(state).chosenBlankRows == nil, "the sheet's own default")
        for _ in 0..<3 { press(.tab, &state) }
        press(.right, &state)
        #expect(try dialog(state).chosenBlankRows == 0)
        press(.tab, &state)
        #expect(currentForm(state)?.focus == 4, "the file, last")
        let effects = press(.enter, &state)
        let path = "/plans/2023-06-16-党建强堡垒-促发展-联建交流活动-sign-in.html"
        #expect(
            effects == [
                .print(
                    state.book,
                    PrintRequest(
                        kind: .signIn, format: .html, language: .en, eventID: "e1", path: path, blankRows: 0),
                    replace: false)
            ])
        var other = planner(.zh)
        press(.char("P"), &other)
        for _ in 0..<3 { press(.backTab, &other) }
        for _ in 0..<3 { press(.right, &other) }
        #expect(try dialog(other).kind == .attendance)
        #expect(try #require(currentForm(other)).fields.map(\.label) == ["内容", "格式", "语言", "写入文件"])
        #expect(try dialog(other).chosenBlankRows == nil)
    }

    @Test("a title becomes a file name: letters and digits kept, the rest one dash, never empty")
    func fileSafeTitles() {
        #expect(PrintRequest.fileSafe("党建强堡垒 促发展 联建交流活动") == "党建强堡垒-促发展-联建交流活动")
        #expect(PrintRequest.fileSafe("a/b\\c: d?*\"<>|") == "a-b-c-d")
        #expect(PrintRequest.fileSafe("  ../..  ") == "event")
        #expect(PrintRequest.fileSafe(String(repeating: "长", count: 100)).count == 60)
        let event = SampleBook.make().events[0]
        #expect(
            PrintRequest.defaultPath(for: event, kind: .signIn, format: .text, plan: "plan.json")
                == "2023-06-16-党建强堡垒-促发展-联建交流活动-sign-in.txt")
    }

    @Test("each printout offers only its formats; the suggested file follows the choices")
    func formatsPerKind() throws {
        var state = planner()
        press(.char("P"), &state)
        press(.backTab, &state)
        press(.backTab, &state)
        press(.backTab, &state)
        #expect(currentForm(state)?.focus == 0)
        let expected: [(PrintKind, [PrintFormat], String)] = [
            (.participants, [.html, .text, .markdown, .csv, .xlsx], "-participants.html"),
            (.signIn, [.html, .text, .xlsx], "-sign-in.html"),
            (.attendance, [.html, .text, .markdown, .csv, .xlsx], "-attendance.html"),
            (.record, [.html, .text, .markdown], "-record.html"),
            (.brief, [.html, .text, .markdown], "-brief.html"),
            (.checks, [.text], "-checks.txt"),
            (.agenda, [.html, .text, .markdown, .ics], ".txt"),
        ]
        for (kind, formats, ending) in expected {
            press(.right, &state)
            let print = try dialog(state)
            #expect(print.kind == kind)
            #expect(options(print.format) == formats.map(\.rawValue), "\(kind)")
            #expect(print.path.text == "/plans/2023-06-16-党建强堡垒-促发展-联建交流活动" + ending, "\(kind)")
        }
        // The check report's text was kept for the agenda. Markdown, then printouts with it (the choice is kept) and
        // without it (the first format).
        press(.tab, &state)
        press(.right, &state)
        #expect(try dialog(state).chosenFormat == .markdown)
        #expect(try dialog(state).path.text?.hasSuffix("活动.md") == true)
        press(.backTab, &state)
        press(.right, &state)
        #expect(try dialog(state).chosenFormat == .markdown, "the participant list comes in markdown too")
        press(.right, &state)
        #expect(try dialog(state).chosenFormat == .html, "the sign-in sheet does not")
    }

    @Test("the participant list comes as an Excel workbook, on screen in English and in Chinese, as a .xlsx file")
    func workbook() throws {
        let path = "/plans/2023-06-16-党建强堡垒-促发展-联建交流活动-participants.xlsx"
        let shown: [(Language, String, String)] = [
            (.en, "‹ Excel workbook (.xlsx) ›", "Wrote the participant list: \(path)"),
            (.zh, "‹ Excel 工作簿（.xlsx） ›", "已写入参加人员名单：\(path)"),
        ]
        for (language, choice, wrote) in shown {
            var state = planner(language)
            press(.char("P"), &state)
            for _ in 0..<3 { press(.backTab, &state) }
            press(.right, &state)
            press(.tab, &state)
            for _ in 0..<4 { press(.right, &state) }
            #expect(try dialog(state).chosenFormat == .xlsx)
            let screen = rows(frame(state)).joined(separator: "\n")
            #expect(screen.contains(choice), "\(screen)")
            #expect(screen.contains("-participants.xlsx"), "the file name follows: \(screen)")
            let request = PrintRequest(
                kind: .participants, format: .xlsx, language: language, eventID: "e1", path: path)
            #expect(press(.ctrl("s"), &state) == [.print(state.book, request, replace: false)])
            Update.apply(.printFinished(.written(.participants, path: path)), to: &state)
            #expect(state.message?.text == wrote)
        }
    }

    @Test("a file name the user typed is kept when the choices change")
    func typedPathKept() throws {
        var state = planner()
        press(.char("P"), &state)
        typeKeys("~/out.html", &state)
        press(.up, &state)
        press(.up, &state)
        press(.up, &state)
        press(.right, &state)
        #expect(try dialog(state).path.text == "~/out.html")
        let request = PrintRequest(
            kind: .participants, format: .html, language: .en, eventID: "e1", path: "~/out.html")
        #expect(press(.ctrl("s"), &state) == [.print(state.book, request, replace: false)])
    }

    @Test("accepting asks for the printout as typed (~ is the runner's to expand), then names the file")
    func acceptWrites() throws {
        var state = planner()
        press(.char("P"), &state)
        typeKeys("~/程序/议程.html", &state)
        let effects = press(.enter, &state)
        let request = PrintRequest(kind: .agenda, format: .html, language: .en, eventID: "e1", path: "~/程序/议程.html")
        #expect(effects == [.print(state.book, request, replace: false)])
        guard case .normal = state.mode else {
            Issue.record("the dialog stays open")
            return
        }
        Update.apply(.printFinished(.written(.agenda, path: "/home/me/程序/议程.html")), to: &state)
        #expect(state.message == StatusMessage(text: "Wrote the agenda: /home/me/程序/议程.html", kind: .info))
    }

    @Test("an existing file: the planner asks; y replaces it, n leaves it")
    func existingFileAsks() throws {
        var state = planner()
        press(.char("P"), &state)
        let request = PrintRequest(kind: .agenda, format: .html, language: .en, eventID: "e1", path: Self.agendaPath)
        #expect(press(.enter, &state) == [.print(state.book, request, replace: false)])
        Update.apply(.printFinished(.exists(request)), to: &state)
        guard case .confirm(let question) = state.mode else {
            Issue.record("no question")
            return
        }
        #expect(
            question.question == "\(Self.agendaPath) exists. Replace it with this printout?  y: replace · n: keep it")
        var declined = state
        #expect(press(.char("n"), &declined).isEmpty)
        #expect(press(.char("y"), &state) == [.print(state.book, request, replace: true)])
        Update.apply(.printFinished(.failed(tr("the disk is full"))), to: &state)
        #expect(state.message == StatusMessage(text: "Not written: the disk is full", kind: .error))
    }

    @Test("no event: P says there is nothing to print")
    func noEvent() {
        var state = AppState(book: Book(), file: "plan.json", size: Size(width: 100, height: 30))
        #expect(press(.char("P"), &state).isEmpty)
        #expect(state.message?.text == "Nothing to print: there is no event yet; E creates one")
    }
}
