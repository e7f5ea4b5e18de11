/// One input event from the terminal: a typed character, a control or editing key,
/// a mouse click, a resize, or a request to stop (hang-up, terminate).
public enum Key: Hashable, Sendable {
    /// A printable character (a typed CJK character arrives as one `.char`).
    case char(Character)
    /// Ctrl plus a letter, given as the lowercase letter: Ctrl-C is `.ctrl("c")`.
    case ctrl(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown, insert
    /// F1 is `.function(1)`.
    case function(Int)
    /// The terminal changed size: re-read `Terminal.size` and redraw.
    case resize
    /// A click at a cell.
    case mouse(x: Int, y: Int, button: MouseButton)
    /// The terminal went away (SIGHUP or a closed tty): save and quit.
    case hangup
    /// The process was asked to stop (SIGTERM, SIGINT): save and quit.
    case terminate
    /// A key code the terminal layer does not name.
    case unknown(Int)
}
