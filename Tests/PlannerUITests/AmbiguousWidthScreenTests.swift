import PlanFile
import PlannerCore
import TerminalKit
import Testing
import TextCells

@testable import PlannerUI

/// The sample with East Asian Ambiguous characters in every kind of text the planner shows: titles, names,
/// organisations, rooms, notes.
private func ambiguousBook() -> Book {
    var book = SampleBook.make()
    book.events[0].title += " — “开幕” · 第一部分…"
    book.events[0].theme = "○ 主题 ═ 说明 │ 其他"
    for i in book.events[0].items.indices {
        book.events[0].items[i].title = "“" + book.events[0].items[i].title + "” · 第\(i + 1)项…"
        book.events[0].items[i].notes = "备注 — 注意 · “重要”"
    }
    for i in book.people.indices where i % 3 == 0 {
        book.people[i].title = "主任 · 代表—“特邀”"
    }
    if !book.people.isEmpty {
        book.people[0].name = "Иван Петров"
        book.people[0].latin = "Ivan Petrov · Иванович"
    }
    for i in book.organisations.indices { book.organisations[i].name += " ○ 分会 · 第\(i + 1)" }
    return book
}

/// Every frame the planner draws, in wide mode: each screen, and on each screen the overlays that its keys open.
private func wideFrames(width: Int, height: Int) -> [(String, CellBuffer)] {
    TextCells.$ambiguousWidth.withValue(.wide) {
        var frames: [(String, CellBuffer)] = []
        let start = AppState(book: ambiguousBook(), file: "plan·“会议”.json", size: Size(width: width, height: height))
        let keys: [(String, [Key])] = [
            ("screen", []), ("help", [.char("?")]), ("add", [.char("a")]), ("open", [.enter]), ("edit", [.char("e")]),
            ("delete", [.char("d")]), ("filter", [.char("/"), .char("·"), .char("—")]), ("event", [.char("E")]),
            ("down", [.down, .down]), ("form fields", [.char("a"), .tab, .tab, .tab, .enter]),
            ("form end", [.enter, .tab, .tab, .tab, .tab, .tab, .enter]),
        ]
        for screen in Screen.allCases {
            for (name, sequence) in keys {
                var state = start
                Update.apply(.show(screen), to: &state)
                for key in sequence { Update.apply(KeyMap.action(for: key, in: state), to: &state) }
                frames.append(("\(screen) \(name)", Render.frame(state, theme: .builtIn)))
            }
        }
        return frames
    }
}

@Suite("The planner with ambiguous characters counted as two cells")
struct AmbiguousWidthScreenTests {
    @Test("no row is wider than the terminal, measured in wide mode", arguments: [(100, 30), (60, 16)])
    func rowsFit(width: Int, height: Int) {
        for (name, frame) in wideFrames(width: width, height: height) {
            for y in 0..<frame.height {
                let row = frame.row(y)
                #expect(TextCells.width(of: row, ambiguous: .wide) <= width, "\(name), row \(y): \(row)")
            }
        }
    }

    @Test(
        "every two-cell character is followed by its continuation cell, and only those are",
        arguments: [(100, 30), (60, 16)])
    func continuationCells(width: Int, height: Int) {
        for (name, frame) in wideFrames(width: width, height: height) {
            for y in 0..<frame.height {
                let cells = Array(frame.cells(inRow: y))
                var x = 0
                while x < cells.count {
                    let cell = cells[x]
                    if cell.isContinuation {
                        Issue.record("\(name), row \(y), column \(x): a continuation cell without its character")
                        x += 1
                        continue
                    }
                    let w = TextCells.width(of: cell.character, ambiguous: .wide)
                    if w == 2 {
                        #expect(
                            x + 1 < cells.count && cells[x + 1].isContinuation,
                            "\(name), row \(y), column \(x): '\(cell.character)' takes two cells but has no continuation"
                        )
                        x += 2
                    } else {
                        #expect(w == 1, "\(name), row \(y), column \(x): '\(cell.character)' takes \(w) cells")
                        x += 1
                    }
                }
            }
        }
    }

    @Test("the ambiguous text is still on the screen, and frames are drawn in ASCII")
    func textShows() {
        let frames = wideFrames(width: 100, height: 30)
        let agenda = frames.first { $0.0 == "agenda screen" }?.1.text ?? ""
        #expect(agenda.contains("· 第1项"))
        #expect(!agenda.contains("│") && !agenda.contains("─"))
        let help = frames.first { $0.0 == "agenda help" }?.1.text ?? ""
        #expect(help.contains("+-"))
    }

    @Test("in narrow mode the same plan draws the box-drawing frames")
    func narrowKeepsBoxes() {
        var state = AppState(book: ambiguousBook(), file: "plan.json", size: Size(width: 100, height: 30))
        Update.apply(.show(.agenda), to: &state)
        Update.apply(KeyMap.action(for: .char("?"), in: state), to: &state)
        let text = Render.frame(state, theme: .builtIn).text
        #expect(text.contains("┌") && text.contains("│"))
    }
}
