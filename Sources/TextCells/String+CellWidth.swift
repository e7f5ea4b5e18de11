extension String {
    /// Columns this string occupies in a terminal (see `TextCells.width(of:)`).
    public var cellWidth: Int { TextCells.width(of: self) }
}
