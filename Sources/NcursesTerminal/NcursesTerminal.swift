import CNcursesw
import Glibc
import TerminalKit
import TextCells

/// The real terminal: ncursesw in raw mode with a UTF-8 locale. Only rows that changed
/// since the last frame are redrawn; Ctrl-C, Ctrl-S and Ctrl-Z arrive as keys; SIGTERM,
/// SIGINT and SIGHUP arrive as `.terminate` / `.hangup` instead of killing the process.
public final class NcursesTerminal: Terminal {
    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    private var previousHandlers: [Int32: sighandler_t?]
    private var lastFrame: CellBuffer?
    private var needsFullRedraw = true
    private var cursorVisible: Bool?
    private var pairs: ColorPairs
    private var suspended = false
    private var hungUp = false
    public let colorSupport: ColorSupport

    private init(screen: OpaquePointer, previousHandlers: [Int32: sighandler_t?]) {
        self.screen = screen
        self.window = cnc_stdscr()
        self.previousHandlers = previousHandlers
        var support = ColorSupport.none
        var defaultColors = false
        if has_colors() {
            start_color()
            defaultColors = use_default_colors() == OK
            let colors = cnc_colors()
            support = colors >= 256 ? .full256 : colors >= 16 ? .sixteen : colors >= 8 ? .eight : .none
        }
        self.colorSupport = support
        self.pairs = ColorPairs(
            support: support, defaultColorsAvailable: defaultColors,
            colorPairs: Int(cnc_color_pairs()))
    }

    /// Takes over the terminal. Throws `TerminalError` (with a message for the user) when
    /// stdin/stdout is not a terminal or TERM is unusable.
    public static func start() throws -> NcursesTerminal {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalError.notATerminal
        }
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        guard !term.isEmpty, term != "dumb" else { throw TerminalError.unsupportedTerminal(term) }
        guard !ProcessSignals.cursesActive.load(ordering: .relaxed) else { throw TerminalError.alreadyStarted }

        setlocale(LC_ALL, "")
        if !isUTF8Codeset() { setlocale(LC_ALL, "C.UTF-8") }

        // The process may start with signals blocked (seen here: SIGWINCH stayed pending and the screen never
        // resized), so unblock the ones the planner relies on.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for sig in [SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT] { sigaddset(&wanted, sig) }
        pthread_sigmask(SIG_UNBLOCK, &wanted, nil)

