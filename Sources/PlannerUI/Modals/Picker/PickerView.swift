import Phrasebook
import PlannerCore
import TerminalKit
import TextCells

/// A pick-list drawn over the screen: the search line, the matching options, how many match.
enum PickerView {
    static func draw(_ buffer: inout CellBuffer, _ picker: Picker, _ state: AppState, _ theme: Theme) {
        let rect = Overlay.centered(state.size, width: 70, height: state.size.height - 4)
        Overlay.panel(&buffer, rect, title: picker.title, theme)
        var filter = picker.filter
        buffer.put(state.text(tr("Find:")), x: rect.x + 2, y: rect.y + 1, style: theme[.accent])
        let (visible, caret) = filter.layout(width: rect.width - 10)
        buffer.fill(Rect(x: rect.x + 8, y: rect.y + 1, width: rect.width - 10, height: 1), style: theme[.fieldActive])
        buffer.put(visible, x: rect.x + 8, y: rect.y + 1, style: theme[.fieldActive])
        buffer.cursor = (rect.x + 8 + caret, rect.y + 1)
        let options = picker.visible
        let listHeight = rect.height - 5
        let first = max(0, picker.selection - listHeight + 1)
        let shown = first..<min(options.count, first + listHeight)
        // The labels' column is as wide as the widest label in view; the details take what is left.
        let inner = rect.width - 4
        let labelWidth = min(inner, shown.map { options[$0].label.cellWidth }.max() ?? 0)
        let detailX = rect.x + 2 + labelWidth + 2
        for (n, i) in shown.enumerated() {
            let y = rect.y + 2 + n
            let style = i == picker.selection ? theme[.selected] : theme[.normal]
            buffer.fill(Rect(x: rect.x + 1, y: y, width: rect.width - 2, height: 1), style: style)
            buffer.put(TextCells.truncated(options[i].label, toCells: labelWidth), x: rect.x + 2, y: y, style: style)
            let detailWidth = rect.maxX - 2 - detailX
            if detailWidth > 0 {
                buffer.put(
                    TextCells.truncated(options[i].detail, toCells: detailWidth), x: detailX, y: y,
                    style: i == picker.selection ? style : theme[.dim])
            }
        }
        let footer =
            options.isEmpty
            ? state.text(tr("Nothing matches '\(picker.filter.text)'"))
            : state.text(
                tr("\(options.count) of \(picker.options.count) · type name, pinyin or initials · Enter picks · Esc"))
        buffer.put(
            footer, x: rect.x + 2, y: rect.maxY - 2, style: options.isEmpty ? theme[.error] : theme[.dim],
            maxWidth: rect.width - 4)
    }
}
