import Phrasebook
import PlannerCore
import TerminalKit
import TextCells

/// The help overlay: the current screen's keys, from the key table.
enum HelpView {
    static func draw(_ buffer: inout CellBuffer, _ state: AppState, _ theme: Theme) {
        let rows = KeyMap.help(for: state.screen, state.language)
        let rect = Overlay.centered(state.size, width: 92, height: rows.count + 4)
        Overlay.panel(&buffer, rect, title: state.text(tr("Keys: \(state.screen.title) (any key closes)")), theme)
        for (i, (keys, what)) in rows.enumerated() where i < rect.height - 3 {
            buffer.put(keys, x: rect.x + 2, y: rect.y + 2 + i, style: theme[.accent], maxWidth: 16)
            buffer.put(what, x: rect.x + 19, y: rect.y + 2 + i, style: theme[.normal], maxWidth: rect.width - 21)
        }
    }
}
