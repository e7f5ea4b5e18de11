import Phrasebook
import PlannerCore
import TerminalKit

extension AppState {
    /// The problems the core finds in the current event.
    public var problems: [Problem] {
        guard let event else { return [] }
        return cache.value(problemsKey(event), version: history.version) {
            Checks.problems(in: event, book: book, people: peopleByID)
        }
    }

    /// The problems, or nil while `defersChecks` is set and they have not been computed yet.
    public var problemsIfReady: [Problem]? {
        guard defersChecks, let event else { return problems }
        return cache.peek(problemsKey(event), version: history.version)
    }

    private func problemsKey(_ event: Event) -> String { "problems|\(event.id)" }
}

extension Severity {
    /// The severity as the Checks screen names it: 错误, 警告, 提示.
    var phrase: Phrase {
        switch self {
        case .error: return tr("error")
        case .warning: return tr("warning")
        case .note: return tr("note")
        }
    }
}

/// Screen 6: the problems the core finds; Enter jumps to the thing to fix.
enum ChecksScreen: ScreenFeature {
    static func table(_ content: Rect) -> Rect { Layout.belowHeading(content) }

    static func regions(_ state: AppState, _ content: Rect) -> [ListRegion] {
        [ListRegion(list: .checks, rows: table(content).belowHeader)]
    }

    static func draw(_ buffer: inout CellBuffer, _ rect: Rect, _ state: AppState, _ theme: Theme) {
        guard state.event != nil else {
            Missing.draw(Missing.eventHere, state, &buffer, rect, theme[.accent])
            return
        }
        let problems = state.problems
        buffer.put(
            state.text(
                problems.isEmpty
                    ? tr("No problems found.")
                    : tr("\(count: problems.count) problems · Enter goes to the thing to fix")),
            x: 1, y: rect.y, style: theme[.accent], maxWidth: rect.width - 2)
        let list = state.list(.checks)
        TableView(
            widths: [8, 24], count: problems.count,
            cells: {
                [
                    state.text(problems[$0].severity.phrase), problems[$0].code,
                    state.text(problems[$0].message),
                ]
            },
            rowStyle: {
                problems[$0].severity == .error ? .error : problems[$0].severity == .warning ? .warning : .dim
            },
            selected: list.selected, scroll: list.offset
        )
        .draw(&buffer, table(rect), header: [tr("Severity"), tr("Code"), tr("Problem")].map(state.text), theme)
    }

    /// Enter on a problem goes to the thing to fix.
    static func perform(_ action: Action, _ state: inout AppState) {
        guard state.event != nil else {
            Missing.offerEvent(action, &state)
            return
        }
        guard action == .open || action == .edit else {
            return Update.info(&state, tr("On Checks: Enter goes to the thing to fix"))
        }
        let problems = state.problems, index = state.list(.checks).selected
        guard problems.indices.contains(index) else { return Update.info(&state, tr("No problems to go to")) }
        for id in problems[index].ids {
            if let row = state.agendaRow(ofItem: id) {
                state.screen = .agenda
                state.pane = 0
                return state.select(row, in: .agenda)
            }
            if let row = state.participantRows.firstIndex(where: { $0.person.id == id }) {
                state.screen = .participants
                state.pane = 0
                return state.select(row, in: .participants)
            }
            if let row = state.organisationRows.firstIndex(where: { $0.id == id }) {
                state.screen = .organisations
                state.pane = 0
                return state.select(row, in: .organisations)
            }
            if state.book.venue(id) != nil {
                state.screen = .venue
                state.pane = 0
                return state.clampLists()
            }
        }
        Update.info(&state, tr("This problem concerns the whole event"))
    }
}
