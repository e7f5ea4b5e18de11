import ConveneTestSupport
import Foundation
import Phrasebook
import PlanFile
import PlannerCore
import PlannerUI
import Testing

@testable import convene

#if canImport(Glibc)
    import Glibc
#endif

/// The effect runner's side of printing: render with Printing, resolve the path as save-as does, write safely.
@Suite("Printouts written by the effect runner")
struct PrintEffectTests {
    func runner(_ folder: TempFolder) throws -> PlannerEffects {
        let store = PlanStore(path: folder.file("plan.json"))
        try store.save(SampleBook.make())
        return PlannerEffects(store: store, fingerprint: try store.loadWithFingerprint().fingerprint)
    }

    func request(_ kind: PrintKind, _ format: PrintFormat, _ path: String, _ language: Language = .en) -> PrintRequest {
        PrintRequest(kind: kind, format: format, language: language, eventID: "e1", path: path)
    }

    @Test("personal-data printouts are 0600, the agenda 0644 less the umask; each is the printout asked for")
    func personalData() throws {
        let folder = TempFolder()
        let effects = try runner(folder)
        let book = SampleBook.make()
        let open = Int(PrintoutFile.mode(personal: false))
        let cases: [(PrintKind, PrintFormat, String, Int)] = [
            (.participants, .csv, "people.csv", 0o600), (.participants, .html, "people.html", 0o600),
            (.signIn, .text, "sign-in.txt", 0o600), (.checks, .text, "checks.txt", 0o600),
            (.agenda, .ics, "agenda.ics", open), (.agenda, .markdown, "agenda.md", open),
            (.attendance, .csv, "attendance.csv", 0o600), (.record, .markdown, "record.md", 0o600),
            (.brief, .html, "brief.html", open),
        ]
        for (kind, format, name, wanted) in cases {
            let path = folder.file(name)
            let result = effects.perform(.print(book, request(kind, format, path, .zh), replace: false))
            #expect(result == .printFinished(.written(kind, path: path)))
            #expect(mode(path) == wanted, "\(name) is \(String(mode(path), radix: 8))")
        }
        let text = { (name: String) in String(decoding: bytes(folder.file(name)) ?? Data(), as: UTF8.self) }
        #expect(text("people.csv").contains("徐晓敏"))
        #expect(text("people.html").contains("lang=\"zh-CN\""))
        #expect(text("agenda.ics").hasPrefix("BEGIN:VCALENDAR"))
        #expect(text("agenda.md").contains("党建座谈会"))
        #expect(text("sign-in.txt").contains("签到"))
        #expect(text("attendance.csv").hasPrefix("\u{FEFF}单位,应到,实到,请假,缺席,出席率"))
        #expect(text("record.md").contains("## 发言要点") && text("record.md").contains("## 决定"))
        #expect(text("brief.html").contains("陈思远带领全体党员、预备党员重温入党誓词"))
    }

    @Test("an existing file is reported, not overwritten, until replacing is asked for; a relative path is resolved")
    func existing() throws {
        let folder = TempFolder()
        let effects = try runner(folder)
        let book = SampleBook.make()
        let path = folder.file("agenda.html")
        write(Data("mine".utf8), to: path)
        let asked = request(.agenda, .html, path)
        #expect(effects.perform(.print(book, asked, replace: false)) == .printFinished(.exists(asked)))
        #expect(bytes(path) == Data("mine".utf8))
        #expect(effects.perform(.print(book, asked, replace: true)) == .printFinished(.written(.agenda, path: path)))
        #expect(String(decoding: bytes(path) ?? Data(), as: UTF8.self).contains("<html lang=\"en\">"))
        let relative = request(.agenda, .text, "agenda.txt")
        let here = FileManager.default.currentDirectoryPath
        #expect(PlannerEffects.resolve(relative.path) == here + "/agenda.txt")
        #expect(
            PlannerEffects.resolve("~/a.html").hasSuffix("/a.html") && !PlannerEffects.resolve("~/a.html").contains("~")
        )
    }
}