        var modes = termios()
        let haveModes = tcgetattr(STDIN_FILENO, &modes) == 0
        // Our handlers go in first, so ncurses leaves SIGINT/SIGTERM alone (its own exit).
        let previous = ProcessSignals.install()
        _ = ProcessSignals.take()
        guard let screen = newterm(nil, cnc_stdout(), cnc_stdin()) else {
            ProcessSignals.restore(previous)
            throw TerminalError.unsupportedTerminal(term)
        }
        ProcessSignals.cursesActive.store(true, ordering: .relaxed)
        ProcessSignals.registerAtExitOnce()
        if haveModes { FatalSignals.install(restoring: modes) }
        set_term(screen)
        let terminal = NcursesTerminal(screen: screen, previousHandlers: previous)
        let win = terminal.window
        raw()
        noecho()
        keypad(win, true)
        cnc_set_escdelay(25)
        nonl()
        intrflush(win, false)
        terminal.setCursorVisible(false)
        mouseinterval(0)
        _ = mousemask(
            cnc_button1_pressed() | cnc_button1_clicked() | cnc_button3_pressed()
                | cnc_button4_pressed() | cnc_button5_pressed(), nil)
        return terminal
    }

    deinit { stop() }

    private static func isUTF8Codeset() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }

    // MARK: Terminal

    public var size: Size {
        guard let window, screen != nil else { return .zero }
        return Size(width: Int(cnc_maxx(window)), height: Int(cnc_maxy(window)))
    }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        guard let window, !suspended else { return nil }
        if hungUp { return .hangup }
        let clock = ContinuousClock()
        let deadline = timeoutMilliseconds < 0 ? nil : clock.now + .milliseconds(timeoutMilliseconds)
        wtimeout(window, 0)
        while true {
            if let signalled = takeSignal() { return signalled }
            switch nextBufferedKey(window) {
            case .some(.some(let key)): return key
            case .some(.none): continue  // consumed, nothing to report
            case .none: break  // nothing buffered
            }
            // Wait on stdin; a signal (SIGWINCH too) wakes poll early.
            var waitMs: Int32 = 250
            if let deadline {
                let left = clock.now.duration(to: deadline)
                if left <= .zero { return nil }
                let ms = left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000
                waitMs = Int32(max(1, min(250, ms)))
            }
            var fd = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            if poll(&fd, 1, waitMs) > 0, fd.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                switch nextBufferedKey(window) {
                case .some(.some(let key)): return key
                case .some(.none): continue
                case .none:  // drained and closed: terminal gone
                    hungUp = true
                    return .hangup
                }
            }
        }
    }

    /// One non-blocking `wget_wch`: nil when nothing is buffered, `.some(nil)` for input
    /// that maps to no key (an unused mouse event), else the key.
    private func nextBufferedKey(_ window: UnsafeMutablePointer<WINDOW>) -> Key?? {
        var wch: wint_t = 0
        let result = wget_wch(window, &wch)
        if result == OK { return .some(KeyDecoder.key(character: UInt32(wch))) }
        guard result == KEY_CODE_YES else { return nil }
        if Int32(wch) == KEY_MOUSE { return .some(mouse()) }
        let key = KeyDecoder.key(code: Int32(wch))
        if key == .resize { needsFullRedraw = true }
        return .some(key)
    }

    public func present(_ buffer: CellBuffer) {
        guard let window, !suspended else { return }
        let current = size
        var full = needsFullRedraw || lastFrame?.size != buffer.size
        if let lastFrame, lastFrame.width != buffer.width || lastFrame.height != buffer.height { full = true }
        if full {
            werase(window)
            clearok(window, true)
        }
        let rows = min(buffer.height, current.height)
        for y in 0..<rows {
            if !full, let lastFrame, lastFrame.cells(inRow: y) == buffer.cells(inRow: y) { continue }
            draw(row: y, of: buffer, columns: current.width)
        }
        if let cursor = buffer.cursor, cursor.x >= 0, cursor.y >= 0,
            cursor.x < current.width, cursor.y < current.height
        {
            setCursorVisible(true)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            setCursorVisible(false)
        }
        wrefresh(window)
        lastFrame = buffer
        needsFullRedraw = false
    }

    public func suspend() {
        guard screen != nil, !suspended else { return }
        def_prog_mode()
        endwin()
        suspended = true
    }

    public func resume() {
        guard let window, suspended else { return }
        suspended = false
        reset_prog_mode()
        needsFullRedraw = true
        cursorVisible = nil
        clearok(window, true)
        wrefresh(window)
    }

    /// Stops the process like Ctrl-Z in a shell; the screen comes back on `fg`.
    public func suspendToShell() {
        guard screen != nil else { return }
        suspend()
        let old = signal(SIGTSTP, SIG_DFL)
        kill(0, SIGTSTP)
        signal(SIGTSTP, old)
        resume()
    }

    public func stop() {
        guard let screen else { return }
        if ProcessSignals.cursesActive.exchange(false, ordering: .relaxed) {
            if !suspended { endwin() }
        }
        delscreen(screen)
        self.screen = nil
        self.window = nil
        ProcessSignals.restore(previousHandlers)
        previousHandlers = [:]
        FatalSignals.uninstall()
    }

    // MARK: Private

    private func takeSignal() -> Key? {
        switch ProcessSignals.take() {
        case 0: return nil
        case SIGHUP:
            hungUp = true
            return .hangup
        default: return .terminate
        }
    }

    private func mouse() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = event.bstate
        let button: MouseButton
        if state & (cnc_button1_pressed() | cnc_button1_clicked()) != 0 {
            button = .left
        } else if state & cnc_button3_pressed() != 0 {
            button = .right
        } else if state & cnc_button4_pressed() != 0 {
            button = .scrollUp
        } else if state & cnc_button5_pressed() != 0 {
            button = .scrollDown
        } else {
            return nil
        }
        return .mouse(x: Int(event.x), y: Int(event.y), button: button)
    }

    private func setCursorVisible(_ visible: Bool) {
        guard cursorVisible != visible else { return }
        curs_set(visible ? 1 : 0)
        cursorVisible = visible
    }

    private func draw(row y: Int, of buffer: CellBuffer, columns: Int) {
        guard let window else { return }
        let cells = buffer.cells(inRow: y)
        var x = 0
        for cell in cells {
            defer { x += 1 }
            guard x < columns else { break }
            if cell.isContinuation { continue }
            let (pair, boldForBright) = pairs.pair(for: cell.style)
            var attrs = cnc_a_normal()
            if cell.style.bold || boldForBright { attrs |= cnc_a_bold() }
            if cell.style.underline { attrs |= cnc_a_underline() }
            if cell.style.reverse { attrs |= cnc_a_reverse() }
            if cell.style.dim { attrs |= cnc_a_dim() }
            let wanted = TextCells.width(of: cell.character)
            let glyph = Glyph(cell.character, width: wanted, room: columns - x)
            for (offset, scalars) in glyph.parts.enumerated() {
                var cc = cchar_t()
                var wide = scalars.map { wchar_t(bitPattern: $0) } + [0]
                if setcchar(&cc, &wide, attrs, pair, nil) == ERR {
                    var fallback: [wchar_t] = [wchar_t(bitPattern: scalars.first ?? 0x20), 0]
                    guard setcchar(&cc, &fallback, attrs, pair, nil) != ERR else { continue }
                }
                mvwadd_wch(window, Int32(y), Int32(x + offset), &cc)
            }
        }
    }
}
