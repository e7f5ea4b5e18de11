import Phrasebook
import PlannerCore
import TerminalKit
import TextCells

/// A form drawn over the screen: its fields, the focused one, and the error at the field it concerns.
enum FormView {
    static func draw(_ buffer: inout CellBuffer, _ form: Form, _ state: AppState, _ theme: Theme) {
        let rect = Overlay.centered(state.size, width: 76, height: form.fields.count + 6)
        Overlay.panel(&buffer, rect, title: form.title, theme)
        let labelWidth = min(22, form.fields.map { $0.label.cellWidth }.max() ?? 10)
        let fieldX = rect.x + 3 + labelWidth
        let fieldWidth = max(4, rect.maxX - fieldX - 2)
        for (i, field) in form.fields.enumerated() {
            let y = rect.y + 2 + i
            guard y < rect.maxY - 2 else { break }
            let focused = i == form.focus
            buffer.put(
                field.label, x: rect.x + 2, y: y, style: focused ? theme[.accent] : theme[.normal], maxWidth: labelWidth
            )
            let style = focused ? theme[.fieldActive] : theme[.field]
            buffer.fill(Rect(x: fieldX, y: y, width: fieldWidth, height: 1), style: style)
            switch field.value {
            case .text(var text):
                let (visible, caret) = text.layout(width: fieldWidth)
                // Selected text (a pre-filled field just entered) is drawn as a selection: typing replaces it.
                buffer.put(visible, x: fieldX, y: y, style: focused && text.isAllSelected ? theme[.selected] : style)
                if focused { buffer.cursor = (fieldX + caret, y) }
            case .choice(let options, let selected):
                let label = options.indices.contains(selected) ? options[selected].label : ""
                buffer.put("‹ \(label) ›", x: fieldX, y: y, style: style, maxWidth: fieldWidth)
            case .pick(_, let label, _):
                buffer.put(
                    label.isEmpty ? state.text(tr("(Enter: choose from the list)")) : label + "  ▾", x: fieldX, y: y,
                    style: style,
                    maxWidth: fieldWidth)
            }
        }
        let y = rect.maxY - 2
        if let error = form.error {
            buffer.put(
                "✗ "
                    + state.text(
                        form.fields.indices.contains(error.field)
                            ? tr("\(form.fields[error.field].label): \(error.message)") : .verbatim(error.message)),
                x: rect.x + 2, y: y, style: theme[.error],
                maxWidth: rect.width - 4)
        } else {
            buffer.put(
                state.text(tr("Tab next · Enter on last field or Ctrl-S accept · Esc cancel")), x: rect.x + 2, y: y,
                style: theme[.dim],
                maxWidth: rect.width - 4)
        }
    }
}
