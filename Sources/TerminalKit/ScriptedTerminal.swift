/// A terminal for tests: plays back a list of keys and records every frame presented.
/// When the script runs out, `readKey` returns `whenExhausted` (by default
/// `.terminate`, so an app loop under test always ends).
public final class ScriptedTerminal: Terminal {
    public private(set) var size: Size
    public var colorSupport: ColorSupport
    /// Keys still to be read, first first.
    public private(set) var pendingKeys: [Key]
    /// What `readKey` returns once `pendingKeys` is empty.
    public var whenExhausted: Key?
    /// Every buffer passed to `present`, in order.
    public private(set) var frames: [CellBuffer] = []
    public private(set) var suspendCount = 0
    public private(set) var resumeCount = 0
    public private(set) var isStopped = false

    public init(
        size: Size, keys: [Key] = [], colorSupport: ColorSupport = .full256,
        whenExhausted: Key? = .terminate
    ) {
        self.size = size
        self.pendingKeys = keys
        self.colorSupport = colorSupport
        self.whenExhausted = whenExhausted
    }

    /// The most recently presented buffer.
    public var lastFrame: CellBuffer? { frames.last }

    /// Adds keys to the end of the script.
    public func enqueue(_ keys: [Key]) { pendingKeys += keys }

    /// Adds one `.char` per character of `text`.
    public func type(_ text: String) { enqueue(text.map { Key.char($0) }) }

    /// Changes the size and enqueues `.resize`, as a real terminal would.
    public func resize(to newSize: Size) {
        size = newSize
        pendingKeys.append(.resize)
    }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        if pendingKeys.isEmpty { return whenExhausted }
        return pendingKeys.removeFirst()
    }

    public func present(_ buffer: CellBuffer) { frames.append(buffer) }
    public func suspend() { suspendCount += 1 }
    public func resume() { resumeCount += 1 }
    public func stop() { isStopped = true }
}
