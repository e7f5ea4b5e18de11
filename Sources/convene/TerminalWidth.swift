import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The width of the terminal on standard output, if it is one.
enum TerminalWidth {
    static func current() -> Int? {
        guard isatty(STDOUT_FILENO) != 0 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 else { return nil }
        return Int(size.ws_col)
    }
}
