import Dispatch
import PlannerCore
import TerminalKit

/// Runs the planner: reads keys from a terminal, updates the state, performs effects, presents frames.
public final class PlannerApp {
    public private(set) var state: AppState
    public let theme: Theme
    let terminal: Terminal
    let save: (Book) throws -> Void
    let writeRecovery: (Book) -> Void
    /// Saves to another path and makes it the plan file; returns the path now in use.
    var saveAs: (Book, String) throws -> String = { _, path in path }
    var discardRecovery: () -> Void = {}

    /// - Parameters:
    ///   - save: writes the book to the plan file (throws a message to show on failure).
    ///   - writeRecovery: keeps unsaved work when the terminal goes away.
    public init(
        state: AppState, theme: Theme, terminal: Terminal, save: @escaping (Book) throws -> Void,
        writeRecovery: @escaping (Book) -> Void,
        saveAs: @escaping (Book, String) throws -> String = { _, path in path },
        discardRecovery: @escaping () -> Void = {}
    ) {
        self.state = state
        self.theme = theme
        self.terminal = terminal
        self.save = save
        self.writeRecovery = writeRecovery
        self.saveAs = saveAs
        self.discardRecovery = discardRecovery
    }

    /// Loops until the user quits (or the terminal goes away).
    public func run() {
        state.size = terminal.size
        // The first frame at once, then again with the checks' results.
        state.defersChecks = true
        terminal.present(Render.frame(state, theme: theme))
        state.defersChecks = false
        terminal.present(Render.frame(state, theme: theme))
        // Pinyin keys cost ICU ~25 µs a name (300 ms for 10,000): work them out while the user reads the first screen,
        // so the first sort of the roster or the first search keystroke finds them ready.
        let names = state.book.people.map(\.name) + state.book.organisations.map(\.name)
        DispatchQueue.global(qos: .utility).async { PinyinKey.warmUp(names) }
        while !state.isFinished {
            guard let key = terminal.readKey(timeoutMilliseconds: -1) else { continue }
            handle(key)
        }
    }

    /// One key: update, effects, one frame.
    public func handle(_ key: Key) {
        var action = KeyMap.action(for: key, in: state)
        if key == .resize { action = .resize(terminal.size) }
        if key == .ctrl("z"), case .normal = state.mode {
            terminal.suspendToShell()
            action = .resize(terminal.size)
        }
        // Below the minimum size only quitting makes sense.
        if state.size.width < Layout.minimum.width || state.size.height < Layout.minimum.height {
            if case .resize = action {
            } else if action != .quit, action != .hangup, action != .terminate, !(isAnswer(action)) {
                return
            }
        }
        let effects = Update.apply(action, to: &state)
        for effect in effects { perform(effect) }
        if !state.isFinished || effects.isEmpty { terminal.present(Render.frame(state, theme: theme)) }
    }

    private func isAnswer(_ action: Action) -> Bool {
        if case .answer = action { return true }
        return action == .cancel
    }

    private func perform(_ effect: Effect) {
        switch effect {
        case .save(let book):
            do {
                try save(book)
                state.history.markSaved()
                state.message = StatusMessage(text: "Saved \(state.fileName)", kind: .info)
            } catch {
                // Keep the edits; the user can fix the problem and save again.
                state.isFinished = false
                state.message = StatusMessage(
                    text: "Not saved: \(error) · your edits are kept; S saves to another file", kind: .error)
            }
        case .saveAs(let book, let path):
            do {
                state.filePath = try saveAs(book, path)
                state.history.markSaved()
                state.message = StatusMessage(text: "Saved as \(state.filePath); it is the plan file now", kind: .info)
            } catch {
                state.message = StatusMessage(text: "Not saved: \(error) · your edits are kept", kind: .error)
            }
        case .discardRecovery:
            discardRecovery()
        case .quit:
            break
        case .writeRecovery(let book):
            writeRecovery(book)
        }
    }
}
