import CNcursesw
import TerminalKit

/// Turns what `wget_wch` returned into a `Key`.
enum KeyDecoder {
    /// A key code (`wget_wch` returned KEY_CODE_YES).
    static func key(code: Int32) -> Key {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_BEG, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_IC: return .insert
        case KEY_DC: return .delete
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        case let c where c > cnc_key_f(0) && c <= cnc_key_f(63): return .function(Int(c - cnc_key_f(0)))
        default: return .unknown(Int(code))
        }
    }

    /// A character (`wget_wch` returned OK).
    static func key(character value: UInt32) -> Key {
        switch value {
        case 13, 10: return .enter
        case 9: return .tab
        case 27: return .escape
        case 127, 8: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(value) + 96)))
        case 0..<32, 0x80..<0xA0: return .unknown(Int(value))
        default:
            guard let scalar = Unicode.Scalar(value) else { return .unknown(Int(value)) }
            return .char(Character(scalar))
        }
    }
}
