extension Catalogue {
    /// Chinese texts of the core: refusals of edits, checks, limits, consequences.
    static let chineseCore: KeyValuePairs<String, String> = [
        // Refusals (PlanError).
        "{}: {}": "{1}：{2}",
        "no {} matches '{}'; list them with 'convene {}'": "没有与“{2}”相符的{1}；可用 convene {3} 列出全部",
        "no {} matches '{}'; did you mean: {}": "没有与“{2}”相符的{1}；您是否要找：{3}",
        "'{}' matches {}; use one of these ids:\n  {}": "“{1}”对应 {2}；请改用以下编号之一：\n  {3}",
        "the plan has {} events; choose one with --event (its id or part of its title):\n  {}":
            "计划中有 {1} 项活动；请用 --event 指定其一（编号或标题的一部分）：\n  {2}",
        "removing {} needs --{} with its exact id or {}:\n  {}": "删除{1}须用 --{2} 给出确切的编号或{3}：\n  {4}",
        "'{}' is not the exact id or {} of {}; removing takes one of these, by id or by {}:\n  {}":
            "“{1}”不是{3}确切的编号或{2}；删除时请给出以下之一的编号或{4}：\n  {5}",
        "{}\n  … and {} more; list them all with 'convene {}'": "{1}\n  ……另有 {2} 条；可用 convene {3} 列出全部",
        "the plan has no events yet; add one with 'convene event add'": "计划中还没有活动；请用 convene event add 添加",
        "is empty; give an id or a name": "为空；请给出编号或名称",
        "is {} characters long; the limit is {}": "长 {1} 个字符，上限为 {2}",
        // Edits refused by the book.
        "{} still has {} on its roster; move or remove them first": "{1}的名单上还有 {2}；请先调走或删除这些人员",
        "{} is the venue of '{}'; choose another venue for it first": "{1}是“{2}”的活动地点；请先为该活动另选场馆",
        "{} is not invited to '{}'": "{1}未受邀参加“{2}”",
        "{} already takes part in '{}'": "{1}已是“{2}”的参加人员",
        "moving '{}' to {} would take it outside the day (00:00–24:00)": "把“{1}”移到 {2} 会超出当天（00:00–24:00）",
        "'{}' has no part number {}": "“{1}”没有第 {2} 项分工",
        "{} needs an id": "{1}需要编号",
        "there is already {} with id {}": "已有编号为 {2} 的{1}",
        "{} does not take part in '{}'; add them first": "{1}不是“{2}”的参加人员；请先添加",
        "'{}' is not an email address (it has no @)": "“{1}”不是邮箱地址（缺少 @）",
        "the room '{}' is listed twice": "场地“{1}”重复列出",
        "the event ends ({}) before it starts ({})": "活动结束时间（{1}）早于开始时间（{2}）",
        "'{}' is not an IANA time zone (e.g. Asia/Shanghai)": "“{1}”不是 IANA 时区（例如 Asia/Shanghai）",
        "an item lasts at least 1 minute (got {})": "议程时长至少 1 分钟（现为 {1}）",
        "'{}' would end after midnight ({} + {} min)": "“{1}”将在午夜之后结束（{2} 起 {3} 分钟）",
        "{} has no room '{}'; its rooms are: {}": "{1}没有场地“{2}”；现有场地：{3}",
        "{} is already {} of '{}'": "{1}已是“{3}”的{2}",
        "a speech lasts at least 1 minute (got {})": "发言时长至少 1 分钟（现为 {1}）",
        "a speech lasts at most 1440 minutes, a whole day (got {})": "发言时长最多 1440 分钟，即一整天（现为 {1}）",
        "there is already an item with id {}": "已有编号为 {1} 的议程",
        "must not be empty": "不能为空",
        "must be one line (it contains a line break)": "只能有一行（其中有换行）",
        "contains the control character {}; remove it": "含有控制字符 {1}；请删除",
        "has no visible character (only spaces or invisible characters such as U+200B); type the name":
            "没有可见字符（只有空格或 U+200B 之类的不可见字符）；请输入名称",
        "must be 0 or more (got {})": "须为 0 或以上（现为 {1}）",
        "{} has no {} part in that item": "{1}在该议程中没有{2}分工",
        "{} has no part in that item": "{1}在该议程中没有分工",
        // Checks.
        "starts at {}": "开始于 {1}",
        "ends at {}": "结束于 {1}",
        "{} and {}": "{1}、{2}",
        "'{}' {} on {}, {} times that do not exist in {}: the clocks jump from {} to {}, and calendars read them {} later; move the item out of {}–{}":
            "“{1}”{2}（{3}），该时刻在 {5} 并不存在：时钟从 {6} 直接跳到 {7}，日历会将其推后 {8}；请把议程移出 {9}–{10}",
        "'{}' {} on {}, {} times that happen twice in {}: the clocks go back {} from {} to {}, and calendars take the first, before the change; move the item out of {}–{} or say which in its notes":
            "“{1}”{2}（{3}），该时刻在 {5} 会出现两次：时钟从 {7} 回拨 {6} 到 {8}，日历按调整前的第一次计；请把议程移出 {9}–{10}，或在备注中写明是哪一次",
        "{} is listed {} times ({}) with the same phone or email; probably the same person":
            "{1}列出了 {2} 次（{3}），电话或邮箱相同；可能是同一人",
        "{} is listed {} times ({}); probably the same person": "{1}列出了 {2} 次（{3}）；可能是同一人",
        "and {} more names are listed more than once with the same phone or email: {}":
            "另有 {1} 个姓名重复列出，电话或邮箱相同：{2}",
        "and {} more names are listed more than once: {}": "另有 {1} 个姓名重复列出：{2}",
        "{} of {} {} take part, but {} is not invited": "{2}的{1}参加活动，但{4}未受邀",
        "{} is invited but nobody from it has confirmed": "{1}已受邀，但尚无人确认参加",
        "{} confirmed participants, but {} holds {}": "已确认参加 {1} 人，但{2}只能容纳 {3} 人",
        "'{}' expects {} people in {}, which holds {}": "“{1}”预计 {2} 人在{3}，该场地只能容纳 {4} 人",
        "'{}' ({}–{}) falls outside the event's hours {}–{}": "“{1}”（{2}–{3}）超出活动时间 {4}–{5}",
        "'{}' ({}–{}) overlaps '{}' ({}–{}) and {} more items": "“{1}”（{2}–{3}）与“{4}”（{5}–{6}）等 {7} 项议程时间重叠",
        "'{}' ({}–{}) overlaps '{}' ({}–{})": "“{1}”（{2}–{3}）与“{4}”（{5}–{6}）时间重叠",
        "{} minutes with nothing planned between '{}' and '{}' ({}–{})": "“{2}”与“{3}”之间有 {1} 分钟空档（{4}–{5}）",
        "'{}' has no oath leader; assign an oath leader": "“{1}”没有领誓人；请指定领誓人",
        "'{}' has no narrator; assign a narrator": "“{1}”没有讲解员；请指定讲解员",
        "'{}' has no host; assign a host": "“{1}”没有主持人；请指定主持人",
        "'{}' has no speaker; assign a speaker": "“{1}”没有发言人；请指定发言人",
        "'{}' has no moderator; assign a moderator": "“{1}”没有主持人；请指定主持人",
        "the speeches of '{}' take {} minutes, but the item lasts {}": "“{1}”的发言共 {2} 分钟，但该议程只有 {3} 分钟",
        "{} is {} of '{}' but is not a participant": "{1}是“{3}”的{2}，但不在参加人员中",
        "{} is {} of '{}' but has declined": "{1}是“{3}”的{2}，但已谢绝参加",
        "{} has parts in '{}' and '{}' at the same time": "{1}同时在“{2}”和“{3}”中有分工",
        "{} leads '{}' but is not a party member": "{1}领誓“{2}”，但不是党员",
        "{} confirmed participants are not party members and attend '{}' as observers: {}":
            "已确认的参加人员中有 {1} 人不是党员，将列席“{2}”：{3}",
        // What another writer changed (BookChanges).
        "no changes to the plan's records": "计划中的记录没有变化",
        "{} added ({})": "新增 {1}（{2}）",
        "{} removed ({})": "删除 {1}（{2}）",
        "{} changed ({})": "修改 {1}（{2}）",
        // The plan file's consistency.
        "the id '{}' is used twice": "编号“{1}”重复使用",
        "'{}' is not an organisation in this file": "“{1}”不是本文件中的单位",
        "must be 0 or more": "须为 0 或以上",
        "the event ends before it starts": "活动结束时间早于开始时间",
        "event {} '{}' is in the time zone '{}', which Convene does not know; use an IANA zone such as Asia/Shanghai":
            "活动 {1}“{2}”的时区“{3}”无法识别；请使用 IANA 时区，例如 Asia/Shanghai",
        "'{}' is not a venue in this file": "“{1}”不是本文件中的场馆",
        "'{}' is not a person in this file": "“{1}”不是本文件中的人员",
        "'{}' is listed twice": "“{1}”重复列出",
        "must be at least 1 and end by 24:00": "至少 1 分钟，且须在 24:00 前结束",
        "a speech lasts 1 to 1440 minutes (got {})": "发言时长为 1 至 1440 分钟（现为 {1}）",
    ]
}
