/// A terminal colour: the terminal's default, one of the 16 named ANSI colours, or an
/// entry of the 256-colour palette. `degraded(to:)` maps it to what a terminal can show.
public enum Color: Hashable, Sendable {
    case `default`
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow
    case brightBlue, brightMagenta, brightCyan, brightWhite
    case indexed(UInt8)

    private static let named: [Color] = [
        .black, .red, .green, .yellow, .blue, .magenta, .cyan, .white,
        .brightBlack, .brightRed, .brightGreen, .brightYellow,
        .brightBlue, .brightMagenta, .brightCyan, .brightWhite,
    ]

    /// The palette index (0–255), or nil for `.default`.
    public var paletteIndex: Int? {
        switch self {
        case .default: return nil
        case .indexed(let n): return Int(n)
        default: return Self.named.firstIndex(of: self)
        }
    }

    /// The nearest colour a terminal with `support` can show; `.default` when none.
    public func degraded(to support: ColorSupport) -> Color {
        guard let index = paletteIndex else { return .default }
        switch support {
        case .none:
            return .default
        case .full256:
            return index < 16 ? Self.named[index] : self
        case .sixteen:
            return Self.named[Self.nearestSixteen(index)]
        case .eight:
            return Self.named[Self.nearestSixteen(index) % 8]
        }
    }

    /// Maps a 256-palette index onto the 16 ANSI colours.
    static func nearestSixteen(_ index: Int) -> Int {
        if index < 16 { return index }
        if index >= 232 {  // grey ramp
            let level = index - 232  // 0…23
            switch level {
            case ..<6: return 0
            case ..<14: return 8
            case ..<20: return 7
            default: return 15
            }
        }
        let cube = index - 16
        let r = cube / 36, g = (cube / 6) % 6, b = cube % 6
        let top = max(r, g, b)
        if top == 0 { return 0 }
        let bright = top >= 4
        let threshold = max(1, top - 1)
        let bits = (r >= threshold ? 1 : 0) | (g >= threshold ? 2 : 0) | (b >= threshold ? 4 : 0)
        if bits == 7 { return bright ? 15 : (top >= 2 ? 7 : 8) }
        return bits + (bright ? 8 : 0)
    }
}
