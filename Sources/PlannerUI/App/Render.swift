import Phrasebook
import PlannerCore
import TerminalKit
import TextCells

/// Draws the whole state into a cell buffer: the same state, theme and size always give the same buffer.
public enum Render {
    public static func frame(_ state: AppState, theme: Theme) -> CellBuffer {
        var buffer = CellBuffer(size: state.size, style: theme[.normal])
        let size = state.size
        guard size.width >= Layout.minimum.width, size.height >= Layout.minimum.height else {
            tooSmall(&buffer, size, state.language, theme)
            return buffer
        }
        titleBar(&buffer, state, theme)
        tabBar(&buffer, state, theme)
        state.screen.feature.draw(&buffer, Layout.content(size), state, theme)
        statusLine(&buffer, state, theme)
        switch state.mode {
        case .normal, .signIn: break
        case .filter(var field):
            let y = size.height - 1
            buffer.fill(Rect(x: 0, y: y, width: size.width, height: 1), style: theme[.status])
            let prompt =
                state.screen == .participants
                ? tr(
                    "Filter (name, pinyin or initials, organisation, status, reply, sign-in; Enter keeps, Esc clears): "
                )
                : tr("Filter (name, pinyin or initials; Enter keeps, Esc clears): ")
            let x = buffer.put(state.text(prompt), x: 0, y: y, style: theme[.status])
            let (visible, caret) = field.layout(width: max(1, size.width - x - 1))
            buffer.put(visible, x: x, y: y, style: theme[.fieldActive])
            buffer.cursor = (x + caret, y)
        case .help: HelpView.draw(&buffer, state, theme)
        case .form(let form): FormView.draw(&buffer, form, state, theme)
        case .picker(let picker): PickerView.draw(&buffer, picker, state, theme)
        case .confirm(let c): ConfirmView.draw(&buffer, c, state, theme)
        }
        return buffer
    }

    static func tooSmall(_ buffer: inout CellBuffer, _ size: Size, _ language: Language, _ theme: Theme) {
        let lines = [
            tr("Terminal too small (\(size.width)×\(size.height))."),
            tr("Enlarge it to at least \(Layout.minimum.width)×\(Layout.minimum.height)."), tr("q quits."),
        ].map { $0.text(language) }
        for (i, line) in lines.enumerated() where i < size.height {
            buffer.put(line, x: 0, y: i, style: i == 0 ? theme[.error] : theme[.normal])
        }
    }

    static func titleBar(_ buffer: inout CellBuffer, _ state: AppState, _ theme: Theme) {
        let w = state.size.width
        buffer.fill(Rect(x: 0, y: 0, width: w, height: 1), style: theme[.title])
        let right = (state.history.isModified ? "[+] " : "") + state.fileName + " "
        let rightWidth = min(right.cellWidth, w / 3)
        var left = " Convene"
        if let event = state.event { left += " · " + event.title + " · " + event.date.description }
        // A copy made by `convene share` says so: edits outside its organisation will not be merged back.
        if let share = state.book.share {
            let org = state.book.organisation(share.org)?.displayName ?? share.org
            left += "  " + state.text(tr("(a copy shared with \(org))"))
        }
        if state.book.events.count > 1 {
            left += "  " + state.text(tr("(E: \(count: state.book.events.count) events)"))
        }
        buffer.put(TextCells.truncatedAtWord(left, toCells: w - rightWidth - 1), x: 0, y: 0, style: theme[.title])
        buffer.put(TextCells.truncated(right, toCells: rightWidth), x: w - rightWidth, y: 0, style: theme[.title])
    }

    static func tabBar(_ buffer: inout CellBuffer, _ state: AppState, _ theme: Theme) {
        buffer.fill(Rect(x: 0, y: 1, width: state.size.width, height: 1), style: theme[.tab])
        let labels = TabBar.labels(state)
        for ((screen, range), (_, label)) in zip(TabBar.ranges(labels), labels.labels)
        where range.lowerBound < state.size.width {
            let style = screen == state.screen ? theme[.tabActive] : theme[.tab]
            let shown = TextCells.truncatedAtWord(label, toCells: state.size.width - range.lowerBound)
            buffer.put(shown, x: range.lowerBound, y: 1, style: style)
        }
    }

    static func statusLine(_ buffer: inout CellBuffer, _ state: AppState, _ theme: Theme) {
        let y = state.size.height - 1
        buffer.fill(Rect(x: 0, y: y, width: state.size.width, height: 1), style: theme[.status])
        if let message = state.message {
            // A long message wraps upwards over the screen's last rows, so its remedy (the end) stays readable.
            let style = message.kind == .error ? theme[.error] : theme[.status]
            let lines = TextCells.wrapped(message.text, toCells: max(1, state.size.width - 2))
            let shown = lines.suffix(max(1, min(4, state.size.height / 4)))
            for (n, line) in shown.enumerated() {
                let row = y - (shown.count - 1) + n
                buffer.fill(Rect(x: 0, y: row, width: state.size.width, height: 1), style: style)
                buffer.put(" " + line, x: 0, y: row, style: style, maxWidth: state.size.width)
            }
            return
        }
        if case .signIn = state.mode {
            let hints = " " + KeyMap.signInHints(state.language).joined(separator: " · ")
            buffer.put(hints, x: 0, y: y, style: theme[.status], maxWidth: state.size.width)
            return
        }
        buffer.put(
            footer(for: state.screen, width: state.size.width, state.language), x: 0, y: y, style: theme[.status])
    }

    /// The footer: whole hints from the key table, as many as fit in the table's order, then help and quit;
    /// quit goes before help does, and help stays.
    static func footer(for screen: Screen, width: Int, _ language: Language = .en) -> String {
        let hints = KeyMap.hints(for: screen, language)
        let help = hints.filter { $0.hasPrefix("? ") }
        let quit = hints.filter { $0.hasPrefix("q ") }
        let first = hints.filter { !help.contains($0) && !quit.contains($0) }
        func line(_ hints: [String]) -> String { " " + hints.joined(separator: " · ") }
        var last = help + quit
        if line(last).cellWidth > width { last = help }
        var shown: [String] = []
        for hint in first {
            guard line(shown + [hint] + last).cellWidth <= width else { break }
            shown.append(hint)
        }
        return line(shown + last)
    }
}
