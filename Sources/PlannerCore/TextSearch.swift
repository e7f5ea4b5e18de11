extension StringProtocol {
    /// True when `other` occurs in this text, compared as UTF-8 bytes.
    ///
    /// Used for every search over user data instead of Foundation's `contains(_:)`, which traps on some
    /// malformed-looking inputs (a fuzzed roster crashed it inside `range(of:)`); byte search cannot.
    public func containsText<T: StringProtocol>(_ other: T) -> Bool {
        let needle = Array(other.utf8)
        guard !needle.isEmpty else { return true }
        let haystack = Array(utf8)
        guard haystack.count >= needle.count else { return false }
        let first = needle[0]
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
