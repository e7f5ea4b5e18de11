extension Catalogue {
    /// `convene import ics`: calendars of calcurse, khal, Google, Outlook and Convene itself as agenda items.
    static let chineseICSImport: KeyValuePairs<String, String> = [
        "Bring in a calendar's entries (.ics) as agenda items (all or nothing).":
            "把日历（.ics）中的日程导入为议程事项（要么全部导入，要么都不导入）。",
        "Make every entry an item of this event (id or title).": "把每条日程都作为该活动（编号或名称）的议程事项。",
        "Show what each entry would add or change; change nothing.": "只显示每条日程将添加或改动的内容，不做任何改动。",
        "The calendar: an .ics file in UTF-8; - reads standard input.": "日历：UTF-8 编码的 .ics 文件；写 - 则读标准输入。",
        "calendar UID": "日历 UID",
        "dry run: {}": "试运行：{1}",
        "dry run: nothing was changed": "试运行：未做任何改动",
        "{} added, {} updated, {} unchanged": "新增 {1} 项，更新 {2} 项，{3} 项未变",
        "{}, {} kept as the plan has them (newer)": "{1}，{2} 项保留计划中的版本（较新）",
        "{}–{} {} ({})": "{1}–{2} {3}（{4}）",
        "… and {} more events: {} added, {} updated, {} unchanged": "……另有 {1} 个活动：新增 {2} 项，更新 {3} 项，{4} 项未变",
        "event {} '{}': {}": "活动 {1}“{2}”：{3}",
        "new event {} '{}' on {}: {}": "新活动 {1}“{2}”（{3}）：{4}",
        "line {}: {} kept: the plan's item is newer than the entry": "第 {1} 行：保留 {2}：计划中的事项比这条日程新",
        "line {}: {} unchanged": "第 {1} 行：{2} 未变",
        "line {}: add {} {} to {}": "第 {1} 行：新增 {2} {3}，加入 {4}",
        "line {}: update {} to {}": "第 {1} 行：把 {2} 改为 {3}",
        "the UID '{}' is also the entry's at line {}": "UID“{1}”与第 {2} 行的日程重复",
        "the entry has no SUMMARY (title); give it one": "这条日程没有 SUMMARY（标题）；请补上标题",
        "the file is larger than {} MB": "文件大于 {1} MB",
        "the line is not UTF-8 text; save the calendar as UTF-8": "这一行不是 UTF-8 文本；请把日历另存为 UTF-8 编码",
        "no BEGIN:VCALENDAR; is this an .ics file?": "没有 BEGIN:VCALENDAR；这是 .ics 文件吗？",
        "BEGIN:{} nests too deep": "BEGIN:{1} 嵌套过深",
        "BEGIN:{} outside BEGIN:VCALENDAR; is this an .ics file?": "BEGIN:{1} 在 BEGIN:VCALENDAR 之外；这是 .ics 文件吗？",
        "{} outside BEGIN:VCALENDAR; is this an .ics file?": "{1} 在 BEGIN:VCALENDAR 之外；这是 .ics 文件吗？",
        "BEGIN:{} has no END:{}": "BEGIN:{1} 没有对应的 END:{2}",
        "END:{} without its BEGIN": "END:{1} 没有对应的 BEGIN",
        "'{}' is not a calendar line (NAME:value)": "“{1}”不是日历行（应为 NAME:value 的形式）",
        "{} has a parameter without NAME=value": "{1} 有一个参数不是 名称=值 的形式",
        "{} has a quote that is not closed": "{1} 有未闭合的引号",
        "{} has no ':' before its value": "{1} 的值前面没有“:”",
        "{}: '{}' is not a date (20230616) or a time (20230616T090000)":
            "{1}：“{2}”不是日期（20230616）或时间（20230616T090000）",
        "{}: '{}' is not a real date": "{1}：“{2}”不是存在的日期",
        "'{}' has no DTSTART (start)": "“{1}”没有 DTSTART（开始时间）",
        "'{}': '{}' is not a DURATION such as PT1H30M or P1D": "“{1}”：“{2}”不是 PT1H30M 或 P1D 这样的 DURATION（时长）",
        "'{}': DTSTART and DTEND must both be dates or both times": "“{1}”：DTSTART 和 DTEND 须同为日期或同为时间",
        "'{}' ends when or before it starts; give it a later DTEND": "“{1}”的结束不晚于开始；请给它更晚的 DTEND",
        "'{}' has a date Convene cannot keep": "“{1}”的日期 Convene 无法保存",
        "{}: the time zone '{}' is not an IANA or Outlook zone and the file has no VTIMEZONE that says which it is; export the calendar with IANA zones (Asia/Shanghai)":
            "{1}：时区“{2}”既不是 IANA 时区也不是 Outlook 时区，文件中也没有说明它的 VTIMEZONE；请以 IANA 时区（如 Asia/Shanghai）导出日历",
        "'{}' repeats on the dates of its RDATE, which Convene does not expand; export its occurrences one by one, or add them by hand":
            "“{1}”按 RDATE 所列日期重复，Convene 不展开这种重复；请逐次导出各次日程，或手动添加",
        "'{}' is on {}, but event {} '{}' is on {}; import it without --event, or change its date":
            "“{1}”在 {2}，而活动 {3}“{4}”在 {5}；请不带 --event 导入，或改正它的日期",
        "'{}' moved to {}, but its item {} is in event {} '{}' on {}; move the event to that date, or remove the item, and import again":
            "“{1}”已改到 {2}，而它的议程事项 {3} 属于 {6} 的活动 {4}“{5}”；请把活动改到那一天，或删除该事项，再重新导入",
        "'{}' lasts several days (all day from {}); an agenda item is within one day, so split it into one entry a day":
            "“{1}”持续多天（从 {2} 起全天）；议程事项只能在一天之内，请拆成每天一条日程",
        "'{}' runs past midnight (from {} {}); an agenda item ends by 24:00 of its day":
            "“{1}”跨过午夜（从 {2} {3} 起）；议程事项须在当天 24:00 前结束",
        "'{}' is already item {} of event {} '{}'; import without --event to update it there":
            "“{1}”已是活动 {3}“{4}”的议程事项 {2}；请不带 --event 导入，以便在原处更新",
        "'{}' repeats without end (its RRULE has neither COUNT nor UNTIL); give the series an end date in the calendar, or export its occurrences":
            "“{1}”无止境地重复（RRULE 既无 COUNT 也无 UNTIL）；请在日历中为这组日程设定结束日期，或逐次导出",
        "'{}' repeats on several weekdays (RRULE BYDAY={}), which Convene does not expand; export its occurrences one by one, or add them by hand":
            "“{1}”每周多天重复（RRULE BYDAY={2}），Convene 不展开这种重复；请逐次导出各次日程，或手动添加",
        "'{}' repeats more than {} times; shorten the series, or import a shorter span of the calendar":
            "“{1}”重复超过 {2} 次；请缩短这组日程，或只导入日历中较短的一段",
        "'{}' repeats by the rule {}, which Convene does not expand (only DAILY or WEEKLY with COUNT or UNTIL); export its occurrences one by one, or add them by hand":
            "“{1}”按规则 {2} 重复，Convene 不展开这种规则（只展开带 COUNT 或 UNTIL 的 DAILY、WEEKLY）；请逐次导出各次日程，或手动添加",
        "Reads calendars of calcurse, khal, Google, Outlook and Convene itself. Each entry becomes an item (its SUMMARY the title, LOCATION the room where the venue has it, DESCRIPTION the notes; the kind from CATEGORIES or from the title: 重温入党誓词 oath, 参观 visit, 座谈会 symposium, 交流 discussion, 党员大会 meeting, else other), in its event's time zone. Convene's own calendar restores its events and items; with --event every entry goes into that event; otherwise other calendars' entries make one event a day, titled by the calendar's name. An all-day entry is an item from 00:00 to 24:00. DAILY and WEEKLY series with COUNT or UNTIL are expanded; other repeating entries are refused with their line. Importing the same file again updates the items (by UID) and adds none twice. Any bad entry is reported with its line and nothing is changed.":
            "可读取 calcurse、khal、Google、Outlook 以及 Convene 自己导出的日历。每条日程成为一个议程事项（SUMMARY 为标题，LOCATION 为场地中同名的房间，DESCRIPTION 为备注；类型取自 CATEGORIES 或标题：重温入党誓词 oath、参观 visit、座谈会 symposium、交流 discussion、党员大会 meeting，否则为 other），时间换算到所属活动的时区。Convene 自己的日历会恢复其活动和议程事项；带 --event 时所有日程都归入该活动；否则其他日历的日程每天成为一个活动，以日历名称命名。全天日程成为 00:00 至 24:00 的事项。带 COUNT 或 UNTIL 的 DAILY、WEEKLY 重复日程会逐次展开；其他重复日程会连同行号一起被拒绝。再次导入同一文件会（按 UID）更新事项，不会重复添加。任何一条日程有误都会报告其行号，且不做任何改动。",
    ]
}
