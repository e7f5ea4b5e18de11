extension Catalogue {
    /// Chinese texts of the three-way merge of plans (issue 15).
    static let chineseMerge: KeyValuePairs<String, String> = [
        "these are two different plans (identity {} and {}), not copies of one plan; merge only copies of one plan file":
            "这是两个不同的计划（标识分别为 {1} 和 {2}），不是同一计划的副本；只能合并同一计划文件的副本"
    ]
}
