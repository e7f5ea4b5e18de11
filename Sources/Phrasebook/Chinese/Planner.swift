extension Catalogue {
    /// Chinese texts of the planner: tabs, headings, columns, forms, pick-lists, help, footers, status lines.
    static let chinesePlanner: [String: String] = [:]
}
