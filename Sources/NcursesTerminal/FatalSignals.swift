import Glibc

/// Restores the terminal when the process dies of a fatal signal: a Swift runtime trap (SIGILL, SIGTRAP), a crash
/// (SIGSEGV, SIGBUS, SIGFPE) or an abort. The handler does only async-signal-safe work (`write`, `tcsetattr`), then
/// hands the signal to whoever had it before (Swift's backtracer, or the default action), so the backtrace prints
/// on a usable terminal and the process still dies of the same signal.
enum FatalSignals {
    static let signals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT]

    /// Installs the handlers; `modes` are the terminal's modes from before curses started.
    static func install(restoring modes: termios) {
        FatalSignalState.modes = modes
        FatalSignalState.armed = true
        for sig in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = fatalSignalHandler
            action.sa_flags = Int32(SA_SIGINFO) | Int32(SA_NODEFER) | Int32(bitPattern: UInt32(SA_RESETHAND))
            sigemptyset(&action.sa_mask)
            var previous = sigaction()
            sigaction(sig, &action, &previous)
            FatalSignalState.previous[Int(sig)] = previous
        }
    }

    /// After a normal stop: the handlers of before, and nothing to restore.
    static func uninstall() {
        guard FatalSignalState.armed else { return }
        FatalSignalState.armed = false
        for sig in signals {
            var previous = FatalSignalState.previous[Int(sig)]
            sigaction(sig, &previous, nil)
        }
    }
}

/// What the C signal handler reads: set before the handlers are installed, never changed while they are.
enum FatalSignalState {
    nonisolated(unsafe) static var modes = termios()
    nonisolated(unsafe) static var armed = false
    nonisolated(unsafe) static var previous: [sigaction] = Array(repeating: sigaction(), count: 65)
    /// Leave the alternate screen, show the cursor, reset colours, stop mouse reports, new line.
    static let reset: [UInt8] = Array(
        "\u{1B}[?1049l\u{1B}[?25h\u{1B}[0m\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\r\n".utf8)
}

private func fatalSignalHandler(
    _ sig: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?
) {
    if FatalSignalState.armed {
        FatalSignalState.armed = false
        FatalSignalState.reset.withUnsafeBufferPointer { bytes in
            _ = write(STDOUT_FILENO, bytes.baseAddress, bytes.count)
        }
        var modes = FatalSignalState.modes
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &modes)
    }
    var previous = FatalSignalState.previous[Int(sig)]
    if previous.sa_flags & Int32(SA_SIGINFO) != 0, let handler = previous.__sigaction_handler.sa_sigaction {
        handler(sig, info, context)
        // A real fault happens again when the handler returns and meets the default action; a signal sent with
        // kill(2) does not, so it is raised again here, and the process dies of it as it would have.
        let code = info?.pointee.si_code ?? 0
        if code == 0 /* SI_USER */ || code == -6 /* SI_TKILL */ {
            signal(sig, SIG_DFL)
            raise(sig)
        }
        return
    }
    // The default action (or a plain handler): put it back and let the signal happen again.
    sigaction(sig, &previous, nil)
    raise(sig)
}
