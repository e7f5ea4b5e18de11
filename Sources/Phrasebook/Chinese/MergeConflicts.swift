extension Catalogue {
    /// Chinese texts of the merge conflicts a plan keeps until they are resolved (issue 15).
    static let chineseMergeConflicts: KeyValuePairs<String, String> = [
        "name (a person's)": "姓名",
        "part (an organisation's)": "类别",
        "capacity (a participant's)": "参会身份",
        "leave (of absence)": "请假",
        "parts (of an item)": "分工",
        "this merge conflict is already resolved": "此合并冲突已经解决",
        "keep our version": "保留我方版本",
        "take their version": "采用对方版本",
        "{} is no longer in the plan; keep ours to close the conflict": "{1}已不在计划中；请选择保留我方以了结此冲突",
        "event '{}' ({})": "活动“{1}”（{2}）",
        "the invitation of {} to {}": "“{2}”对“{1}”的邀请",
        "participant {} ({} {})": "参加人员“{1}”（{2} {3}）",
        "deleted {}, as ours had": "已删除{1}（同我方）",
        "deleted {}, as theirs had": "已删除{1}（同对方）",
        "kept {}, as ours changed it": "已保留{1}（我方修改后的记录）",
        "kept {}, as theirs changed it": "已保留{1}（对方修改后的记录）",
        "item '{}' ({} {})": "议程“{1}”（{2} {3}）",
        "{}: deleted in our copy and changed in theirs; their changed record is kept":
            "{1}：我方已删除，对方作了修改；暂时保留对方修改后的记录",
        "{}: changed in our copy and deleted in theirs; our changed record is kept":
            "{1}：我方作了修改，对方已删除；暂时保留我方修改后的记录",
        "{}, {}: ours “{}”, theirs “{}”": "{1}的{2}：我方“{3}”，对方“{4}”",
        "merge conflict: {}; choose a version (Checks screen: o ours, t theirs; or convene resolve)":
            "合并冲突：{1}；请选定一方的版本（检查页：o 我方，t 对方；或用 convene resolve）",
        "resolve a merge conflict": "解决合并冲突",
        "(a copy shared with {})": "（共享给{1}的副本）",
        "Merge conflicts": "合并冲突",
        "conflict: {}": "冲突：{1}",
        "merge conflict: {}": "合并冲突：{1}",
        "resolved: {}": "已解决：{1}",
        "List the merge conflicts the plan keeps, numbered for resolve; exit 1 while any is left.":
            "列出计划中记下的合并冲突，编号供 resolve 使用；仍有冲突时退出码为 1。",
        "no merge conflicts": "没有合并冲突",
        "{}. {}": "{1}. {2}",
        "Resolve a merge conflict by choosing our version or theirs.": "选定我方或对方的版本，解决合并冲突。",
        "N is the conflict's number in convene conflicts (several numbers, or all). ours keeps what the plan holds (for a record we deleted: deletes it again); theirs sets their value (for a record they deleted: deletes it).":
            "N 是冲突在 convene conflicts 中的编号（可给多个编号，或 all）。ours 保留计划中现有的值（我方删除的记录：再次删除）；theirs 采用对方的值（对方删除的记录：删除）。",
        "The conflicts' numbers in convene conflicts, or all.": "冲突在 convene conflicts 中的编号，或 all。",
        "ours or theirs.": "ours（我方）或 theirs（对方）。",
        "the plan has no merge conflicts to resolve": "计划中没有需要解决的合并冲突",
        "'{}' is not a conflict's number: give 1 to {} or all (see convene conflicts)":
            "“{1}”不是冲突编号：请给出 1 到 {2} 之间的编号或 all（见 convene conflicts）",
        "resolve merge conflicts": "解决合并冲突",
        "kept ours: {}": "已保留我方：{1}",
        "took theirs: {}": "已采用对方：{1}",
        "no merge conflicts left": "合并冲突已全部解决",
        "merge conflict under the cursor: keep our version": "光标处的合并冲突：保留我方版本",
        "merge conflict under the cursor: take their version": "光标处的合并冲突：采用对方版本",
        "o and t resolve a merge conflict: move to a merge-conflict problem first":
            "o 和 t 用于解决合并冲突：请先移到一条 merge-conflict 问题上",
        "{}; no merge conflicts left": "{1}；合并冲突已全部解决",
        "{}; merge conflicts left: {}": "{1}；尚余合并冲突 {2} 处",
        "merge conflicts left: {} (see convene conflicts)": "尚余合并冲突 {1} 处（见 convene conflicts）",
    ]
}
