import TerminalKit

/// Where things go on the screen: title bar, tab bar, content, status line.
enum Layout {
    static let minimum = Size(width: 60, height: 16)

    /// The first screen row of a screen's list (below its header).
    static func listTop(_ state: AppState) -> Int {
        switch state.screen {
        case .agenda, .participants, .checks: return 4
        case .organisations: return 4
        case .venue: return 8
        case .overview: return 2
        }
    }

    /// How many list rows fit.
    static func listHeight(_ state: AppState) -> Int { max(1, state.size.height - 1 - listTop(state)) }
}

/// The tab bar's labels and where each one sits.
enum TabBar {
    static func label(_ screen: Screen, _ state: AppState) -> String {
        if screen == .checks {
            let problems = state.problems
            let errors = problems.filter { $0.severity == .error }.count
            return " 6 Checks" + (problems.isEmpty ? " ✓ " : errors > 0 ? " (\(errors)!) " : " (\(problems.count)) ")
        }
        return " \(screen.rawValue) \(screen.title) "
    }

    static func ranges(_ state: AppState) -> [(Screen, Range<Int>)] {
        var x = 0
        var out: [(Screen, Range<Int>)] = []
        for screen in Screen.allCases {
            let w = label(screen, state).cellWidth
            out.append((screen, x..<(x + w)))
            x += w + 1
        }
        return out
    }
}
