extension Catalogue {
    /// The participant list's CSV headers (each one `convene import people` reads back) and the CSV options.
    static let chineseCSVOut: KeyValuePairs<String, String> = [
        "id (CSV column)": "编号",
        "name (CSV column)": "姓名",
        "latin (CSV column)": "拼音",
        "organisation (CSV column)": "单位",
        "politics (CSV column)": "政治面貌",
        "title (CSV column)": "职务",
        "capacity (CSV column)": "参会身份",
        "rsvp (CSV column)": "回复",
        "leave (CSV column)": "请假事由",
        "leave note (CSV column)": "请假备注",
        "approved by (CSV column)": "批准人",
        "attendance (CSV column)": "签到情况",
        "signed in at (CSV column)": "签到时间",
        "parts (CSV column)": "承担任务",
        "phone (CSV column)": "联系电话",
        "email (CSV column)": "电子邮箱",
        "Encoding of --format csv: utf-8-bom (opens right in Excel, the default), utf-8 or gb18030 (default: csv_encoding in config.toml, else utf-8-bom).":
            "--format csv 的编码：utf-8-bom（Excel 直接打开不乱码，默认）、utf-8 或 gb18030（默认取 config.toml 中的 csv_encoding，否则为 utf-8-bom）。",
        "--encoding goes with --format csv": "--encoding 只能与 --format csv 一起使用",
        "{}: csv_encoding = {} is not allowed; use {} (utf-8-bom opens right in Excel)":
            "{1}：csv_encoding = {2} 不可用；请用 {3}（utf-8-bom 在 Excel 中直接打开不乱码）",
        "--sign-in prints text, html or xlsx (not {})": "--sign-in 只能输出 text、html 或 xlsx（不支持 {1}）",
        "text, csv, markdown, html (a printable page), json or xlsx (with -o).":
            "text、csv、markdown、html（可打印的网页）、json 或 xlsx（配合 -o）。",
        "text, markdown, html (a printable page), csv (a spreadsheet), json or xlsx (with -o).":
            "text、markdown、html（可打印的网页）、csv（电子表格）、json 或 xlsx（配合 -o）。",
        "text, json or xlsx (with -o; it reads back with convene import people).":
            "text、json 或 xlsx（配合 -o；可再用 convene import people 导入）。",
        "Write the printout to this file instead of standard output (- is standard output; xlsx needs a file).":
            "把打印内容写入此文件，而不是标准输出（- 表示标准输出；xlsx 必须写入文件）。",
        "--format xlsx writes a file: give -o FILE.xlsx": "--format xlsx 要写入文件：请用 -o 文件名.xlsx 指定",
        "Roster (sheet name)": "人员名册",
        "this system cannot write GB18030; use --encoding utf-8-bom": "本系统无法写出 GB18030 编码；请改用 --encoding utf-8-bom",
    ]
}
