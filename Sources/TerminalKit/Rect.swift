/// A rectangle of cells: origin (`x`, `y`) at the top left, `width` columns by
/// `height` rows. Widths and heights never go below zero through the helpers.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The rectangle at the origin covering `size`.
    public init(_ size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    public var size: Size { Size(width: width, height: height) }
    /// One past the rightmost column.
    public var maxX: Int { x + width }
    /// One past the bottom row.
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// The overlap of two rectangles (empty when they do not meet).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x), top = max(y, other.y)
        let right = min(maxX, other.maxX), bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// Shrinks every side by `amount`.
    public func inset(by amount: Int) -> Rect {
        inset(top: amount, left: amount, bottom: amount, right: amount)
    }

    /// Shrinks each side by its own amount.
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    /// Cuts off the top `rows` (clamped) and returns it with the rest below.
    public func split(top rows: Int) -> (top: Rect, rest: Rect) {
        let h = min(max(0, rows), height)
        return (
            Rect(x: x, y: y, width: width, height: h),
            Rect(x: x, y: y + h, width: width, height: height - h)
        )
    }

    /// Cuts off the bottom `rows` (clamped) and returns it with the rest above.
    public func split(bottom rows: Int) -> (bottom: Rect, rest: Rect) {
        let h = min(max(0, rows), height)
        return (
            Rect(x: x, y: maxY - h, width: width, height: h),
            Rect(x: x, y: y, width: width, height: height - h)
        )
    }

    /// Cuts off the left `columns` (clamped) and returns it with the rest to the right.
    public func split(left columns: Int) -> (left: Rect, rest: Rect) {
        let w = min(max(0, columns), width)
        return (
            Rect(x: x, y: y, width: w, height: height),
            Rect(x: x + w, y: y, width: width - w, height: height)
        )
    }

    /// Cuts off the right `columns` (clamped) and returns it with the rest to the left.
    public func split(right columns: Int) -> (right: Rect, rest: Rect) {
        let w = min(max(0, columns), width)
        return (
            Rect(x: maxX - w, y: y, width: w, height: height),
            Rect(x: x, y: y, width: width - w, height: height)
        )
    }

    public var description: String { "(\(x),\(y) \(width)×\(height))" }
}
