import CNcursesw
import TerminalKit
import Testing

@testable import NcursesTerminal

/// What `wget_wch` returns, turned into keys, without a terminal.
@Suite("Key decoding from ncurses")
struct KeyDecoderTests {
    @Test("ncurses key codes: arrows, paging, keypad corners, editing keys, resize")
    func keyCodes() {
        let expected: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_HOME, .home), (KEY_BEG, .home), (KEY_A1, .home), (KEY_END, .end), (KEY_C1, .end),
            (KEY_NPAGE, .pageDown), (KEY_C3, .pageDown), (KEY_PPAGE, .pageUp), (KEY_A3, .pageUp),
            (KEY_IC, .insert), (KEY_DC, .delete), (KEY_BACKSPACE, .backspace), (KEY_ENTER, .enter),
            (KEY_BTAB, .backTab), (KEY_RESIZE, .resize),
        ]
        for (code, key) in expected { #expect(KeyDecoder.key(code: code) == key, "code \(code)") }
    }

    @Test("function keys F1–F63; F0 and codes ncurses does not name are unknown")
    func functionKeys() {
        #expect(KeyDecoder.key(code: cnc_key_f(1)) == .function(1))
        #expect(KeyDecoder.key(code: cnc_key_f(12)) == .function(12))
        #expect(KeyDecoder.key(code: cnc_key_f(63)) == .function(63))
        #expect(KeyDecoder.key(code: cnc_key_f(0)) == .unknown(Int(cnc_key_f(0))))
        #expect(KeyDecoder.key(code: 0x7FFF) == .unknown(0x7FFF))
    }

    @Test("characters: Enter as CR or LF, Tab, Escape, Backspace as DEL or BS, Ctrl+letter")
    func controlCharacters() {
        #expect(KeyDecoder.key(character: 13) == .enter)
        #expect(KeyDecoder.key(character: 10) == .enter)
        #expect(KeyDecoder.key(character: 9) == .tab)
        #expect(KeyDecoder.key(character: 27) == .escape)
        #expect(KeyDecoder.key(character: 127) == .backspace)
        #expect(KeyDecoder.key(character: 8) == .backspace)
        #expect(KeyDecoder.key(character: 1) == .ctrl("a"))
        #expect(KeyDecoder.key(character: 19) == .ctrl("s"))
        #expect(KeyDecoder.key(character: 26) == .ctrl("z"))
    }

    @Test("text: ASCII, Chinese, full-width punctuation and emoji are characters")
    func text() {
        for text in ["a", "Z", " ", "中", "徐", "，", "。", "😀", "é"] {
            let scalar = text.unicodeScalars.first!
            #expect(KeyDecoder.key(character: scalar.value) == .char(Character(scalar)), "\(text)")
        }
    }

    @Test("other C0 and C1 controls and values that are not scalars never become text")
    func notText() {
        for value: UInt32 in [0, 28, 31, 0x80, 0x85, 0x9B, 0x9F] {
            #expect(KeyDecoder.key(character: value) == .unknown(Int(value)), "\(value)")
        }
        #expect(KeyDecoder.key(character: 0xD800) == .unknown(0xD800))
        #expect(KeyDecoder.key(character: 0x110000) == .unknown(0x110000))
    }
}
