import Phrasebook
import PlannerCore
import TerminalKit
import TextCells

/// What each screen knows: how it draws, where its lists' rows are, and what the screen commands do there.
/// The view that draws a list's rows is the one place that knows where they are: `regions` is what `draw` uses,
/// and what a click and the scrolling use too.
protocol ScreenFeature {
    /// Draws the screen into `content` (below the tab bar, above the status line).
    static func draw(_ buffer: inout CellBuffer, _ content: Rect, _ state: AppState, _ theme: Theme)
    /// Where each list's rows are drawn inside `content`.
    static func regions(_ state: AppState, _ content: Rect) -> [ListRegion]
    /// add, edit, open, delete, addPart, toggle, moveItemEarlier, moveItemLater on this screen.
    static func perform(_ action: Action, _ state: inout AppState)
}

extension Screen {
    var feature: any ScreenFeature.Type {
        switch self {
        case .overview: return OverviewScreen.self
        case .agenda: return AgendaScreen.self
        case .participants: return ParticipantsScreen.self
        case .organisations: return OrganisationsScreen.self
        case .venue: return VenueScreen.self
        case .checks: return ChecksScreen.self
        }
    }
}

extension AppState {
    /// The list regions of the current screen at the current size.
    var regions: [ListRegion] { screen.feature.regions(self, Layout.content(size)) }

    /// How many rows `list` has.
    func rowCount(_ list: ListID) -> Int {
        switch list {
        case .agenda: return agendaRows.count
        case .participants: return participantRows.count
        case .organisations: return organisationRows.count
        case .roster: return personRows.count
        case .rooms: return roomRows.count
        case .checks: return problems.count
        }
    }

    /// How many rows of `list` are in view on the current screen.
    func visibleRows(_ list: ListID) -> Int {
        regions.first { $0.list == list }?.rows.height ?? max(1, size.height - 6)
    }

    /// Selects `row` of `list` (clamped) and keeps it in view.
    mutating func select(_ row: Int, in list: ListID) {
        var state = self.list(list)
        state.select(row, count: rowCount(list), visible: visibleRows(list))
        lists[list] = state
        // The roster pane follows the selected organisation.
        if list == .organisations { lists[.roster] = ListState() }
    }

    /// Moves the focused list's selection by `delta` rows.
    mutating func moveSelection(by delta: Int) {
        guard let list = focusedList else { return scrollPage(to: overviewOffset + delta) }
        select(self.list(list).selected + delta, in: list)
    }

    /// On a screen without a list (the Overview), scrolls its page so that row `offset` is the first in view.
    mutating func scrollPage(to offset: Int) {
        guard screen == .overview else { return }
        let content = Layout.content(size)
        let last = OverviewScreen.pageHeight(self, width: content.width) - content.height
        overviewOffset = max(0, min(offset, last))
    }

    /// After the book, the size or the screen changed: every list of the screen inside its rows and in view.
    mutating func clampLists() {
        if eventID.flatMap(book.event) == nil { eventID = book.events.first?.id }
        if !screen.lists.indices.contains(pane) { pane = 0 }
        // Only a scrolled page is measured (measuring it would run the checks the first frame defers).
        if overviewOffset > 0 { scrollPage(to: overviewOffset) }
        for id in screen.lists {
            var state = list(id)
            state.clamp(count: rowCount(id), visible: visibleRows(id))
            lists[id] = state
        }
    }
}

/// Messages the screens share when something they act on is missing.
enum Missing {
    /// Draws `text` wrapped to the content's width from its second row: what is missing and the key that adds it.
    static func draw(_ text: Phrase, _ state: AppState, _ buffer: inout CellBuffer, _ rect: Rect, _ style: Style) {
        for (i, line) in TextCells.wrapped(state.text(text), toCells: max(1, rect.width - 2)).enumerated()
        where 1 + i < rect.height {
            buffer.put(line, x: rect.x + 1, y: rect.y + 1 + i, style: style)
        }
    }

    /// On a screen that needs an event when there is none: `a` opens the new-event form, other keys say so.
    static func offerEvent(_ action: Action, _ state: inout AppState) {
        if action == .add { state.mode = .form(Forms.event(state, editing: nil)) } else { Update.info(&state, event) }
    }

    static let event = tr("There is no event yet: press a to create one (or E to choose one)")
    static let eventHere = tr(
        "No event yet. Press a to create one (with the four standard parts, or blank), or E to choose.")
}
