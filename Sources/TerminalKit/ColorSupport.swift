/// How many colours a terminal can show.
public enum ColorSupport: Int, Comparable, Sendable {
    case none, eight, sixteen, full256

    public static func < (lhs: ColorSupport, rhs: ColorSupport) -> Bool { lhs.rawValue < rhs.rawValue }
}
