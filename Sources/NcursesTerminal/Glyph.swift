import CNcursesw
import Glibc

/// What to send ncurses for one cell so that its idea of the width (glibc `wcwidth`)
/// matches ours: the grapheme itself when both agree, otherwise a stand-in padded with
/// spaces, so a disagreement can never shift the rest of the row.
struct Glyph {
    /// One entry per column to write; each is the scalars of one `cchar_t` (≤ 5).
    let parts: [[UInt32]]

    init(_ character: Character, width: Int, room: Int) {
        if width > room {  // a wide char at the right edge
            parts = Array(repeating: [0x20], count: max(0, room))
            return
        }
        let scalars = character.unicodeScalars.map(\.value)
        if scalars.count == 1, scalars[0] < 0x7F, scalars[0] >= 0x20 {
            parts = [scalars]  // ASCII fast path
            return
        }
        let first = scalars.first ?? 0x20
        let theirs = Int(wcwidth(wchar_t(bitPattern: first)))
        let kept = Array(scalars.prefix(5))
        if theirs == width {
            parts = [kept]  // a wide char covers both columns
        } else if theirs == 1 && width == 2 {
            parts = [kept, [0x20]]  // e.g. ❤️: draw it, keep the row aligned
        } else {
            parts = [[0xFFFD]] + Array(repeating: [0x20], count: max(0, width - 1))
        }
    }
}
