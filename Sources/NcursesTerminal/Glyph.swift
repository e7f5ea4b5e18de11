import CNcursesw
import Glibc
import TextCells

/// What to send ncurses for one cell so that its idea of the width (glibc `wcwidth`)
/// matches ours: the grapheme itself when both agree, otherwise a stand-in padded with
/// spaces, so a disagreement can never shift the rest of the row.
struct Glyph {
    /// One entry per column to write; each is the scalars of one `cchar_t` (≤ 5).
    let parts: [[UInt32]]

    init(_ character: Character, width: Int, room: Int) {
        self.init(character, width: width, room: room, theirs: nil)
    }

    /// `theirs` stands in for glibc's `wcwidth` of the first scalar (tests give it; nil asks glibc).
    init(_ character: Character, width: Int, room: Int, theirs given: Int?) {
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
        let theirs = given ?? Int(wcwidth(wchar_t(bitPattern: first)))
        let kept = Array(scalars.prefix(5))
        let wideAmbiguous = TextCells.ambiguousWidth == .wide
        if theirs == width {
            parts = [kept]  // a wide char covers both columns
        } else if theirs == 1 && width == 2, let scalar = Unicode.Scalar(first), TextCells.isAmbiguous(scalar) {
            // Ambiguous counted wide, but the locale's wcwidth (glibc's always) says one cell: the terminal would
            // draw it over two cells while ncurses moves on by one, so send a look-alike both count as two.
            parts = Self.twoCellStandIn(for: first)
        } else if theirs == 1 && width == 2 {
            parts = [kept, [0x20]]  // e.g. ❤️: draw it, keep the row aligned
        } else if wideAmbiguous {
            // U+FFFD is ambiguous itself: a terminal that draws ambiguous characters wide draws it over two cells.
            parts = width == 2 ? [[0xFF1F]] : [[0x3F]] + Array(repeating: [0x20], count: max(0, width - 1))
        } else {
            parts = [[0xFFFD]] + Array(repeating: [0x20], count: max(0, width - 1))
        }
    }

    /// Two cells for an ambiguous character that ncurses would count as one: a wide look-alike (which both the
    /// terminal and glibc count as two) or two ASCII characters; `？` when there is none.
    static func twoCellStandIn(for scalar: UInt32) -> [[UInt32]] {
        switch scalar {
        case 0x00B7, 0x2022, 0x2027: return [[0x30FB]]  // · • ‧ → ・
        case 0x2010, 0x2013, 0x2014, 0x2015, 0x2500, 0x2501: return [[0xFF0D]]  // ‐ – — ― ─ ━ → －
        case 0x201C, 0x201D: return [[0xFF02]]  // “ ” → ＂
        case 0x2018, 0x2019: return [[0xFF07]]  // ‘ ’ → ＇
        case 0x2026: return [[0x2E], [0x2E]]  // … → ..
        case 0x2550: return [[0xFF1D]]  // ═ → ＝
        case 0x2502, 0x2503, 0x2551: return [[0xFF5C]]  // │ ┃ ║ → ｜
        case 0x25CB, 0x25EF: return [[0x3007]]  // ○ ◯ → 〇
        case 0x00D7: return [[0xFF58]]  // × → ｘ
        case 0x2192: return [[0x2D], [0x3E]]  // → → ->
        case 0x2190: return [[0x3C], [0x2D]]  // ← → <-
        case 0x2191: return [[0x5E], [0x20]]  // ↑ → ^
        case 0x2193: return [[0x76], [0x20]]  // ↓ → v
        default:
            // A Latin letter with a mark (é, ü) keeps its letter; anything else becomes a fullwidth question mark.
            if let letter = latinBase(of: scalar) { return [[letter], [0x20]] }
            return [[0xFF1F]]
        }
    }

    /// The ASCII letter of "LATIN SMALL LETTER E WITH ACUTE" and the like, from the scalar's name.
    static func latinBase(of scalar: UInt32) -> UInt32? {
        guard let name = Unicode.Scalar(scalar)?.properties.name else { return nil }
        let words = name.split(separator: " ")
        guard words.count >= 4, words[0] == "LATIN", words[2] == "LETTER", words[3].count == 1,
            let letter = words[3].unicodeScalars.first, ("A"..."Z").contains(letter)
        else { return nil }
        return words[1] == "SMALL" ? letter.value + 0x20 : letter.value
    }
}
