import Phrasebook
import PlannerCore
import TerminalKit
import TextCells

extension AppState {
    /// The problems the core finds in the current event.
    public var problems: [Problem] {
        guard let event else { return [] }
        return cache.value(problemsKey(event), version: history.version) {
            Checks.problems(in: event, book: book, people: peopleByID, plan: planProblems)
        }
    }

    /// The plan-wide problems (namesakes), worked out once per version of the book however many events are checked.
    private var planProblems: [Problem] {
        cache.value("planProblems", version: history.version) { Checks.planProblems(in: book) }
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
    /// The table: below the heading, above the selected problem's message.
    static func table(_ state: AppState, _ content: Rect) -> Rect {
        let below = Layout.belowHeading(content)
        return Rect(x: below.x, y: below.y, width: below.width, height: below.height - detailHeight(state, content))
    }

    /// The rows under the table where the selected problem's whole message is wrapped, with a rule above them:
    /// as many as the longest message needs, up to a third of the screen, so the table does not move as the
    /// selection does.
    static func detailHeight(_ state: AppState, _ content: Rect) -> Int {
        guard let event = state.event else { return 0 }
        let problems = state.problems
        guard !problems.isEmpty else { return 0 }
        let width = max(1, content.width - 2)
        let key = "checksDetail|\(event.id)|\(width)|\(state.language)"
        let longest = state.cache.value(key, version: state.history.version) {
            problems.map { TextCells.wrapped(state.text($0.message), toCells: width).count }.max() ?? 1
        }
        return 1 + max(1, min(longest, max(2, (content.height - 4) / 3)))
    }

    static func regions(_ state: AppState, _ content: Rect) -> [ListRegion] {
        [ListRegion(list: .checks, rows: table(state, content).belowHeader)]
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
            columns: [
                TableColumn(state.text(tr("Severity")), min: 4, drop: 2),
                TableColumn(state.text(tr("Code")), min: 8, drop: 1),
                TableColumn(state.text(tr("Problem")), min: 10, cap: 400, fills: true),
            ], count: problems.count,
            cells: {
                [state.text(problems[$0].severity.phrase), problems[$0].code, state.text(problems[$0].message)]
            },
            rowStyle: {
                problems[$0].severity == .error ? .error : problems[$0].severity == .warning ? .warning : .dim
            },
            selected: list.selected, scroll: list.offset
        )
        .draw(&buffer, table(state, rect), theme)
        let detail = detailHeight(state, rect)
        guard detail > 0, problems.indices.contains(list.selected) else { return }
        let problem = problems[list.selected]
        let top = rect.maxY - detail
        buffer.hline(x: rect.x, y: top, length: rect.width, style: theme[.border])
        var lines = TextCells.wrapped(state.text(problem.message), toCells: max(1, rect.width - 2))
        if lines.count > detail - 1 {
            lines = Array(lines.prefix(detail - 1))
            lines[lines.count - 1] = TextCells.truncated(lines[lines.count - 1] + " …", toCells: rect.width - 2)
        }
        let style: Theme.Role = problem.severity == .error ? .error : problem.severity == .warning ? .warning : .normal
        for (n, line) in lines.enumerated() { buffer.put(line, x: rect.x + 1, y: top + 1 + n, style: theme[style]) }
    }

    /// Enter on a problem goes to the thing to fix; `o` and `t` resolve a merge conflict.
    static func perform(_ action: Action, _ state: inout AppState) {
        guard state.event != nil else {
            Missing.offerEvent(action, &state)
            return
        }
        if case .resolveConflict(let side) = action { return resolve(side, &state) }
        guard action == .open || action == .edit else {
            return Update.info(
                &state, tr("On Checks: Enter goes to the thing to fix; o and t resolve a merge conflict"))
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
            // Someone on a roster who takes no part in the event (a merge conflict on a person): their organisation's roster.
            if let person = state.book.person(id),
                let org = state.organisationRows.firstIndex(where: { $0.id == person.org })
            {
                state.screen = .organisations
                state.filters[.organisations] = nil
                state.select(org, in: .organisations)
                state.pane = 1
                if let row = state.personRows.firstIndex(where: { $0.id == id }) { state.select(row, in: .roster) }
                return state.clampLists()
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
        // What the event still lacks is added on its own screen.
        let screens: [String: Screen] = ["no-venue": .venue, "no-participants": .participants, "no-agenda": .agenda]
        if let screen = screens[problems[index].code] {
            state.screen = screen
            state.pane = 0
            return state.clampLists()
        }
        Update.info(&state, tr("This problem concerns the whole event"))
    }

    /// Resolves the merge conflict under the cursor to `side`'s version, as one undoable step, and says what it did
    /// and how many are left.
    private static func resolve(_ side: MergeSide, _ state: inout AppState) {
        let problems = state.problems, index = state.list(.checks).selected
        guard problems.indices.contains(index), let conflict = problems[index].conflict else {
            return Update.info(&state, tr("o and t resolve a merge conflict: move to a merge-conflict problem first"))
        }
        let done = state.book.mergeResolutionText(conflict, taking: side)
        let edit: Edit
        do {
            edit = try state.book.resolution(of: conflict, taking: side)
        } catch let refusal as PlanError {
            return Update.error(&state, refusal.phrase)
        } catch {
            return Update.error(&state, .verbatim("\(error)"))
        }
        guard Update.perform(edit, &state) else { return }
        let left = state.book.conflicts.count
        Update.info(
            &state, left == 0 ? tr("\(done); no merge conflicts left") : tr("\(done); merge conflicts left: \(left)"))
    }
}
