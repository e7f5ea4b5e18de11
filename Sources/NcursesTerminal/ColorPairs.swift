import CNcursesw
import TerminalKit

/// Allocates ncurses colour pairs on demand for (foreground, background) and caches them,
/// degrading colours to what the terminal supports.
struct ColorPairs {
    let support: ColorSupport
    let defaultColorsAvailable: Bool
    private let limit: Int
    private var pairs: [Pair: Int16] = [:]
    private var next: Int = 1

    private struct Pair: Hashable {
        let fg: Int16
        let bg: Int16
    }

    init(support: ColorSupport, defaultColorsAvailable: Bool, colorPairs: Int) {
        self.support = support
        self.defaultColorsAvailable = defaultColorsAvailable
        self.limit = min(colorPairs - 1, Int(Int16.max))
    }

    /// The pair number for `style` (0 when colours are off or pairs ran out), and
    /// whether a bright foreground must be faked with bold on an 8-colour terminal.
    mutating func pair(for style: Style) -> (pair: Int16, boldForBright: Bool) {
        guard support != .none else { return (0, false) }
        let fgIndex = style.fg.degraded(to: support == .eight ? .sixteen : support).paletteIndex
        let bgIndex = style.bg.degraded(to: support).paletteIndex
        var boldForBright = false
        var fg = fgIndex.map { Int16($0) } ?? (defaultColorsAvailable ? -1 : 7)
        if support == .eight, let i = fgIndex, i >= 8 {
            fg = Int16(i - 8)
            boldForBright = true
        }
        let bg = bgIndex.map { Int16($0) } ?? (defaultColorsAvailable ? -1 : 0)
        let key = Pair(fg: fg, bg: bg)
        if defaultColorsAvailable && fg == -1 && bg == -1 { return (0, boldForBright) }
        if let known = pairs[key] { return (known, boldForBright) }
        guard next <= limit else { return (0, boldForBright) }
        let number = Int16(next)
        guard init_pair(number, fg, bg) != ERR else { return (0, boldForBright) }
        next += 1
        pairs[key] = number
        return (number, boldForBright)
    }
}
