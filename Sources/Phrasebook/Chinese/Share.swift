extension Catalogue {
    /// Chinese texts of `convene share` and `convene merge --reply`: a copy for an organisation without git (issue 15).
    static let chineseShare: KeyValuePairs<String, String> = [
        "they added {}, which is not {}'s: not merged": "对方添加了{1}，不属于{2}，未合并",
        "they changed {}, which is not {}'s: not merged": "对方修改了{1}，不属于{2}，未合并",
        "they removed {}, which is not {}'s: not merged": "对方删除了{1}，不属于{2}，未合并",
        "the {} of {}": "{2}的 {1}",
        "event “{}”": "活动“{1}”",
        "the invited organisations of event “{}”": "活动“{1}”的参加单位",
        "agenda item “{}”": "议程“{1}”",
        "organisation “{}”": "单位“{1}”",
        "“{}” of {}": "{2}的“{1}”",
        "the participant row of “{}” of {}": "{2}的“{1}”的参加记录",
        "venue “{}”": "场馆“{1}”",
        "this plan is not a shared copy (it was not written by convene share); to merge two copies of one plan use convene merge BASE OURS THEIRS":
            "此计划不是共享副本（不是由 convene share 写出的）；合并同一计划的两个副本请用 convene merge BASE OURS THEIRS",
        "share.base.{}: {}": "share.base.{1}：{2}",
        "the plan as shared holds no share of its own; remove its \"share\" field":
            "共享时的计划本身不含共享记录；请删除其中的“share”字段",
        "Write a copy of one event for one organisation to fill in and send back.": "为某单位写出一个活动的副本，供其填写后发回。",
        "The copy holds the event, its agenda and venue, the invited organisations' names, and the organisation's own roster and participants: none of the other organisations' contacts or their people's details. Its contact edits it in their own Convene (roster, replies, leave) and sends it back; merge it with convene merge --reply FILE.":
            "副本包含该活动、议程和场馆、受邀单位的名称，以及该单位自己的名单和参加人员；不含其他单位的联系方式和人员资料。对方联系人在自己的 Convene 中修改（名单、回复、请假）后发回；用 convene merge --reply FILE 合并。",
        "The organisation to share with: its id or name.": "共享给的单位：编号或名称。",
        "The file to write the copy to.": "副本写入的文件。",
        "{} is not invited to “{}”; invite it first (convene event invite)": "{1}未受邀参加“{2}”；请先邀请（convene event invite）",
        "wrote {} for {}: “{}” with {}, its roster of {} and {}": "已为{2}写出 {1}：“{3}”，{4}，本单位名单 {5}，{6}",
        "send it to their contact; merge the copy they send back with: convene merge --reply FILE":
            "请发给对方联系人；对方发回的副本用以下命令合并：convene merge --reply FILE",
        "A copy made by convene share and sent back: merge its changes into the plan (--file).":
            "由 convene share 写出并发回的副本：把其中的改动合并到计划（--file）。",
        "merge --reply takes no other files: it merges into the plan given by --file":
            "merge --reply 不接受其他文件：它合并到 --file 指定的计划",
        "--file goes with --reply; a three-way merge takes BASE OURS THEIRS":
            "--file 只与 --reply 一起用；三方合并需要 BASE OURS THEIRS",
        "not merged: {} changes outside {}, the organisation the copy was shared with":
            "未合并：{1} 处改动不属于副本的共享单位{2}",
    ]
}
