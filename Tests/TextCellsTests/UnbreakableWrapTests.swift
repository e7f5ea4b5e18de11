import Testing
import TextCells

@Suite("Wrapping with unbreakable spans")
struct UnbreakableWrapTests {
    private typealias Span = TextCells.Span

    @Test func anUnbreakableSpanMovesWholeToTheNextLine() {
        #expect(TextCells.wrapped("a long report (20 min)", toCells: 18) == ["a long report (20", "min)"])
        let spans: [Span] = [.text("a long report "), .unbreakable("(20 min)")]
        #expect(TextCells.wrapped(spans, toCells: 18) == ["a long report", "(20 min)"])
    }

    @Test func chineseMinutesStayTogether() {
        let text = "推动产业链升级"
        #expect(TextCells.wrapped(text + "（20 分钟）", toCells: 20) == ["推动产业链升级（20", "分钟）"])
        #expect(TextCells.wrapped([.text(text), .unbreakable("（20 分钟）")], toCells: 20) == ["推动产业链升级", "（20 分钟）"])
        #expect(TextCells.wrapped([.text(text), .unbreakable("（20 分钟）")], toCells: 25) == ["推动产业链升级（20 分钟）"])
    }

    @Test func punctuationAndLettersTouchingASpanGoWithIt() {
        let spans: [Span] = [.text("see "), .unbreakable("[会议室]"), .text("，then"), .text(" go")]
        #expect(TextCells.wrapped(spans, toCells: 12) == ["see", "[会议室]，", "then go"])
        let touching: [Span] = [.text("x "), .unbreakable("(20 min)"), .text("ab")]
        #expect(TextCells.wrapped(touching, toCells: 10) == ["x", "(20 min)ab"])
        // Too wide with the letters touching it: broken where the span meets them, not inside.
        #expect(TextCells.wrapped(touching, toCells: 9) == ["x", "(20 min)", "ab"])
        #expect(TextCells.wrapped([.text("abc"), .unbreakable("(20 min)")], toCells: 9) == ["abc", "(20 min)"])
    }

    @Test func aSpanWiderThanTheLineWrapsByTheUsualRules() {
        let room = "中国移动通信集团广东有限公司南沙分公司会议室"
        let lines = TextCells.wrapped([.text("at "), .unbreakable("[\(room)]")], toCells: 12)
        #expect(lines == TextCells.wrapped("at [\(room)]", toCells: 12))
        for line in lines { #expect(line.cellWidth <= 12, "\(line)") }
    }

    @Test func lineBreaksInsideSpansStartNewLines() {
        #expect(TextCells.wrapped([.text("a\nb "), .unbreakable("c d\ne")], toCells: 10) == ["a", "b c d", "e"])
        #expect(TextCells.wrapped([Span](), toCells: 5) == [""])
        #expect(TextCells.wrapped([.unbreakable("abc")], toCells: 0) == [])
    }

    @Test func openingPunctuationNeverEndsALine() {
        #expect(TextCells.wrapped("你好“世界”", toCells: 6) == ["你好", "“世界”"])
        #expect(TextCells.wrapped("互动交流  [会议室]", toCells: 11) == ["互动交流", "[会议室]"])
        for width in 4...16 {
            for line in TextCells.wrapped("学习“星海精神”。讲述‘故事’", toCells: width) {
                #expect(!line.hasPrefix("”") && !line.hasPrefix("’"), "a closing quote starts no line: \(line)")
            }
        }
        for line in TextCells.wrapped("甲乙（丙丁）戊", toCells: 6) {
            #expect(!line.hasSuffix("（"), "\(line)")
            #expect(line.cellWidth <= 6)
        }
    }

    @Test("plain text given as one span wraps exactly as the string does")
    func spansAgreeWithStrings() {
        let samples = [
            "the quick brown fox", "abcdefghijkl xy", "明天上午开会讨论预算", "你好，世界", "徐晓敏和Xu Xiaomin明天见面。",
            "程智鹏 Cheng Zhipeng — 发挥产业链集群效应，增强产业链韧性 (20 min)", "  leading  and   spaced ", "a\nb\n\nc", "",
        ]
        for s in samples {
            for width in 1...24 {
                #expect(
                    TextCells.wrapped([.text(s)], toCells: width) == TextCells.wrapped(s, toCells: width),
                    "\(s) \(width)")
            }
        }
    }

    @Test("no line is wider than asked, and every span that fits a line is on one line")
    func spansFitAndStayWhole() {
        let units = ["(20 min)", "（20 分钟）", "[展厅]", "[会议室]", "程智鹏 Cheng Zhipeng", "Speaker·党建座谈会"]
        let texts = ["", " ", "发挥产业链集群效应，增强产业链韧性", "a long report on the state of things ", " — ", "，"]
        for width in [4, 8, 11, 16, 23, 40] {
            for unit in units {
                for before in texts {
                    for after in texts {
                        let spans: [Span] = [.text(before), .unbreakable(unit), .text(after)]
                        let lines = TextCells.wrapped(spans, toCells: width)
                        for line in lines { #expect(line.cellWidth <= width, "\(spans) at \(width): \(line)") }
                        if unit.cellWidth <= width {
                            #expect(lines.contains { $0.contains(unit) }, "\(unit) split at \(width): \(lines)")
                        }
                    }
                }
            }
        }
    }
}
