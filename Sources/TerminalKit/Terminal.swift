/// What the app needs from a terminal: its size, keys, and a way to show a frame.
/// `NcursesTerminal` is the real one; `ScriptedTerminal` plays keys back in tests.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// How many colours the terminal can show.
    var colorSupport: ColorSupport { get }
    /// The next key, or nil if none came within `timeoutMilliseconds` (negative: wait).
    func readKey(timeoutMilliseconds: Int) -> Key?
    /// Shows `buffer` (and its cursor, if any) on the screen.
    func present(_ buffer: CellBuffer)
    /// Gives the screen back to the shell for a while (e.g. to run a pager).
    func suspend()
    /// Takes the screen back after `suspend()` and redraws everything on the next frame.
    func resume()
    /// Restores the terminal for good. Safe to call more than once.
    func stop()
    /// Stops the process as Ctrl-Z does in a shell, restoring the screen on `fg`.
    func suspendToShell()
}

extension Terminal {
    /// Default: leave and retake the screen without stopping the process.
    public func suspendToShell() {
        suspend()
        resume()
    }
}
