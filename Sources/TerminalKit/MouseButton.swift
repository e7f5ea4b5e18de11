/// Which mouse button (or wheel direction) produced a `.mouse` key.
public enum MouseButton: Hashable, Sendable {
    case left, middle, right, scrollUp, scrollDown
}
