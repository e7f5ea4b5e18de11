/// Why the interactive screen could not be opened, worded for the person at the keyboard.
public enum TerminalError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Standard input or standard output is not a terminal (a pipe, a file, cron, CI).
    case notATerminal
    /// TERM is unset (""), `dumb`, or names a terminal ncurses does not know.
    case unsupportedTerminal(String)
    /// Another NcursesTerminal is already running in this process.
    case alreadyStarted

    public var description: String {
        switch self {
        case .notATerminal:
            return "convene: standard input and output must be a terminal to open the planner screen. "
                + "Use the non-interactive commands instead, e.g. `convene agenda` or `convene --help`."
        case .unsupportedTerminal(let term) where term.isEmpty:
            return "convene: TERM is not set, so the planner screen cannot be drawn. "
                + "Set it (e.g. `export TERM=xterm-256color`) or use the non-interactive commands, "
                + "e.g. `convene agenda` or `convene --help`."
        case .unsupportedTerminal("dumb"):
            return "convene: this terminal (TERM=dumb) cannot show the planner screen. "
                + "Run it in a full terminal, or use the non-interactive commands, "
                + "e.g. `convene agenda` or `convene --help`."
        case .unsupportedTerminal(let term):
            return "convene: unknown terminal type \"\(term)\" (from TERM). "
                + "Try `TERM=xterm-256color convene`, install the terminfo entry for it "
                + "(e.g. the ncurses-term package), or use `convene agenda` / `convene --help`."
        case .alreadyStarted:
            return "convene: the planner screen is already open in this process."
        }
    }
}
