import Testing
import TextCells

@Suite("Ambiguous-width characters")
struct AmbiguousWidthTests {
    static let ambiguous: [Character] = ["—", "·", "…", "“", "”", "═", "│", "○"]

    @Test("are one cell by default and two when counted wide", arguments: ambiguous)
    func oneOrTwo(_ c: Character) {
        #expect(TextCells.width(of: c) == 1)
        #expect(TextCells.width(of: c, ambiguous: .narrow) == 1)
        #expect(TextCells.width(of: c, ambiguous: .wide) == 2)
        #expect(TextCells.width(of: String(c), ambiguous: .wide) == 2)
        #expect(TextCells.$ambiguousWidth.withValue(.wide) { TextCells.width(of: c) } == 2)
        #expect(c.unicodeScalars.allSatisfy(TextCells.isAmbiguous))
    }

    @Test("the setting bound for a piece of work measures strings, cuts, pads and wraps")
    func boundSetting() {
        TextCells.$ambiguousWidth.withValue(.wide) {
            #expect(TextCells.width(of: "会议 — 议程 · 第1页…") == 23)
            #expect("“开幕”".cellWidth == 8)
            #expect(TextCells.width(of: "═══") == 6)
            #expect(TextCells.width(of: "Café") == 5)  // é is ambiguous too
            #expect(TextCells.width(of: "Иван") == 8)
            // The ellipsis takes two cells: "abc" + "…" in 5, and a one-cell cut has no mark.
            #expect(TextCells.truncated("abcdefgh", toCells: 5) == "abc…")
            #expect(TextCells.truncated("abcdefgh", toCells: 1) == "a")
            #expect(TextCells.truncated("a—b—c", toCells: 5) == "a—…")
            #expect(TextCells.padded("·x", toCells: 5) == "·x  ")
            #expect(TextCells.width(of: TextCells.padded("会议 — 开幕", toCells: 9)) == 9)
        }
        #expect(TextCells.width(of: "会议 — 议程 · 第1页…") == 20)
    }

    @Test("an explicit setting wins over the bound one")
    func explicitWins() {
        TextCells.$ambiguousWidth.withValue(.wide) {
            #expect(TextCells.width(of: "—·…", ambiguous: .narrow) == 3)
        }
        #expect(TextCells.width(of: "—·…", ambiguous: .wide) == 6)
    }

    @Test("wide, zero-width and ASCII characters do not change with the setting")
    func othersUnchanged() {
        for s in ["徐晓敏", "Xu Xiaomin", "e\u{301}", "한국", "😀", "❤\u{FE0F}", "🇨🇳", "a\u{200D}b", "a\tb", "a\r\nb"] {
            #expect(TextCells.width(of: s, ambiguous: .wide) == TextCells.width(of: s, ambiguous: .narrow), "\(s)")
        }
        // A combining mark is ambiguous in East Asian Width, but takes no cell either way.
        #expect(TextCells.width(of: Character("\u{301}"), ambiguous: .wide) == 0)
        #expect(!TextCells.isAmbiguous("\u{301}"))
    }

    @Test("a control counts as its sanitized replacement in either setting")
    func controls() {
        for mode in TextCells.AmbiguousWidth.allCases {
            for s in ["\u{1B}[31m", "a\u{7F}", "\u{85}x", "\u{202E}x", "a\tb", "a\r\nb"] {
                #expect(
                    TextCells.width(of: s, ambiguous: mode)
                        == TextCells.width(of: TextCells.sanitized(s), ambiguous: mode), "\(mode) \(s.debugDescription)"
                )
            }
        }
        #expect(TextCells.width(of: "\u{1B}", ambiguous: .wide) == 2)
    }

    @Test("wrapping keeps an ambiguous character in its word and lines within the width")
    func wrapping() {
        TextCells.$ambiguousWidth.withValue(.wide) {
            let lines = TextCells.wrapped("Иван Петров — приглашённый докладчик", toCells: 30)
            #expect(lines == ["Иван Петров —", "приглашённый", "докладчик"])
            for line in lines { #expect(TextCells.width(of: line) <= 30, "\(line)") }
            for line in TextCells.wrapped("开幕式·致辞…主持人“徐晓敏”介绍来宾", toCells: 9) {
                #expect(TextCells.width(of: line) <= 9, "\(line)")
            }
        }
    }
}
