import Phrasebook
import TerminalKit

/// Where things go on the screen: title bar, tab bar, content, status line.
enum Layout {
    static let minimum = Size(width: 60, height: 16)

    /// The screens' area: below the title and tab bars, above the status line.
    static func content(_ size: Size) -> Rect { Rect(x: 0, y: 2, width: size.width, height: max(0, size.height - 3)) }

    /// A screen's table: the content below its one-line heading (the table's own header row is its first row).
    static func belowHeading(_ content: Rect) -> Rect {
        Rect(x: content.x, y: content.y + 1, width: content.width, height: max(0, content.height - 1))
    }
}

/// The tab bar's labels and where each one sits.
enum TabBar {
    static func label(_ screen: Screen, _ state: AppState, short: Bool = false) -> String {
        let title = state.text(short ? screen.shortTitle : screen.title)
        if screen == .checks {
            guard let problems = state.problemsIfReady else { return " 6 \(title) … " }
            let errors = problems.filter { $0.severity == .error }.count
            return " 6 \(title)" + (problems.isEmpty ? " ✓ " : errors > 0 ? " (\(errors)!) " : " (\(problems.count)) ")
        }
        return " \(screen.rawValue) \(title) "
    }

    /// Every tab's label, computed once (the Checks label runs the checks); short ones when the full ones do not fit.
    static func labels(_ state: AppState) -> [(Screen, String)] {
        let full = Screen.allCases.map { ($0, label($0, state)) }
        let width = full.reduce(0) { $0 + $1.1.cellWidth + 1 }
        return width <= state.size.width ? full : Screen.allCases.map { ($0, label($0, state, short: true)) }
    }

    static func ranges(_ state: AppState) -> [(Screen, Range<Int>)] { ranges(labels(state), state.language) }

    static func ranges(_ labels: [(Screen, String)], _ language: Language) -> [(Screen, Range<Int>)] {
        // Short labels sit edge to edge (their own padding separates them); full ones have a gap.
        let gap = labels.first?.1.contains(Screen.overview.title.text(language)) == true ? 1 : 0
        var x = 0
        var out: [(Screen, Range<Int>)] = []
        for (screen, label) in labels {
            let w = label.cellWidth
            out.append((screen, x..<(x + w)))
            x += w + gap
        }
        return out
    }
}
