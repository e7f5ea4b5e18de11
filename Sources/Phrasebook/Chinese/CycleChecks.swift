extension Catalogue {
    /// Chinese texts of the participant-cycle checks (quota, leave, part-holders away, oath review, branch meeting
    /// and its quorum) and of setting a quota.
    static let chineseCycleChecks: KeyValuePairs<String, String> = [
        // Quota (名额).
        "set the quota to {}": "把名额设为 {1} 人",
        "clear the quota": "取消名额",
        "quota": "名额",
        "{} is not invited to '{}'; invite it first": "{1}未受邀参加“{2}”；请先邀请",
        "a quota is at least 1 person (got {}); leave it empty for none": "名额至少为 1 人（现为 {1}）；不设名额请留空",
        "must be 1 or more": "须为 1 或以上",
        "{} has a quota of {}, but {} confirmed participants: {} short": "{1}的名额为 {2} 人，但已确认参加 {3} 人，还差 {4} 人",
        "{} has a quota of {}, but {} confirmed participants: {} over": "{1}的名额为 {2} 人，但已确认参加 {3} 人，超出 {4} 人",
        // Leave and parts.
        "{} is on leave from '{}' for 'other reason' with no note; choose official duty, sick or personal, or add a note saying why":
            "{1}请假不参加“{2}”，事由为“其他”且无说明；请改为因公、因病或因事，或补充说明",
        "{} is {} of '{}' but has declined; assign someone else": "{1}是“{3}”的{2}，但已谢绝参加；请另行指定",
        "{} is {} of '{}' but is marked absent; assign someone else": "{1}是“{3}”的{2}，但已记为缺席；请另行指定",
        "{} is {} of '{}' but is on leave ({}); assign someone else or cancel the leave":
            "{1}是“{3}”的{2}，但已请假（{4}）；请另行指定或撤销请假",
        // The oath review.
        "{} and {} more": "{1}，另有 {2} 人",
        // The branch meeting (支部党员大会) and its quorum.
        "Branch meeting": "支部党员大会",
        "'{}' has its quorum: full party members present {} of {} expected, more than half":
            "“{1}”达到法定人数：应到正式党员 {3} 人，实到 {2} 人，超过半数",
        "'{}' should have its quorum: full party members coming {} of {} expected, more than half":
            "“{1}”预计达到法定人数：应到正式党员 {3} 人，预计到会 {2} 人，超过半数",
        "'{}' has no quorum: full party members present {} of {} expected, but a branch meeting needs more than half (at least {}); it may not open":
            "“{1}”未达到法定人数：应到正式党员 {3} 人，实到 {2} 人，须超过半数（至少 {4} 人）；不能开会",
        "'{}' may lack a quorum: full party members coming {} of {} expected (confirmed, not on leave), but a branch meeting needs more than half (at least {})":
            "“{1}”可能达不到法定人数：应到正式党员 {3} 人，预计到会 {2} 人（已确认且未请假），须超过半数（至少 {4} 人）",
        "probationary members take part without a vote: {}": "预备党员不参加表决：{1}",
        // The planner.
        "Quota in this event": "本次活动名额",
        // The command line.
        "Invite an organisation, or change its part or quota.": "邀请单位，或更改其角色或名额。",
        "guiding, host or participant (a new invitation: participant; else the part it has).":
            "guiding（指导单位）、host（主办单位）或 participant（参加单位）（新邀请默认为 participant，否则保持原角色）。",
        "How many people the organisation is asked to send (名额); empty to clear it.": "该单位应派人数（名额）；留空则取消名额。",
        "--quota: '{}' is not a number of people; give a whole number such as 5, or \"\" to clear it":
            "--quota：“{1}”不是人数；请给出整数，例如 5，或用 \"\" 取消名额",
        "Check every event in date order, and the plan-wide problems once at the end, in one process.":
            "按日期检查每项活动，最后列出涉及整个计划的问题，一次完成。",
        "Event {} '{}' on {}:": "活动 {1}“{2}”（{3}）：",
        "The whole plan:": "整个计划：",
        "oath, visit, symposium, discussion, meeting or other.":
            "oath（重温入党誓词）、visit（参观学习）、symposium（座谈会）、discussion（互动交流）、meeting（支部党员大会）或 other（其他）。",
    ]
}
