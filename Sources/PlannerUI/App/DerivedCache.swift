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
        // Boxed, so a hit is one class cast rather than a check of every array element.
        if let hit = entries[key] as? Box<T> {
            lock.unlock()
            return hit.value
        }
        lock.unlock()
        let value = compute()
        lock.lock()
        if self.version == version { entries[key] = Box(value) }
        lock.unlock()
        return value
    }

    /// The value for `key` under book `version` if it was computed already; never computes.
    func peek<T>(_ key: String, version: Int) -> T? {
        lock.lock()
        defer { lock.unlock() }
        guard self.version == version else { return nil }
        return (entries[key] as? Box<T>)?.value
    }
}

private final class Box<T> {
    let value: T
    init(_ value: T) { self.value = value }
}
