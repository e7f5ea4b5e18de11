import TerminalKit
import Testing
import TextCells

@Suite("Cell buffers with ambiguous characters counted as two cells")
struct AmbiguousCellTests {
    @Test("an ambiguous character takes two cells: itself and a continuation")
    func twoCells() {
        TextCells.$ambiguousWidth.withValue(.wide) {
            var buffer = CellBuffer(width: 10, height: 1)
            #expect(buffer.put("a—b·", x: 0, y: 0) == 6)
            #expect(buffer.cell(x: 1, y: 0).character == "—")
            #expect(buffer.cell(x: 2, y: 0).isContinuation)
            #expect(buffer.cell(x: 3, y: 0).character == "b")
            #expect(buffer.cell(x: 5, y: 0).isContinuation)
            #expect(buffer.row(0) == "a—b·")
            // One that does not fit whole at the edge leaves a space, as a CJK character does.
            var edge = CellBuffer(width: 3, height: 1)
            #expect(edge.put("ab…", x: 0, y: 0) == 3)
            #expect(edge.row(0) == "ab")
        }
    }

    @Test("lines and boxes are drawn in ASCII, so a frame keeps its size")
    func asciiFrames() {
        TextCells.$ambiguousWidth.withValue(.wide) {
            var buffer = CellBuffer(width: 8, height: 3)
            buffer.box(Rect(x: 0, y: 0, width: 8, height: 3), title: "·")
            #expect(buffer.text == "+- · -+\n|      |\n+------+")
            for y in 0..<3 { #expect(TextCells.width(of: buffer.row(y), ambiguous: .wide) <= 8) }
        }
        var narrow = CellBuffer(width: 4, height: 2)
        narrow.box(Rect(x: 0, y: 0, width: 4, height: 2))
        #expect(narrow.text == "┌──┐\n└──┘")
    }

    @Test("the stand-ins of line-drawing characters")
    func standIns() {
        TextCells.$ambiguousWidth.withValue(.wide) {
            #expect(CellBuffer.oneCell("─") == "-")
            #expect(CellBuffer.oneCell("═") == "=")
            #expect(CellBuffer.oneCell("│") == "|")
            #expect(CellBuffer.oneCell("┼") == "+")
            #expect(CellBuffer.oneCell("x") == "x")
        }
        #expect(CellBuffer.oneCell("─") == "─")
    }
}
