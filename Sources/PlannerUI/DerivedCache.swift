import Foundation

/// Remembers what views derive from the book (sorted rows, checks, lookup tables) for the current book version,
/// so a keystroke that does not change the plan does not re-sort 10,000 people. A pure function of its key:
/// copies of the state may share it.
public final class DerivedCache: @unchecked Sendable {
    private let lock = NSLock()
    private var version = -1
    private var entries: [String: Any] = [:]

    public init() {}

    /// The value for `key` under book `version`, computed once; entries of other versions are dropped.
    func value<T>(_ key: String, version: Int, compute: () -> T) -> T {
        lock.lock()
        if self.version != version {
            self.version = version
            entries.removeAll(keepingCapacity: true)
        }
        if let hit = entries[key] as? T {
            lock.unlock()
            return hit
        }
        lock.unlock()
        let value = compute()
        lock.lock()
        if self.version == version { entries[key] = value }
        lock.unlock()
        return value
    }
}
