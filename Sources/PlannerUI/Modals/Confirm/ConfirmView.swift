import Phrasebook
import PlannerCore
import TerminalKit
import TextCells

/// A yes/no question drawn over the screen.
enum ConfirmView {
    static func draw(_ buffer: inout CellBuffer, _ confirmation: Confirmation, _ state: AppState, _ theme: Theme) {
        let lines = TextCells.wrapped(confirmation.question, toCells: min(70, state.size.width - 6))
        let rect = Overlay.centered(state.size, width: min(74, state.size.width - 2), height: lines.count + 4)
        Overlay.panel(&buffer, rect, title: state.text(tr("Confirm")), theme)
        for (i, line) in lines.enumerated() {
            buffer.put(line, x: rect.x + 2, y: rect.y + 2 + i, style: theme[.accent], maxWidth: rect.width - 4)
        }
    }
}
