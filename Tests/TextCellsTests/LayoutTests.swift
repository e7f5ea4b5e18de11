import Testing
import TextCells

@Suite("Truncating, padding, wrapping")
struct LayoutTests {
    @Test func truncationNeverSplitsAWideCharacter() {
        #expect(TextCells.truncated("徐晓敏", toCells: 4) == "徐…")
        #expect(TextCells.truncated("徐晓敏", toCells: 4, ellipsis: false) == "徐晓")
        #expect(TextCells.truncated("徐晓敏", toCells: 3, ellipsis: false) == "徐")
        #expect(TextCells.truncated("徐晓敏", toCells: 5, ellipsis: false) == "徐晓")
        #expect(TextCells.truncated("徐晓敏", toCells: 6) == "徐晓敏")
        #expect(TextCells.truncated("徐晓敏", toCells: 0) == "")
    }

    @Test func truncationKeepsCombiningMarksWithTheirBase() {
        #expect(TextCells.truncated("ae\u{301}bc", toCells: 3) == "ae\u{301}…")
        #expect(TextCells.truncated("Xu Xiaomin", toCells: 5) == "Xu X…")
    }

    @Test func paddingGivesExactWidths() {
        let samples = ["徐晓敏", "Xu Xiaomin", "徐 Xu", "e\u{301}té", "", "会议室A-3号"]
        for s in samples {
            for cells in 1...12 {
                for alignment in [TextCells.Alignment.left, .right, .center] {
                    let p = TextCells.padded(s, toCells: cells, alignment: alignment)
                    #expect(p.cellWidth == cells, "\(s) \(cells) \(alignment)")
                }
            }
        }
        #expect(TextCells.padded("徐晓", toCells: 6, alignment: .right) == "  徐晓")
        #expect(TextCells.padded("徐晓", toCells: 7, alignment: .center) == " 徐晓  ")
        #expect(TextCells.padded("徐晓敏", toCells: 5) == "徐晓…")
    }

    @Test func wrappingLatinBreaksAtSpaces() {
        #expect(TextCells.wrapped("the quick brown fox", toCells: 10) == ["the quick", "brown fox"])
        #expect(TextCells.wrapped("abcdefghijkl xy", toCells: 5) == ["abcde", "fghij", "kl xy"])
    }

    @Test func wrappingCJKBreaksAnywhereButNotBeforeClosingPunctuation() {
        #expect(TextCells.wrapped("明天上午开会讨论预算", toCells: 6) == ["明天上", "午开会", "讨论预", "算"])
        #expect(TextCells.wrapped("你好，世界", toCells: 4) == ["你", "好，", "世界"])
        for line in TextCells.wrapped("徐晓敏和Xu Xiaomin明天见面。", toCells: 7) {
            #expect(line.cellWidth <= 7)
        }
    }

    @Test func wrappingKeepsLineBreaks() {
        #expect(TextCells.wrapped("a\nb", toCells: 5) == ["a", "b"])
        #expect(TextCells.wrapped("", toCells: 5) == [""])
        #expect(TextCells.wrapped("abc", toCells: 0) == [])
    }
}
