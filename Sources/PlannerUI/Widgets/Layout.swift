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
    /// How much of each title a tab shows: all of it, the short form, or the number alone.
    enum Titles { case full, short, numbers }

    static func label(_ screen: Screen, _ state: AppState, _ titles: Titles = .full) -> String {
        let title: String
        switch titles {
        case .full: title = state.text(screen.title)
        case .short: title = state.text(screen.shortTitle)
        case .numbers: title = screen == state.screen ? state.text(screen.shortTitle) : ""
        }
        let head = " \(screen.rawValue)" + (title.isEmpty ? "" : " " + title)
        if screen == .checks {
            guard let problems = state.problemsIfReady else { return head + " … " }
            let errors = problems.filter { $0.severity == .error }.count
            return head + (problems.isEmpty ? " ✓ " : errors > 0 ? " (\(errors)!) " : " (\(problems.count)) ")
        }
        return head + " "
    }

    /// Every tab's label, computed once (the Checks label runs the checks), with the gap between tabs: the full
    /// titles when they fit, else the short ones edge to edge, else numbers with the current screen's title.
    static func labels(_ state: AppState) -> (labels: [(Screen, String)], gap: Int) {
        func make(_ titles: Titles) -> [(Screen, String)] { Screen.allCases.map { ($0, label($0, state, titles)) } }
        func width(_ labels: [(Screen, String)], gap: Int) -> Int { labels.reduce(0) { $0 + $1.1.cellWidth + gap } }
        let full = make(.full)
        if width(full, gap: 1) <= state.size.width { return (full, 1) }
        let short = make(.short)
        if width(short, gap: 0) <= state.size.width { return (short, 0) }
        return (make(.numbers), 0)
    }

    static func ranges(_ state: AppState) -> [(Screen, Range<Int>)] { ranges(labels(state)) }

    static func ranges(_ labels: (labels: [(Screen, String)], gap: Int)) -> [(Screen, Range<Int>)] {
        var x = 0
        var out: [(Screen, Range<Int>)] = []
        for (screen, label) in labels.labels {
            let w = label.cellWidth
            out.append((screen, x..<(x + w)))
            x += w + labels.gap
        }
        return out
    }
}
