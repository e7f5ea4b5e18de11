extension Catalogue {
    /// `convene import replies`: a member organisation's reply list.
    static let chineseReplies: KeyValuePairs<String, String> = [
        "Record an organisation's replies to an event from its list (all or nothing).":
            "按单位的回执名单记录对活动的回复（要么全部记录，要么都不记录）。",
        "Columns by header, English or Chinese, below any title rows: name/姓名, organisation/单位 (else --org, else the name alone), reply/回复/是否参加 (参加 confirmed, 不参加 declined, 请假 leave; 是, 否, 已确认 … too), reason/请假事由 (因公, 因病, 因事, 其他, or any text: 因病住院 is sick), note/备注, capacity/参会身份 (企业代表, 列席, 嘉宾 …). Everyone named must be on the roster; someone not yet taking part is added. A reply that comes or does not come cancels earlier leave. Any bad row is reported with its line (or cell) and nothing is changed.":
            "按表头识别各列（表头上方可有标题行），中英文均可：姓名/name、单位/organisation（否则用 --org，再否则只按姓名）、回复/是否参加/reply（参加 confirmed、不参加 declined、请假 leave；也可写是、否、已确认……）、请假事由/reason（因公、因病、因事、其他，或任意文字：“因病住院”即因病）、备注/note、参会身份/capacity（企业代表、列席、嘉宾……）。名单上的每个人都须已在花名册中；尚未参加的人会被添加。回复参加或不参加会取消先前的请假。任何一行有误都会报告其行号（或单元格），且不做任何改动。",
        "The reply list: an .xlsx workbook (its first sheet), or CSV, tab- or semicolon-separated text; - reads standard input.":
            "回执名单：.xlsx 工作簿（读第一个工作表），或以逗号、制表符、分号分隔的文本；写 - 则读标准输入。",
        "The event the replies are to (id or title).": "回复所针对的活动（编号或名称）。",
        "Organisation (id or name) of rows without one.": "没有单位的行所属的单位（编号或名称）。",
        "The text file's encoding: utf-8, gb18030, utf-16 or auto.": "文本文件的编码：utf-8、gb18030、utf-16 或 auto。",
        "Show what each row would change; change nothing.": "只显示每行将做的改动，不做任何改动。",
        "import replies": "导入回执",
        "standard input": "标准输入",
        "the file is empty; the first line must name the columns (e.g. 姓名,回复,请假事由)":
            "文件为空；第一行须写明各列名称，用英文逗号分隔（例如 姓名、回复、请假事由三列）",
        "'{}' already replied on line {}; keep one of the two rows": "“{1}”已在第 {2} 行回复；请只保留其中一行",
        "'{}' is not on the roster of {}; add them with 'convene import people' first, or correct the name":
            "“{1}”不在{2}的花名册中；请先用 convene import people 添加，或改正姓名",
        "no one called '{}' is on the roster; add them with 'convene import people' first, or correct the name":
            "花名册中没有名叫“{1}”的人；请先用 convene import people 添加，或改正姓名",
        "'{}' could be any of {}; add an organisation column (单位) or give --org":
            "“{1}”可能是 {2} 中的任何一位；请加上单位列，或给出 --org",
        "unknown reply '{}' (use {})": "未知回复“{1}”（请用 {2}）",
        "a reason for leave ('{}') but the reply is not leave; clear one of the two":
            "填写了请假事由（“{1}”），但回复不是请假；请删去其中一项",
        "unknown capacity '{}' (use {})": "未知参会身份“{1}”（请用 {2}）",
        "added as {}": "添加为{1}",
        "added as {}, {}": "添加为{1}，{2}",
        "leave: {} ({})": "请假：{1}（{2}）",
        "leave: {}": "请假：{1}",
        "leave cancelled": "取消请假",
        "now {}": "改为{1}",
        "no change": "无改动",
        "{} → {}": "{1} → {2}",
        "line {}: {}, {}: {}": "第 {1} 行：{2}，{3}：{4}",
        "{} confirmed, {} declined, {} on leave": "{1} 人确认，{2} 人谢绝，{3} 人请假",
        "record replies to '{}': {}; {} to add as participants, {} unchanged":
            "记录“{1}”的回复：{2}；将新增参加人员 {3} 人，{4} 人无改动",
        "recorded replies to '{}': {}; {} added as participants, {} unchanged":
            "已记录“{1}”的回复：{2}；新增参加人员 {3} 人，{4} 人无改动",
    ]
}
