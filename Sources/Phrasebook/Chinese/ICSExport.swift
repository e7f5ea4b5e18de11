extension Catalogue {
    /// Chinese texts of calendar export: the plan file's item revisions.
    static let chineseICSExport: KeyValuePairs<String, String> = [
        "'{}' is not a UTC time of the form YYYY-MM-DDTHH:MM:SSZ": "“{1}”不是 YYYY-MM-DDTHH:MM:SSZ 格式的 UTC 时间",
        "a revision is a whole number of at least 0 (got {})": "修订次数须为不小于 0 的整数（现为 {1}）",
    ]
}
