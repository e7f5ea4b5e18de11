extension Catalogue {
    /// Chinese texts of the advice that ends a refused plan file's message: fix it, or restore the newest backup
    /// when there is one.
    static let chineseFileAdvice: KeyValuePairs<String, String> = [
        "fix it by hand": "请手工修正",
        "fix that entry": "请修正该条目",
        "fix these entries": "请修正这些条目",
        "The file was left untouched; {}.": "文件未作改动；{1}。",
        "The file was left untouched; {} or restore {}.": "文件未作改动；{1}，或恢复 {2}。",
    ]
}
