import Phrasebook
import PlannerCore
import TerminalKit
import TextCells

/// The help overlay: the current screen's keys, from the key table; long lines wrap and the page scrolls.
enum HelpView {
    /// One row of the page: the keys (on a binding's first row only) and a line of what they do.
    struct Line: Equatable {
        var keys: String
        var what: String
    }

    /// Where the box is, how wide the keys' column is, and the page's rows at this size.
    struct Page {
        var rect: Rect
        var keysWidth: Int
        var lines: [Line]
        /// Rows of the page in view at once.
        var visible: Int { max(1, rect.height - 3) }
        var lastOffset: Int { max(0, lines.count - visible) }
    }

    static func page(_ state: AppState) -> Page {
        let rows = KeyMap.help(for: state.screen, state.language)
        // The keys' column is as wide as its widest keys, up to a third of the box.
        let boxWidth = min(state.size.width - 2, 92)
        let keysWidth = min(
            max(4, (boxWidth - 6) / 3), rows.filter { !$0.what.isEmpty }.map { $0.keys.cellWidth }.max() ?? 4)
        let whatWidth = max(1, boxWidth - 4 - keysWidth - 2)
        var lines: [Line] = []
        for (keys, what) in rows {
            if what.isEmpty {
                // A section's heading (or a blank line) spans the box.
                lines.append(Line(keys: keys, what: ""))
                continue
            }
            for (n, line) in TextCells.wrapped(what, toCells: whatWidth).enumerated() {
                lines.append(Line(keys: n == 0 ? keys : "", what: line))
            }
        }
        let rect = Overlay.centered(state.size, width: boxWidth, height: lines.count + 4)
        return Page(rect: rect, keysWidth: keysWidth, lines: lines)
    }

    /// The offset after a moving key, kept inside the page.
    static func scrolled(_ offset: Int, by action: Action, _ state: AppState) -> Int {
        let page = page(state)
        let next: Int
        switch action {
        case .moveUp: next = offset - 1
        case .moveDown: next = offset + 1
        case .pageUp: next = offset - max(1, page.visible - 1)
        case .pageDown: next = offset + max(1, page.visible - 1)
        case .top: next = 0
        case .bottom: next = page.lastOffset
        default: next = offset
        }
        return max(0, min(next, page.lastOffset))
    }

    static func draw(_ buffer: inout CellBuffer, _ state: AppState, _ theme: Theme) {
        guard case .help(let requested) = state.mode else { return }
        let page = page(state)
        let rect = page.rect
        let offset = max(0, min(requested, page.lastOffset))
        let title = TextCells.truncated(
            state.text(tr("Keys: \(state.screen.title) (arrows scroll, any other key closes)")),
            toCells: max(1, rect.width - 4))
        Overlay.panel(&buffer, rect, title: title, theme)
        let inner = rect.width - 4
        let whatX = rect.x + 2 + page.keysWidth + 2
        for (n, line) in page.lines.dropFirst(offset).prefix(page.visible).enumerated() {
            let y = rect.y + 2 + n
            if line.what.isEmpty {
                buffer.put(TextCells.truncated(line.keys, toCells: inner), x: rect.x + 2, y: y, style: theme[.header])
                continue
            }
            buffer.put(
                TextCells.truncated(line.keys, toCells: page.keysWidth), x: rect.x + 2, y: y, style: theme[.accent])
            buffer.put(line.what, x: whatX, y: y, style: theme[.normal], maxWidth: rect.maxX - 2 - whatX)
        }
        if page.lines.count > page.visible {
            // On the bottom border: which rows are in view, and that the arrows scroll.
            let marker = " ↑↓ \(offset + 1)–\(offset + page.visible)/\(page.lines.count) "
            if marker.cellWidth <= rect.width - 4 {
                buffer.put(marker, x: rect.maxX - 2 - marker.cellWidth, y: rect.maxY - 1, style: theme[.border])
            }
        }
    }
}
