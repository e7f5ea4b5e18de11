extension Catalogue {
    /// Chinese texts of the command line: errors, hints, summaries, `--help`, and the plan file's messages.
    static let chineseCommandLine: KeyValuePairs<String, String> = [:]
}
