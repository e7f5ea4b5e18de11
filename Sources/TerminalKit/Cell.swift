/// One terminal cell: a grapheme and its style. A wide character occupies its cell
/// and the next one, which is a continuation cell (`isContinuation`, never drawn).
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var style: Style
    public var isContinuation: Bool

    public init(_ character: Character, style: Style = .plain) {
        self.character = character
        self.style = style
        self.isContinuation = false
    }

    /// The right half of a wide character.
    public static func continuation(style: Style) -> Cell {
        var cell = Cell(" ", style: style)
        cell.isContinuation = true
        return cell
    }

    /// A space in `style`.
    public static func blank(_ style: Style = .plain) -> Cell { Cell(" ", style: style) }
}
