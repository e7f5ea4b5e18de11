extension Catalogue {
    /// Chinese texts of `convene merge`: git's merge driver for a plan.
    static let chineseMergeCommand: KeyValuePairs<String, String> = [
        "Merge two copies of one plan against their common ancestor; exit 1 on conflicts.":
            "以共同祖先为基准合并同一计划的两个副本；有冲突时退出码为 1。",
        "Combines the changes from BASE to OURS and from BASE to THEIRS record by record and field by field, and writes the result over OURS (git's merge-driver convention) or to -o OUT. A field both sides changed differently keeps our value and is listed with both values as a conflict: exit 1. With nothing new on one side the result is the other side, byte for byte.":
            "逐条记录、逐个字段合并从 BASE 到 OURS 和从 BASE 到 THEIRS 的改动，结果写回 OURS（git 合并驱动的约定）或写入 -o OUT。双方把同一字段改成不同的值时保留我方的值，并列出双方的值作为冲突：退出码为 1。一方没有新改动时，结果与另一方逐字节相同。",
        "The common ancestor, our copy and their copy.": "共同祖先、我方副本和对方副本。",
        "Write the merged plan to this file instead of over OURS.": "把合并后的计划写入此文件，而不是写回 OURS。",
        "merge takes three plan files: BASE OURS THEIRS (got {})": "merge 需要三个计划文件：BASE OURS THEIRS（收到 {1} 个）",
        "base": "共同祖先",
        "ours": "我方",
        "theirs": "对方",
        "{} ({}): {}": "{1}（{2}）：{3}",
        "merged: nothing new came in": "已合并：没有新的改动",
        "merged: these changes came in": "已合并，收到以下改动：",
        "conflicts, kept in the plan: {}; choose a version of each with convene resolve N --take ours (or theirs) or on the planner's Checks screen, then commit":
            "冲突 {1} 处，已记在计划中（暂时保留我方的值）；请用 convene resolve N --take ours（或 theirs）或在规划器的检查页逐一选定版本，然后提交",
    ]
}
