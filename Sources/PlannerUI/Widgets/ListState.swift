import TerminalKit

/// The planner's lists, one state each.
public enum ListID: Hashable, Sendable, CaseIterable {
    case agenda, participants, organisations, roster, rooms, checks
}

/// Where one list is and how far it is scrolled: the selected row and the first row in view (ratatui's `ListState`).
public struct ListState: Equatable, Sendable {
    public var selected = 0
    public var offset = 0

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Selects `row` (clamped to the list) and scrolls so that it is in view.
    public mutating func select(_ row: Int, count: Int, visible: Int) {
        selected = max(0, min(row, count - 1))
        clamp(count: count, visible: visible)
    }

    /// Keeps the selection inside the list and in view after the list or its height changed.
    public mutating func clamp(count: Int, visible: Int) {
        selected = max(0, min(selected, count - 1))
        let visible = max(1, visible)
        if selected < offset { offset = selected }
        if selected >= offset + visible { offset = selected - visible + 1 }
        offset = max(0, min(offset, max(0, count - visible)))
    }
}

/// One list on screen: which list, and the rectangle its rows are drawn in (below its header).
struct ListRegion: Equatable {
    let list: ListID
    let rows: Rect

    /// The list row under screen row `y`, given the list's state, or nil outside the rows.
    func row(atX x: Int, y: Int, state: ListState, count: Int) -> Int? {
        guard rows.contains(x: x, y: y) else { return nil }
        let row = state.offset + (y - rows.y)
        return row < count ? row : nil
    }
}
