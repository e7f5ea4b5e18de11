import Testing
import TextCells

@testable import NcursesTerminal

@Suite("What a cell sends ncurses")
struct GlyphTests {
    @Test("an ambiguous character that both count as one cell is sent as it is")
    func narrowAgreement() {
        #expect(Glyph("—", width: 1, room: 10, theirs: 1).parts == [[0x2014]])
    }

    @Test("counted wide but one cell to the locale: a look-alike that terminal and ncurses both count two")
    func wideStandIns() {
        TextCells.$ambiguousWidth.withValue(.wide) {
            #expect(Glyph("—", width: 2, room: 10, theirs: 1).parts == [[0xFF0D]])
            #expect(Glyph("·", width: 2, room: 10, theirs: 1).parts == [[0x30FB]])
            #expect(Glyph("…", width: 2, room: 10, theirs: 1).parts == [[0x2E], [0x2E]])
            #expect(Glyph("“", width: 2, room: 10, theirs: 1).parts == [[0xFF02]])
            #expect(Glyph("é", width: 2, room: 10, theirs: 1).parts == [[0x65], [0x20]])
            #expect(Glyph("Ж", width: 2, room: 10, theirs: 1).parts == [[0xFF1F]])
            // A locale whose wcwidth counts ambiguous characters wide gets the character itself.
            #expect(Glyph("—", width: 2, room: 10, theirs: 2).parts == [[0x2014]])
            // An emoji that glibc counts one cell is drawn with a space, as in narrow mode.
            #expect(Glyph("❤\u{FE0F}", width: 2, room: 10, theirs: 1).parts == [[0x2764, 0xFE0F], [0x20]])
            // A disagreement of another kind: not U+FFFD, which is ambiguous itself.
            #expect(Glyph("\u{E000}", width: 2, room: 10, theirs: -1).parts == [[0xFF1F]])
        }
    }

    @Test("every ambiguous character's stand-in takes two cells in either mode, without an ambiguous character")
    func standInsTakeTwoCells() {
        for v: UInt32 in 0xA1...0xFFFF {
            guard let scalar = Unicode.Scalar(v), TextCells.isAmbiguous(scalar) else { continue }
            let parts = Glyph.twoCellStandIn(for: v)
            let text = String(String.UnicodeScalarView(parts.flatMap { $0.compactMap(Unicode.Scalar.init) }))
            #expect(TextCells.width(of: text, ambiguous: .narrow) == 2, "U+\(String(v, radix: 16))")
            #expect(TextCells.width(of: text, ambiguous: .wide) == 2, "U+\(String(v, radix: 16))")
            #expect(parts.count == 1 || parts.allSatisfy { $0.count == 1 && $0[0] < 0x7F })
        }
    }
}
