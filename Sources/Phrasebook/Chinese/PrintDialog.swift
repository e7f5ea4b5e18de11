extension Catalogue {
    /// Chinese texts of the planner's print dialog (`P`): what, format, language, file, and what writing it did.
    static let chinesePrintDialog: KeyValuePairs<String, String> = [
        "the agenda": "议程",
        "the participant list": "参加人员名单",
        "the sign-in sheet": "签到表",
        "the check report": "检查报告",
        "HTML, a printable page": "HTML（可打印的网页）",
        "plain text": "纯文本",
        "Markdown": "Markdown 文本",
        "iCalendar (.ics)": "iCalendar 日历（.ics）",
        "CSV (a spreadsheet)": "CSV 表格",
        "Print or export '{}'": "打印或导出“{1}”",
        "What": "内容",
        "Format": "格式",
        "Language": "语言",
        "Write to": "写入文件",
        "Nothing to print: there is no event yet; E creates one": "没有可打印的内容：还没有活动；按 E 新建",
        "Wrote {}: {}": "已写入{1}：{2}",
        "{} exists. Replace it with this printout?  y: replace · n: keep it": "{1} 已存在。用这份打印件替换它吗？  y：替换 · n：保留原文件",
        "Not written: {}": "未写入：{1}",
    ]
}
