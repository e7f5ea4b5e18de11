#if canImport(Glibc)
    import Glibc
#endif

/// Memory the process freed but the C library still holds.
enum FreedMemory {
    /// Gives the freed memory back to the system (glibc's `malloc_trim`, looked up at run time: Swift's Glibc module
    /// does not declare it). glibc keeps freed blocks for reuse, and after an import's tables are freed it kept
    /// 26 MB of them beside the save's 13 MB of bytes: the peak of a 100,000-row import (issue 11's memory budget).
    static func giveBack() {
        #if canImport(Glibc)
            guard let symbol = dlsym(nil, "malloc_trim") else { return }
            let trim = unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
            _ = trim(0)
        #endif
    }
}
