import Testing
import TextCells

@Suite("Display width")
struct WidthTests {
    @Test func chineseNameIsTwoCellsPerCharacter() {
        #expect(TextCells.width(of: "徐晓敏") == 6)
        #expect("徐晓敏".cellWidth == 6)
    }

    @Test func latinNameIsOneCellPerCharacter() {
        #expect(TextCells.width(of: "Xu Xiaomin") == 10)
    }

    @Test func combiningMarkAddsNothing() {
        #expect(TextCells.width(of: "e\u{301}") == 1)
        #expect(TextCells.width(of: Character("e\u{301}")) == 1)
        #expect(TextCells.width(of: "Zoe\u{308}") == 3)
    }

    @Test func wideRangesAreTwo() {
        for c: Character in ["한", "あ", "ア", "，", "。", "Ａ", "￥", "𠀀", "ㄅ"] {
            #expect(TextCells.width(of: c) == 2, "\(c)")
        }
    }

    @Test func emojiPresentationAndVS16AreTwo() {
        #expect(TextCells.width(of: Character("😀")) == 2)
        #expect(TextCells.width(of: Character("👍🏽")) == 2)
        #expect(TextCells.width(of: Character("❤\u{FE0F}")) == 2)
        #expect(TextCells.width(of: Character("❤")) == 1)
        #expect(TextCells.width(of: Character("🇨🇳")) == 2)
    }

    @Test func zeroWidthCharacters() {
        #expect(TextCells.width(of: "\u{200B}") == 0)
        #expect(TextCells.width(of: Character("\u{301}")) == 0)
        #expect(TextCells.width(of: "a\u{200D}b") == 2)
    }

    @Test func controlsCountAsTheirReplacement() {
        #expect(TextCells.width(of: "\u{1B}[31m") == TextCells.width(of: TextCells.sanitized("\u{1B}[31m")))
        #expect(TextCells.width(of: "a\tb") == 3)
        #expect(TextCells.width(of: "a\r\nb") == 3)
        #expect(TextCells.width(of: "\u{202E}x") == 2)
        #expect(TextCells.width(of: "\u{85}") == 1)
    }

    @Test func mixedText() {
        #expect(TextCells.width(of: "徐晓敏 (Xu Xiaomin)") == 19)
        #expect(TextCells.width(of: "") == 0)
    }
}
