import PlannerCore
import TerminalKit
import TextCells

/// What the modals share: a box centred on the screen, with a title.
enum Overlay {
    static func centered(_ size: Size, width: Int, height: Int) -> Rect {
        let w = min(width, size.width - 2), h = min(height, size.height - 2)
        return Rect(x: (size.width - w) / 2, y: (size.height - h) / 2, width: w, height: h)
    }

    static func panel(_ buffer: inout CellBuffer, _ rect: Rect, title: String, _ theme: Theme) {
        buffer.fill(rect, style: theme[.normal])
        buffer.box(rect, title: title, style: theme[.border])
    }
}
