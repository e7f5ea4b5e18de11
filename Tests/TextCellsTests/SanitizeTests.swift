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

@Suite("The output layer: escapingControls")
struct EscapingControlsTests {
    @Test("the probe's payloads become visible \\u escapes; nothing a terminal acts on is left")
    func probePayloads() {
        #expect(TextCells.escapingControls("张伟\u{1B}]52;c;SGVsbG8=\u{07}") == "张伟\\u001b]52;c;SGVsbG8=\\u0007")
        #expect(TextCells.escapingControls("\u{1B}]0;pwned\u{07}") == "\\u001b]0;pwned\\u0007")
        #expect(TextCells.escapingControls("\u{1B}[2J") == "\\u001b[2J")
        #expect(TextCells.escapingControls("a\u{9B}2Jb\u{202E}c\u{7F}\u{0}") == "a\\u009b2Jb\\u202ec\\u007f\\u0000")
        #expect(
            TextCells.escapingControls("\u{200E}\u{200F}\u{061C}\u{2066}\u{2069}")
                == "\\u200e\\u200f\\u061c\\u2066\\u2069")
    }

    @Test("line feeds, tabs and CR LF pairs stay; a lone CR is escaped")
    func lineEnds() {
        #expect(TextCells.escapingControls("a\tb\nc\r\nd") == "a\tb\nc\r\nd")
        #expect(TextCells.escapingControls("over\rwrite") == "over\\u000dwrite")
        #expect(TextCells.escapingControls("end\r") == "end\\u000d")
    }

    @Test("CJK, punctuation, emoji and zero-width joiners are untouched, and the same string comes back")
    func cleanText() {
        let s = "徐晓敏（党支部书记）：“你好”，é 😀 \u{200D} \\u001b is text"
        #expect(TextCells.escapingControls(s) == s)
        #expect(TextCells.escapingControls("") == "")
    }

    @Test("controls are named for messages")
    func names() {
        #expect(TextCells.controlDescription("\u{1B}") == "U+001B (ESC)")
        #expect(TextCells.controlDescription("\u{0}") == "U+0000 (NUL)")
        #expect(TextCells.controlDescription("\u{9B}") == "U+009B (CSI)")
        #expect(TextCells.controlDescription("\u{81}") == "U+0081 (C1 control)")
        #expect(TextCells.controlDescription("\u{202E}") == "U+202E (RLO)")
    }
}
