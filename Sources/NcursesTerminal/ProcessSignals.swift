import CNcursesw
import Glibc
import Synchronization

/// Process-wide state the C callbacks (signal handlers, atexit) can reach without
/// capturing anything: the last stop signal received, and whether curses owns the screen.
enum ProcessSignals {
    /// The pending SIGTERM/SIGINT/SIGHUP number, or 0. Written from signal handlers.
    static let pending = Atomic<Int32>(0)
    /// True between a successful `newterm` and `endwin` in `stop()`.
    static let cursesActive = Atomic<Bool>(false)
    private static let atexitRegistered = Atomic<Bool>(false)

    static let handled: [Int32] = [SIGTERM, SIGINT, SIGHUP]

    /// Installs handlers that only record the signal; returns the previous handlers.
    static func install() -> [Int32: sighandler_t?] {
        var previous: [Int32: sighandler_t?] = [:]
        for sig in handled {
            previous[sig] = signal(sig) { received in
                _ = ProcessSignals.pending.compareExchange(expected: 0, desired: received, ordering: .relaxed)
            }
        }
        return previous
    }

    static func restore(_ previous: [Int32: sighandler_t?]) {
        for (sig, handler) in previous { _ = signal(sig, handler) }
    }

    /// Takes the pending signal, if any.
    static func take() -> Int32 {
        pending.exchange(0, ordering: .relaxed)
    }

    /// Makes sure a normal `exit()` leaves the terminal usable even if `stop()` was skipped.
    static func registerAtExitOnce() {
        guard !atexitRegistered.exchange(true, ordering: .relaxed) else { return }
        atexit {
            if ProcessSignals.cursesActive.exchange(false, ordering: .relaxed) {
                endwin()
            }
        }
    }
}
