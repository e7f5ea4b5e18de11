extension Catalogue {
    /// Chinese texts of copy tags: the mark a git clone or a shared copy puts in the ids it issues.
    static let chineseCopyTags: KeyValuePairs<String, String> = [
        "'{}' is not a copy's tag (four of the letters and digits {})": "“{1}”不是副本标记（须为 {2} 中的四个字母或数字）",
        "set {} to {}: the ids this clone issues end in _{}, so they never collide with another clone's":
            "已将 {1} 设为 {2}：此克隆新建记录的编号以 _{3} 结尾，不会与其他克隆的编号重复",
    ]
}
