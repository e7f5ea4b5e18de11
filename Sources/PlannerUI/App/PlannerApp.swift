import Dispatch
import PlannerCore
import TerminalKit

/// Performs the planner's effects (files, the journal) and reports each result back as an action. Implemented by
/// the executable over the plan file; tests use a fake. It decides nothing: what a result means is `Update`'s.
public protocol EffectRunner: AnyObject {
    /// Performs one effect; the action it returns, if any, goes through `Update` next.
    func perform(_ effect: Effect) -> Action?
}

/// Runs the planner: reads keys from a terminal, updates the state, performs effects, presents frames.
public final class PlannerApp {
    public private(set) var state: AppState
    public let theme: Theme
    let terminal: Terminal
    let runner: EffectRunner
    /// Works out search keys off the main thread, one state after another: serial, so the newest roster is the
    /// last one worked out and an older one never replaces it.
    private let preparing = DispatchQueue(label: "convene.prepare-search", qos: .utility)

    public init(state: AppState, theme: Theme, terminal: Terminal, runner: EffectRunner) {
        self.state = state
        self.theme = theme
        self.terminal = terminal
        self.runner = runner
    }

    /// Loops until the user quits (or the terminal goes away).
    public func run() {
        state.size = terminal.size
        state.clampLists()
        // The first frame at once, then again with the checks' results.
        state.defersChecks = true
        terminal.present(Render.frame(state, theme: theme))
        state.defersChecks = false
        terminal.present(Render.frame(state, theme: theme))
        // While the user reads the first screen: the roster's search keys (a 100,000-person roster takes ~50 ms), so
        // the first filter keystroke finds them ready; then the pinyin keys (ICU, ~25 µs a name: 300 ms for 10,000),
        // so the first sort of the roster finds them.
        let ready = state
        let names = state.book.people.map(\.name) + state.book.organisations.map(\.name)
        preparing.async {
            ready.prepareSearch()
            DispatchQueue.global(qos: .utility).async { PinyinKey.warmUp(names) }
        }
        while !state.isFinished {
            guard let key = terminal.readKey(timeoutMilliseconds: -1) else { continue }
            handle(key)
        }
    }

    /// One key: update, effects (each reporting back through update), one frame.
    public func handle(_ key: Key) {
        var action = KeyMap.action(for: key, in: state)
        if key == .resize { action = .resize(terminal.size) }
        if action == .suspend {
            terminal.suspendToShell()
            action = .resize(terminal.size)
        }
        // Below the minimum size only quitting makes sense.
        if state.size.width < Layout.minimum.width || state.size.height < Layout.minimum.height {
            switch action {
            case .resize, .quit, .hangup, .terminate, .answer, .cancel: break
            default: return
            }
        }
        dispatch(action)
        if !state.isFinished { terminal.present(Render.frame(state, theme: theme)) }
        // An edit of the roster (or a replay, or a reload) made the search keys stale: work them out again in the
        // background, as after the first frame, rather than at the next filter keystroke.
        if !state.isFinished, !state.rosterSearch.isReady(for: state.book.people) {
            let ready = state
            preparing.async { ready.prepareSearch() }
        }
    }

    /// Sends an action through `Update` and performs its effects until none are left.
    public func dispatch(_ action: Action) {
        var pending = Update.apply(action, to: &state)
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            if let result = runner.perform(effect) { pending += Update.apply(result, to: &state) }
        }
    }
}
