import PlannerCore
import TerminalKit
import TextCells

/// Boxes drawn over the screen: help, forms, pick-lists, questions.
enum Overlays {
    static func centered(_ size: Size, width: Int, height: Int) -> Rect {
        let w = min(width, size.width - 2), h = min(height, size.height - 2)
        return Rect(x: (size.width - w) / 2, y: (size.height - h) / 2, width: w, height: h)
    }

    static func panel(_ buffer: inout CellBuffer, _ rect: Rect, title: String, _ theme: Theme) {
        buffer.fill(rect, style: theme[.normal])
        buffer.box(rect, title: title, style: theme[.border])
    }

    static func help(_ buffer: inout CellBuffer, _ state: AppState, _ theme: Theme) {
        let rows = KeyMap.help(for: state.screen)
        let rect = centered(state.size, width: 92, height: rows.count + 4)
        panel(&buffer, rect, title: "Keys: \(state.screen.title) (any key closes)", theme)
        for (i, (keys, what)) in rows.enumerated() where i < rect.height - 3 {
            buffer.put(keys, x: rect.x + 2, y: rect.y + 2 + i, style: theme[.accent], maxWidth: 16)
            buffer.put(what, x: rect.x + 19, y: rect.y + 2 + i, style: theme[.normal], maxWidth: rect.width - 21)
        }
    }

    static func form(_ buffer: inout CellBuffer, _ form: Form, _ state: AppState, _ theme: Theme) {
        let rect = centered(state.size, width: 76, height: form.fields.count + 6)
        panel(&buffer, rect, title: form.title, theme)
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
                buffer.put(visible, x: fieldX, y: y, style: style)
                if focused { buffer.cursor = (fieldX + caret, y) }
            case .choice(let options, let selected):
                let label = options.indices.contains(selected) ? options[selected].label : ""
                buffer.put("‹ \(label) ›", x: fieldX, y: y, style: style, maxWidth: fieldWidth)
            case .pick(_, let label, _):
                buffer.put(
                    label.isEmpty ? "(Enter: choose from the list)" : label + "  ▾", x: fieldX, y: y, style: style,
                    maxWidth: fieldWidth)
            }
        }
        let y = rect.maxY - 2
        if let error = form.error {
            buffer.put(
                "✗ \(form.fields.indices.contains(error.field) ? form.fields[error.field].label + ": " : "")\(error.message)",
                x: rect.x + 2, y: y, style: theme[.error],
                maxWidth: rect.width - 4)
        } else {
            buffer.put(
                "Tab next · Enter on last field or Ctrl-S accept · Esc cancel", x: rect.x + 2, y: y, style: theme[.dim],
                maxWidth: rect.width - 4)
        }
    }

    static func picker(_ buffer: inout CellBuffer, _ picker: Picker, _ state: AppState, _ theme: Theme) {
        let rect = centered(state.size, width: 70, height: state.size.height - 4)
        panel(&buffer, rect, title: picker.title, theme)
        var filter = picker.filter
        buffer.put("Find:", x: rect.x + 2, y: rect.y + 1, style: theme[.accent])
        let (visible, caret) = filter.layout(width: rect.width - 10)
        buffer.fill(Rect(x: rect.x + 8, y: rect.y + 1, width: rect.width - 10, height: 1), style: theme[.fieldActive])
        buffer.put(visible, x: rect.x + 8, y: rect.y + 1, style: theme[.fieldActive])
        buffer.cursor = (rect.x + 8 + caret, rect.y + 1)
        let options = picker.visible
        let listHeight = rect.height - 5
        let first = max(0, picker.selection - listHeight + 1)
        for (n, i) in (first..<min(options.count, first + listHeight)).enumerated() {
            let y = rect.y + 2 + n
            let style = i == picker.selection ? theme[.selected] : theme[.normal]
            buffer.fill(Rect(x: rect.x + 1, y: y, width: rect.width - 2, height: 1), style: style)
            buffer.put(TextCells.padded(options[i].label, toCells: 14), x: rect.x + 2, y: y, style: style)
            buffer.put(
                options[i].detail, x: rect.x + 18, y: y, style: i == picker.selection ? style : theme[.dim],
                maxWidth: rect.width - 20)
        }
        let footer =
            options.isEmpty
            ? "Nothing matches '\(picker.filter.text)'"
            : "\(options.count) of \(picker.options.count) · type name, pinyin or initials · Enter picks · Esc"
        buffer.put(
            footer, x: rect.x + 2, y: rect.maxY - 2, style: options.isEmpty ? theme[.error] : theme[.dim],
            maxWidth: rect.width - 4)
    }

    static func confirm(_ buffer: inout CellBuffer, _ confirmation: Confirmation, _ state: AppState, _ theme: Theme) {
        let lines = TextCells.wrapped(confirmation.question, toCells: min(70, state.size.width - 6))
        let rect = centered(state.size, width: min(74, state.size.width - 2), height: lines.count + 4)
        panel(&buffer, rect, title: "Confirm", theme)
        for (i, line) in lines.enumerated() {
            buffer.put(line, x: rect.x + 2, y: rect.y + 2 + i, style: theme[.accent], maxWidth: rect.width - 4)
        }
    }
}
