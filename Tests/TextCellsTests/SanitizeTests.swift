import Testing
import TextCells

@Suite("Sanitizing")
struct SanitizeTests {
    @Test func escapeSequenceIsDefused() {
        let s = TextCells.sanitized("\u{1B}[31mred")
        #expect(s == "\u{FFFD}[31mred")
        #expect(!s.unicodeScalars.contains("\u{1B}"))
    }

    @Test func bidiOverrideIsReplaced() {
        #expect(TextCells.sanitized("abc\u{202E}def") == "abc\u{FFFD}def")
        #expect(TextCells.sanitized("\u{2066}x\u{2069}") == "\u{FFFD}x\u{FFFD}")
    }

    @Test func lineBreaksAndTabsBecomeOneSpace() {
        #expect(TextCells.sanitized("a\tb\nc\rd\r\ne") == "a b c d e")
    }

    @Test func deleteAndC1AreReplaced() {
        #expect(TextCells.sanitized("a\u{7F}b\u{9B}c\u{80}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}")
    }

    @Test func cleanTextIsUntouched() {
        let s = "徐晓敏 é 😀 \u{200D} ‏"
        #expect(TextCells.sanitized(s) == s)
        #expect(TextCells.sanitized("") == "")
    }
}
