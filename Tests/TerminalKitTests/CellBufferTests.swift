import TerminalKit
import Testing
import TextCells

@Suite("Cell buffer")
struct CellBufferTests {
    @Test func wideNameInANarrowSlotLeavesASpace() {
        var b = CellBuffer(width: 10, height: 1)
        b.put("##########", x: 0, y: 0)
        let used = b.put("徐晓敏", x: 1, y: 0, maxWidth: 5)
        #expect(used == 5)
        #expect(b.row(0) == "#徐晓 ####")
        #expect(b.cell(x: 5, y: 0).character == " ")
        #expect(b.cell(x: 2, y: 0).isContinuation)
    }

    @Test func clipsAtTheBufferEdge() {
        var b = CellBuffer(width: 5, height: 2)
        #expect(b.put("徐晓敏", x: 0, y: 0) == 5)
        #expect(b.row(0) == "徐晓")
        #expect(b.put("Xu Xiaomin", x: 2, y: 1) == 3)
        #expect(b.row(1) == "  Xu")
        #expect(b.put("x", x: 0, y: 7) == 0)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var b = CellBuffer(width: 6, height: 1)
        b.put("徐晓敏", x: 0, y: 0)
        b.put("a", x: 3, y: 0)  // right half of 晓
        #expect(b.row(0) == "徐 a敏")
        b.put("b", x: 4, y: 0)  // left half of 敏
        #expect(b.row(0) == "徐 ab")
        #expect(!b.cell(x: 5, y: 0).isContinuation)
        b.put("晓", x: 1, y: 0)  // straddles 徐's right half and the blank
        #expect(b.row(0) == " 晓ab")
    }

    @Test func controlCharactersNeverReachTheBuffer() {
        var b = CellBuffer(width: 12, height: 1)
        b.put("\u{1B}[31mred\u{202E}", x: 0, y: 0)
        #expect(b.row(0) == "\u{FFFD}[31mred\u{FFFD}")
    }

    @Test func boxLinesUpWithCJKTitleAndContent() {
        var b = CellBuffer(width: 12, height: 4)
        b.box(Rect(x: 0, y: 0, width: 12, height: 4), title: "徐晓敏")
        b.put("Xu Xiaomin", x: 1, y: 1, maxWidth: 10)
        b.put("徐晓敏和朋友", x: 1, y: 2, maxWidth: 10)
        #expect(
            b.text == """
                ┌─ 徐晓敏 ─┐
                │Xu Xiaomin│
                │徐晓敏和朋│
                └──────────┘
                """)
        for y in 0..<4 {
            #expect(b.row(y).cellWidth == 12)
        }
    }

    @Test func stylesAreKeptPerCell() {
        var b = CellBuffer(width: 4, height: 1)
        let red = Style(fg: .red, bold: true)
        b.put("徐", x: 1, y: 0, style: red)
        #expect(b.style(atX: 1, y: 0) == red)
        #expect(b.style(atX: 2, y: 0) == red)
        #expect(b.style(atX: 0, y: 0) == .plain)
        b.fill(Rect(x: 0, y: 0, width: 2, height: 1), style: Style(reverse: true))
        #expect(b.row(0) == "")
        #expect(!b.cell(x: 2, y: 0).isContinuation)
    }

    @Test func rowTextSkipsContinuationsAndTrims() {
        var b = CellBuffer(width: 8, height: 2)
        b.put("徐 a", x: 0, y: 0)
        #expect(b.row(0) == "徐 a")
        #expect(b.text == "徐 a\n")
    }

    @Test func equalityIncludesTheCursor() {
        var a = CellBuffer(width: 2, height: 1)
        let b = a
        #expect(a == b)
        a.cursor = (x: 1, y: 0)
        #expect(a != b)
    }

    @Test func rectSplitsAndInsets() {
        let r = Rect(x: 0, y: 0, width: 10, height: 5)
        let (top, rest) = r.split(top: 1)
        #expect(top == Rect(x: 0, y: 0, width: 10, height: 1))
        #expect(rest == Rect(x: 0, y: 1, width: 10, height: 4))
        #expect(r.inset(by: 1) == Rect(x: 1, y: 1, width: 8, height: 3))
        #expect(r.split(right: 3).right == Rect(x: 7, y: 0, width: 3, height: 5))
        #expect(r.inset(by: 9).isEmpty)
    }

    @Test func colorsDegrade() {
        #expect(Color.brightRed.degraded(to: .eight) == .red)
        #expect(Color.indexed(196).degraded(to: .sixteen) == .brightRed)
        #expect(Color.indexed(9).degraded(to: .full256) == .brightRed)
        #expect(Color.indexed(232).degraded(to: .sixteen) == .black)
        #expect(Color.blue.degraded(to: .none) == .default)
    }
}
