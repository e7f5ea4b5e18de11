extension Catalogue {
    /// Chinese texts of the command line: errors, hints, summaries, `--help`, and the plan file's messages.
    static let chineseCommandLine: KeyValuePairs<String, String> = [
        // convene check.
        "No problems in '{}'.": "“{1}”没有发现问题。",
        "{}: [{}] {}  ({})": "{1}：[{2}] {3}（{4}）",
        "{}, {}, {}": "{1}，{2}，{3}",
        // Removals and their consequences (on stderr).
        "removed organisation {} ({})": "已删除单位 {1}（{2}）",
        "removed event {} ({})": "已删除活动 {1}（{2}）",
        "removed person {} ({})": "已删除人员 {1}（{2}）",
        "removed venue {} ({})": "已删除场馆 {1}（{2}）",
        "removed {} ({}) from {} ({})": "已将 {1}（{2}）移出 {3}（{4}）",
        "removed item {} ({}) from {} ({})": "已从 {3}（{4}）删除议程 {1}（{2}）",
        "took {} ({}) off {} of {} ({})": "已取消 {1}（{2}）在 {4}（{5}）中的{3}分工",
        // Mistakes in how a command was called.
        "give exactly one of --person or --all-from": "请在 --person 与 --all-from 中任选其一",
        "--rsvp needs --event": "--rsvp 须与 --event 同用",
        "--all-events prints text, markdown or ics": "--all-events 只能输出 text、markdown 或 ics",
        "--width must be between 40 and 1000 (got {})": "--width 须在 40 至 1000 之间（现为 {1}）",
        "{} already exists; it was left untouched": "{1} 已存在，未作改动",
        "{}: no such file": "{1}：文件不存在",
        "{}: cannot be read (it is a folder)": "{1}：无法读取（这是一个文件夹）",
        "{}: cannot be read": "{1}：无法读取",
        // Importing a roster.
        "dry run: would {}; nothing was changed": "试运行：将{1}；未做任何改动",
        "add 0 people": "添加 0 人",
        "added 0 people": "已添加 0 人",
        "add {} people to {}": "向{2}添加 {1} 人",
        "added {} people to {}": "已向{2}添加 {1} 人",
        "{} ({})": "{1}（{2}）",
        "{}, {} already present": "{1}，{2} 人已在名单中",
        "{}; {} to add to '{}' as {}": "{1}；将有 {2} 人以“{4}”身份加入“{3}”",
        "{}; {} added to '{}' as {}": "{1}；已有 {2} 人以“{4}”身份加入“{3}”",
        "{} ({} already taking part)": "{1}（{2} 人已是参加人员）",
        "line {}: add {} {}": "第 {1} 行：添加 {2} {3}",
        "line {}: already present as {}: {}": "第 {1} 行：已有此人（{2}）：{3}",
        "line {}: repeats line {}: {}": "第 {1} 行：与第 {2} 行重复：{3}",
        "read {} as GB18030: its bytes are also valid UTF-8, but only as GB18030 do they read as Chinese names; give --encoding utf-8 if it is UTF-8":
            "已按 GB18030 读取 {1}：其字节也是有效的 UTF-8，但只有按 GB18030 读才是中文姓名；如果它是 UTF-8 文件，请加 --encoding utf-8",
        "{}: {} bad lines:\n{}{}nothing was imported": "{1}：有 {2} 行有误：\n{3}{4}未导入任何内容",
        "  … and {} more\n": "  ……另有 {1} 条\n",
        "line {}: {}": "第 {1} 行：{2}",
        // Options shared by every command.
        "The plan file (default: $CONVENE_FILE, else $XDG_DATA_HOME/convene/plan.json).":
            "计划文件（默认为 $CONVENE_FILE，否则为 $XDG_DATA_HOME/convene/plan.json）。",
        "Language of messages, help and printouts: zh or en (default: lang in config.toml, else the locale).":
            "提示、帮助和打印内容的语言：zh 或 en（默认取 config.toml 中的 lang，否则按系统语言环境）。",
        "Width of text output in columns (default: width in config.toml, else the terminal's, else 80).":
            "文本输出的宽度（列数；默认取 config.toml 中的 width，其次取终端宽度，否则为 80）。",
        "{}: width = {} is not allowed; use a whole number of columns from 40 to 1000":
            "{1}：width = {2} 不可用；请写 40 到 1000 之间的整数列数",
        "{}: unknown setting '{}'; the settings are {} (see the README's Configuration section)":
            "{1}：未知设置“{2}”；可用的设置为 {3}（见 README 的“Configuration”一节）",
        "The event: its id or (part of) its title. May be left out when the plan has one event.":
            "活动：其编号或标题（的一部分）。计划中只有一项活动时可省略。",
        // The plan file's messages (PlanFileError).
        "{}: no such plan file. Create it with: convene init --file {}   (--empty for an empty plan), or give the path of an existing plan.":
            "{1}：没有这个计划文件。可用 convene init --file {2} 创建（加 --empty 则为空计划），或给出已有计划的路径。",
        "{}: cannot be read ({}). Check the path and its permissions.": "{1}：无法读取（{2}）。请检查路径及其权限。",
        "{}: is not a Convene plan (not valid JSON: {}). {}": "{1}：不是 Convene 计划文件（不是有效的 JSON：{2}）。{3}",
        "{}: was written by a newer Convene (format version {}; this one reads up to {}). Upgrade Convene; the file was left untouched.":
            "{1}：由较新版本的 Convene 写入（格式版本 {2}；本版本最高只能读取 {3}）。请升级 Convene；文件未作改动。",
        "{}: at {}: {}. {}": "{1}：位于 {2}：{3}。{4}",
        "\n  … and {} more": "\n  ……另有 {1} 条",
        "{}: the plan does not hold together ({} problems):\n{}{}\n{}": "{1}：计划内容前后不一致（{2} 个问题）：\n{3}{4}\n{5}",
        "{}: another convene is changing this plan (waited {} s). Try again when it has finished.":
            "{1}：另一个 convene 正在修改此计划（已等待 {2} 秒）。请待其完成后重试。",
        "{}: could not be saved ({}). The previous version is intact.": "{1}：无法保存（{2}）。之前的版本完好无损。",
        "{}: is {} MB; a plan file may be at most {} MB. The file was left untouched; is it really a Convene plan?":
            "{1}：大小为 {2} MB；计划文件最大为 {3} MB。文件未作改动；它真的是 Convene 计划吗？",
        "{}: cannot be read (it is {}, not a file). Give --file the path of a plan file; to start a new plan, run 'convene init --file <new path>'.":
            "{1}：无法读取（它是{2}，不是文件）。请给 --file 指定计划文件的路径；要新建计划，请运行 convene init --file <新路径>。",
        "{}: changed while it was being read; try again (another program was writing it in place). Nothing was changed.":
            "{1}：读取期间文件发生了变化；请重试（另一个程序正在原地写入）。未做任何改动。",
        "{}: is a symbolic link to {}, which does not exist. Point the link at the plan file, or remove the link.":
            "{1}：是指向 {2} 的符号链接，而目标不存在。请让链接指向计划文件，或删除该链接。",
        // What the operating system said (SystemReason), and the places and details of the plan file's messages.
        "the disk is full": "磁盘已满",
        "the disk quota is used up": "磁盘配额已用完",
        "the file is larger than this process may write (see ulimit -f)": "文件超过了本进程可写入的大小（见 ulimit -f）",
        "the folder is on a read-only file system": "该文件夹位于只读文件系统上",
        "no permission": "没有权限",
        "no such file or folder": "文件或文件夹不存在",
        "a part of the path is not a folder": "路径中有一部分不是文件夹",
        "it is a folder": "这是一个文件夹",
        "too many levels of symbolic links": "符号链接层数过多",
        "the name is too long": "名称过长",
        "too many files are open": "打开的文件过多",
        "the disk reported an input/output error": "磁盘报告了输入输出错误",
        "the file is in use": "文件正被占用",
        "the name is already taken": "该名称已被占用",
        "the two paths are on different file systems": "两个路径位于不同的文件系统上",
        "out of memory": "内存不足",
        "system error {}: {}": "系统错误 {1}：{2}",
        "a folder": "文件夹",
        "a named pipe (FIFO)": "命名管道（FIFO）",
        "a character device": "字符设备",
        "a block device": "块设备",
        "a socket": "套接字",
        "a symbolic link": "符号链接",
        "not a regular file": "特殊文件",
        "a symbolic link to {}: {}": "指向 {1} 的符号链接：{2}",
        "the lock file {} is a symbolic link, which Convene never makes; remove it and try again":
            "锁文件 {1} 是符号链接，而 Convene 从不创建符号链接；请删除它后重试",
        "cannot open the lock file {}: {}": "无法打开锁文件 {1}：{2}",
        "the lock file {} is not a regular file; remove it and try again": "锁文件 {1} 不是普通文件；请删除它后重试",
        "cannot lock {}: {}": "无法锁定 {1}：{2}",
        "{} is not a folder": "{1} 不是文件夹",
        "cannot create the folder {}: {}": "无法创建文件夹 {1}：{2}",
        "cannot create a file in {}: {}": "无法在 {1} 中创建文件：{2}",
        "the new file {} is not a fresh file of this user's; is someone else writing in {}?":
            "新文件 {1} 不是本用户新建的文件；是否有其他人在 {2} 中写入？",
        "cannot set the mode of {}: {}": "无法设置 {1} 的权限：{2}",
        "cannot create a new file in {}: every name tried was taken": "无法在 {1} 中新建文件：尝试过的名称都已被占用",
        "cannot create the journal: {}": "无法创建日志：{1}",
        "cannot lock the journal: {}": "无法锁定日志：{1}",
        "cannot read the journal": "无法读取日志",
        "cannot rename the journal: {}": "无法重命名日志：{1}",
        "line {}": "第 {1} 行",
        "is not a Convene journal header": "不是 Convene 日志的开头",
        "cannot be read": "无法读取",
        "no migration from version {}": "没有从版本 {1} 升级的迁移步骤",
        "{} exists": "{1} 已存在",
        "the folder {} does not exist": "文件夹 {1} 不存在",
        "the event {} is no longer in the plan": "活动 {1} 已不在计划中",
        "'{}' is not a time of the form HH:MM (00:00–24:00)": "“{1}”不是 HH:MM 格式的时间（00:00–24:00）",
        "'{}' is not a date of the form YYYY-MM-DD": "“{1}”不是 YYYY-MM-DD 格式的日期",
        "it is nested too deeply (more than {} levels of [ or {{ at line {}, column {}); a plan is never nested more than a few levels":
            "嵌套过深（第 {2} 行第 {3} 列处，[ 或 {{ 的嵌套超过 {1} 层）；计划文件的嵌套从不超过几层",
        "there is no formatVersion; this does not look like a Convene plan": "没有 formatVersion；这看起来不是 Convene 计划文件",
        "the top level": "最外层",
        "{} is not a version Convene ever wrote": "{1} 不是 Convene 写过的格式版本",
        "the file is empty": "文件是空的",
        "it ends too early; the file may have been cut off": "文件提前结束；可能被截断了",
        "it is nested too deeply (more than {} levels of [ or {{)": "嵌套过深（[ 或 {{ 的嵌套超过 {1} 层）",
        "unexpected text at line {}, column {}": "第 {1} 行第 {2} 列有意外的内容",
        "the file is not UTF-8 text (byte 0x{} at line {}, column {}); save it as UTF-8":
            "文件不是 UTF-8 文本（第 {2} 行第 {3} 列的字节 0x{1}）；请另存为 UTF-8",
        "expected {}": "应为{1}",
        "expected {}, found null": "应为{1}，实际为 null",
        "the required field '{}' is missing": "缺少必需的字段“{1}”",
        "text": "文本",
        "a whole number": "整数",
        "true or false": "true 或 false",
        "a number": "数字",
        "a list": "列表",
        "an object": "对象",
        "{} is not a whole number; write it without a fraction": "{1} 不是整数；请去掉小数部分",
        "{} is far too large a number for this field": "{1} 对此字段来说太大了",
        "the field \"{}\" is given twice; keep one (a reader would silently take the last)":
            "字段“{1}”出现了两次；请只保留一个（读取时会默默取最后一个）",
        "is not a field Convene knows; remove it or rename it to the field it should be (it would be lost at the next save)":
            "不是 Convene 认识的字段；请删除它，或改成应有的字段名（否则下次保存时会丢失）",
        // config.toml.
        "{}: cannot be read as UTF-8 text; fix or remove the file": "{1}：无法按 UTF-8 文本读取；请修正或删除该文件",
        "{}: line {}, column {}: {}; the file is not valid TOML": "{1}：第 {2} 行第 {3} 列：{4}；该文件不是有效的 TOML",
        "the value is not text, a number or true/false; put text in quotes, e.g. lang = \"zh\"":
            "这个值不是文本、数字或 true/false；文本要加引号，例如 lang = \"zh\"",
        "a text is not closed; end it with a quote on the same line": "文本没有结束；请在同一行用引号结束它",
        "{} is set twice; keep one": "{1} 设置了两次；请只保留一个",
        "a key must be followed by = and its value, e.g. lang = \"zh\"": "键后面要写 = 和值，例如 lang = \"zh\"",
        "{} after the value; write one setting per line, and a comment after #":
            "值后面多了 {1}；每行写一项设置，注释写在 # 之后",
        "{} where a setting should start; a line is a setting such as lang = \"zh\", or a comment after #":
            "设置的开头出现了 {1}；每行是一项设置（例如 lang = \"zh\"），或是 # 之后的注释",
        "a ] is missing at the end of the [table] line": "[表名] 这一行末尾缺少 ]",
        "the file ends in the middle of a setting or a [table] line": "文件在一项设置或 [表名] 行的中间就结束了",
        "{}: not a TOML file ({})": "{1}：不是 TOML 文件（{2}）",
        "{}: theme = {} is not a theme; write a name in quotes, e.g. theme = \"mono\"":
            "{1}：theme = {2} 不是主题；请用引号写出主题名，例如 theme = \"mono\"",
        "{}: lang = {} is not a language; use lang = \"zh\" or lang = \"en\"":
            "{1}：lang = {2} 不是可用的语言；请写 lang = \"zh\"（中文）或 lang = \"en\"（英文）",
        // The argument parser's own words (ParserMessages).
        "Error: {}": "错误：{1}",
        "Usage: {}": "用法：{1}",
        "Help: {}": "帮助：{1}",
        "OVERVIEW: {}": "概述：{1}",
        "USAGE: {}": "用法：{1}",
        "ARGUMENTS:": "参数：",
        "OPTIONS:": "选项：",
        "SUBCOMMANDS:": "子命令：",
        "  See '{} <subcommand>' for detailed help.": "  查看子命令的详细帮助：{1} <子命令>",
        "  See '{}' for more information.": "  详见 {1}",
        "{}Show help information.": "{1}显示帮助信息。",
        "{}Show the version.": "{1}显示版本号。",
        "Missing expected argument '{}'": "缺少必需的参数 {1}",
        "Missing value for '{}'": "{1} 缺少取值",
        "Unknown option '{}'": "未知选项 {1}",
        "Unexpected argument '{}'": "多余的参数 {1}",
        "The value '{}' is invalid for '{}'. Please provide one of {}.": "“{1}”不是 {2} 可接受的值。请从以下值中选择：{3}。",
        "The value '{}' is invalid for '{}'": "“{1}”不是 {2} 可接受的值",
        "Unknown option '{}'. Did you mean '{}'?": "未知选项 {1}。是否想用 {2}？",
        "Invalid option: {}": "无效的选项：{1}",
        "Missing required subcommand.": "缺少子命令。",
        "Missing one of: {}": "缺少以下之一：{1}",
        "{} unexpected arguments: {}": "有 {1} 个多余的参数：{2}",
        "The option '{}' does not take any value, but '{}' was specified.": "选项 {1} 不接受取值，但给出了“{2}”。",
        "{} is given twice (already set with {})": "{1} 重复给出（已由 {2} 设置）",
        "The value '{}' is invalid for '{}'. Please provide one of the following:": "“{1}”不是 {2} 可接受的值。请从以下值中选择：",
        "The value '{}' is invalid for '{}': {}": "“{1}”不是 {2} 可接受的值：{3}",
        "   or: Missing value for '{}' in '{}'": "   或者：{2} 中的 {1} 缺少取值",
        "{} (values: {}; default: {})": "{1}（可选值：{2}；默认：{3}）",
        "{} (values: {})": "{1}（可选值：{2}）",
        "{} (default: {})": "{1}（默认：{2}）",
        // --help: the commands and their options.
        "Plan joint activities of several organisations: agenda, venue, roles, participants.":
            "筹划多个单位的联建共建活动：议程、场地、分工、参加人员。",
        "Without a subcommand, opens the planner on the plan file. Exit codes: 0 success, 1 a check found an error, 2 usage or reference error, 3 plan-file error.":
            "不带子命令时，打开计划文件的规划界面。退出码：0 成功，1 检查发现错误，2 用法或引用有误，3 计划文件有误。",
        "Colour theme for the planner (a name in themes/ or a path to a .toml file).":
            "规划界面的配色主题（themes/ 中的名称，或 .toml 文件的路径）。",
        "Create a plan file: empty, or holding the sample event.": "创建计划文件：空计划，或含示例活动。",
        "Create an empty plan instead of the sample.": "创建空计划，而不是示例。",
        "Add, edit, remove people on the rosters.": "添加、修改、删除名单上的人员。",
        "Add a person to an organisation's roster; prints the id.": "把一人加入某单位的名单；输出其编号。",
        "The name in Latin letters, e.g. Xu Xiaomin.": "姓名的拉丁字母写法，例如 Xu Xiaomin。",
        "Organisation id or name.": "单位的编号或名称。",
        "Title or position.": "职务。",
        "Change a person; an empty value clears an optional field.": "修改人员信息；可选字段给空值即清除。",
        "Person id or name.": "人员的编号或姓名。",
        "Move to this organisation (id or name).": "调到此单位（编号或名称）。",
        "Remove a person (also from every event and part).": "删除人员（同时退出所有活动和分工）。",
        "The person's exact id or full name.": "人员确切的编号或全名。",
        "List the problems of an event's plan; exit 1 when there is an error.": "列出活动计划中的问题；有错误时退出码为 1。",
        "Each problem has a severity (error, warning, note), a stable code (see the README), a message and the ids it concerns.":
            "每个问题都有级别（错误、警告、提示）、固定代码（见 README）、说明，以及所涉及的编号。",
        "text or json.": "text 或 json。",
        "Bring in data from other programs.": "从其他程序导入数据。",
        "Add people from a roster, .xlsx or CSV (all or nothing); prints the new ids.":
            "从名单（.xlsx 或 CSV）添加人员（要么全部导入，要么都不导入）；输出新编号。",
        "Columns by header, English or Chinese, in any order, below any title rows: name/姓名, latin/拼音/英文名, organisation/单位, politics/政治面貌/政治身份 (中共党员 member, 中共预备党员 probationary, 共青团员 league, 群众 masses … : GB/T 4762), stage/发展阶段 (入党申请人, 入党积极分子, 发展对象), status/身份 (either of those, or 企业代表 and 嘉宾: 政治面貌 not recorded), title/职务, phone/电话/手机, email/邮箱; other columns are ignored. Spaces in names are normalised (王　芳 is 王芳). People already on the organisation's roster (same name) are matched, not added again, and a name given twice is a warning. Any bad row is reported with its line number (or cell) and nothing is imported.":
            "按表头识别各列（表头上方可有标题行），中英文均可，顺序不限：姓名/name、拼音/英文名/latin、单位/organisation、政治面貌/政治身份/politics（中共党员 member、中共预备党员 probationary、共青团员 league、群众 masses……，见 GB/T 4762）、发展阶段/stage（入党申请人、入党积极分子、发展对象）、身份/status（以上两者之一，或企业代表、嘉宾：不记录政治面貌）、职务/title、电话/手机/phone、邮箱/email；其他列忽略。姓名中的空格会规范化（“王　芳”即“王芳”）。单位名单上已有的人员（同名）视为已有，不重复添加；同一姓名出现两次会给出警告。任何一行有误都会报告其行号（或单元格），且不导入任何内容。",
        "The roster: an .xlsx workbook (its first sheet), or CSV, tab- or semicolon-separated text in UTF-8 (with or without BOM), GB18030 or UTF-16 with BOM; - reads standard input.":
            "名单文件：.xlsx 工作簿（读第一个工作表），或以逗号、制表符、分号分隔的文本，编码为 UTF-8（带或不带 BOM）、GB18030 或带 BOM 的 UTF-16；写 - 则读标准输入。",
        "Organisation (id or name) for rows without one, or when the file has no organisation column.":
            "没有单位的行（或文件没有单位列时）所属的单位（编号或名称）。",
        "Also add the people of the file as participants of this event.": "同时把文件中的人员添加为该活动的参加人员。",
        "RSVP for the participants added with --event (default: invited).": "用 --event 添加的参加人员的回复状态（默认 invited，即已邀请）。",
        "The text file's encoding: utf-8, gb18030, utf-16 or auto (UTF-16 after its byte-order mark; else UTF-8 unless the bytes read as GB18030 give Chinese names and as UTF-8 do not).":
            "文本文件的编码：utf-8、gb18030、utf-16 或 auto（有 UTF-16 字节顺序标记时按 UTF-16；否则按 UTF-8 读取，除非按 GB18030 读出中文姓名而按 UTF-8 读不出）。",
        "Show what would be added and matched; change nothing.": "只显示将添加和匹配的人员，不做任何改动。",
        "Add, edit, remove events; invite organisations.": "添加、修改、删除活动；邀请单位。",
        "Add an event; prints its id.": "添加活动；输出其编号。",
        "YYYY-MM-DD": "YYYY-MM-DD（年-月-日），如 2026-12-01",
        "HH:MM": "HH:MM（时与分，24 小时制），如 09:30",
        "Venue id or name.": "场馆的编号或名称。",
        "IANA time zone.": "IANA 时区，如 Asia/Shanghai。",
        "The event's theme or motto (its --theme is the planner's colour theme).": "活动的主题或口号（--theme 是规划界面的配色主题）。",
        "Pre-fill the four standard parts: oath review, visit, symposium, discussion.":
            "预填四个标准环节：重温入党誓词、参观学习、座谈会、互动交流。",
        "Change an event's title, theme, date, times, zone or venue.": "修改活动的标题、主题、日期、时间、时区或场馆。",
        "Venue id or name; empty to clear.": "场馆的编号或名称；给空值即清除。",
        "Remove an event with its agenda.": "删除活动及其议程。",
        "The event's exact id or title (needed even when the plan has one event).": "活动确切的编号或标题（计划中只有一项活动时也须给出）。",
        "Withdraw an organisation's invitation.": "撤回对某单位的邀请。",
        "The agenda: items and the people in their parts.": "议程：各项议程及其分工人员。",
        "Add an agenda item; prints its id.": "添加议程；输出其编号。",
        "Duration in minutes.": "时长（分钟）。",
        "A room of the event's venue.": "活动场馆中的一个场地。",
        "Change an item's kind, title, duration, room or notes (use 'move' for its start).":
            "修改议程的类型、标题、时长、场地或备注（开始时间请用 move 修改）。",
        "Item id or title.": "议程的编号或标题。",
        "A room; empty to clear.": "场地；给空值即清除。",
        "Move an item to a new start time.": "把议程移到新的开始时间。",
        "Move the items after it by the same amount.": "其后的议程顺延同样的时间。",
        "Remove an agenda item.": "删除一项议程。",
        "The item's exact id or title.": "议程确切的编号或标题。",
        "Give a person a part in an item (speakers are kept in order).": "给某人安排议程中的分工（发言人按顺序排列）。",
        "leader, narrator, host, speaker or recorder.":
            "leader（领誓人）、narrator（讲解员）、host（主持人）、speaker（发言人）或 recorder（记录人）。",
        "A speaker's topic.": "发言题目。",
        "A speaker's minutes.": "发言时长（分钟）。",
        "Take a person out of a part of an item.": "取消某人在议程中的分工。",
        "Only this part (when the person has several).": "只取消这一分工（此人有多项分工时）。",
        "Put the people of one part of an item in a new order (the order printouts list them in).":
            "调整议程中某项分工人员的顺序（打印件按此顺序列出）。",
        "Everyone in the part, in the new order: ids or names, separated by commas.":
            "该分工的全部人员，按新顺序排列：编号或姓名，以逗号分隔。",
        "Add, edit, remove organisations.": "添加、修改、删除单位。",
        "Add an organisation; prints its id.": "添加单位；输出其编号。",
        "Its party branch, e.g. 某某公司党支部.": "所属党支部，例如某某公司党支部。",
        "Change an organisation.": "修改单位信息。",
        "Remove an organisation with nobody on its roster.": "删除名单上已无人员的单位。",
        "The organisation's exact id or full name.": "单位确切的编号或全称。",
        "Add, edit, remove venues.": "添加、修改、删除场馆。",
        "Add a venue; prints its id.": "添加场馆；输出其编号。",
        "A room as NAME or NAME:CAPACITY; repeat for more rooms.": "场地，写作 NAME 或 NAME:CAPACITY（名称与容量）；多个场地可重复此选项。",
        "Change a venue; --room replaces the list of rooms.": "修改场馆信息；--room 会替换整个场地列表。",
        "Remove a venue no event uses.": "删除没有活动使用的场馆。",
        "The venue's exact id or full name.": "场馆确切的编号或全称。",
        "Print an event's agenda.": "打印活动议程。",
        "text, markdown, html (a printable page), ics (a calendar) or json.":
            "text、markdown、html（可打印的网页）、ics（日历）或 json。",
        "Print every event's agenda in date order (text, markdown or ics), in one process.":
            "按日期顺序打印所有活动的议程（text、markdown 或 ics）。",
        "Print an event's participant list.": "打印活动的参加人员名单。",
        "Group by organisation.": "按单位分组。",
        "Include phone and email (personal data).": "包括电话和邮箱（个人信息）。",
        "Print a summary of every event in the plan.": "打印计划中所有活动的概况。",
        "List the events.": "列出活动。",
        "List the organisations.": "列出单位。",
        "List the venues and their rooms.": "列出场馆及其场地。",
        "List the people on the organisations' rosters.": "列出各单位名单上的人员。",
        "Only this organisation (id or name).": "只列此单位（编号或名称）。",
        "Only people whose name, or its pinyin or initials, matches (e.g. xxm).": "只列姓名（或其拼音、首字母）相符的人员（如 xxm）。",
        "Who takes part in an event, and their RSVP.": "活动的参加人员及其回复状态。",
        "Add one person, or everyone of an organisation not yet in.": "添加一人，或某单位尚未加入的全部人员。",
        "Add everyone on this organisation's roster.": "添加此单位名单上的所有人员。",
        "Set a participant's RSVP.": "设置参加人员的回复状态。",
        "Take a person off an event's list.": "把某人移出活动的参加名单。",
        // A roster's bad lines (RosterImport, RosterCSV).
        "the file is empty; the first line must name the columns (e.g. 姓名,单位,身份)":
            "文件为空；第一行须写明各列名称，用英文逗号分隔（例如 姓名、单位、身份三列）",
        "columns {} ({}) and {} ({}) both mean {}; keep one": "第 {1} 列（{2}）和第 {3} 列（{4}）都表示 {5}；请只保留一列",
        "the header has no name column (name or 姓名); it reads: {}": "表头没有姓名列（姓名或 name）；表头为：{1}",
        "the header has no organisation column (organisation or 单位); add one or give --org":
            "表头没有单位列（单位或 organisation）；请添加该列，或给出 --org",
        "no header row: none of the first {} rows names the columns (姓名 or name, 单位 or organisation, 身份 or 政治面貌); the first reads: {}":
            "找不到表头行：前 {1} 行都没有写明各列名称（姓名或 name、单位或 organisation、身份或政治面貌）；第一行为：{2}",
        "unknown 政治面貌 '{}' (use {})": "未知政治面貌“{1}”（请用 {2}）",
        "unknown 发展阶段 '{}' (use {})": "未知发展阶段“{1}”（请用 {2}）",
        "the 政治面貌 '{}' and the status '{}' disagree; correct one of them": "政治面貌“{1}”与身份“{2}”不一致；请改正其中一项",
        "'{}' is taken as {} '{}' (the same name but for spaces); check that they are one person":
            "“{1}”视为已有的 {2}“{3}”（除空格外姓名相同）；请确认是同一人",
        "'{}' is also on {} in the same organisation; imported once (if they are two people, tell them apart in the name)":
            "“{1}”在同一单位中也出现在{2}；只导入一次（如果是两个人，请在姓名上加以区分）",
        "row {}": "第 {1} 行",
        "warning: {}": "警告：{1}",
        "{} row {}: {}": "{1} 第 {2} 行：{3}",
        "{}: {} bad rows:\n{}{}nothing was imported": "{1}：有 {2} 行有误：\n{3}{4}未导入任何内容",
        "cannot be read as UTF-16 (a lone surrogate {} at character {} of the line)":
            "无法按 UTF-16 读取（该行第 {2} 个字符处是不成对的代理码元 {1}）",
        "the file ends in the middle of a UTF-16 character (an odd number of bytes)": "文件在一个 UTF-16 字符中间结束（字节数为奇数）",
        // A roster file that cannot be read at all (RosterFile, the .xlsx reader).
        "an old Excel .xls workbook, which Convene does not read; open it in Excel, WPS or LibreOffice and save it as .xlsx or CSV":
            "这是旧版 Excel .xls 工作簿，Convene 不能读取；请用 Excel、WPS 或 LibreOffice 打开，另存为 .xlsx 或 CSV",
        "an OpenDocument spreadsheet (.ods), which Convene does not read; save it as .xlsx or CSV":
            "这是 OpenDocument 电子表格（.ods），Convene 不能读取；请另存为 .xlsx 或 CSV",
        "named .{} but not an Excel workbook (it does not begin as a ZIP archive does; it may be damaged or cut short); open it in Excel or WPS and save it again":
            "文件名是 .{1}，但不是 Excel 工作簿（开头不是 ZIP 压缩包的格式，可能已损坏或不完整）；请用 Excel 或 WPS 打开后重新保存",
        "cannot be opened as an .xlsx workbook: the file is damaged or cut short (its ZIP directory cannot be read); open it in Excel or WPS and save it again":
            "无法作为 .xlsx 工作簿打开：文件已损坏或不完整（无法读取其 ZIP 目录）；请用 Excel 或 WPS 打开后重新保存",
        "a ZIP archive but not an .xlsx workbook (it has no xl/workbook.xml); save the roster as .xlsx or CSV":
            "这是 ZIP 压缩包，但不是 .xlsx 工作簿（其中没有 xl/workbook.xml）；请把名单另存为 .xlsx 或 CSV",
        "its part {} is larger than 256 MB; a roster is never that big": "其中的 {1} 超过 256 MB；名单不会这么大",
        "cannot be read: its part {} is damaged (it does not inflate or its checksum is wrong); open it in Excel or WPS and save it again":
            "无法读取：其中的 {1} 已损坏（无法解压或校验和不符）；请用 Excel 或 WPS 打开后重新保存",
        "not a complete .xlsx workbook: it has no {}; open it in Excel or WPS and save it again":
            "不是完整的 .xlsx 工作簿：缺少 {1}；请用 Excel 或 WPS 打开后重新保存",
        "an .xlsx workbook with no sheets; put the roster on its first sheet": "这个 .xlsx 工作簿中没有工作表；请把名单放在第一个工作表上",
        "not a complete .xlsx workbook: the sheet '{}' has no part; open it in Excel or WPS and save it again":
            "不是完整的 .xlsx 工作簿：工作表“{1}”没有内容部分；请用 Excel 或 WPS 打开后重新保存",
        "cannot be read: its part {} is not well-formed XML (line {}); open it in Excel or WPS and save it again":
            "无法读取：其中的 {1} 不是格式正确的 XML（第 {2} 行）；请用 Excel 或 WPS 打开后重新保存",
        "cannot be read: the sheet '{}' is not well-formed XML (line {} of its part); open it in Excel or WPS and save it again":
            "无法读取：工作表“{1}”不是格式正确的 XML（其内容第 {2} 行）；请用 Excel 或 WPS 打开后重新保存",
        "the cell reference '{}' is not a column and row such as C7": "单元格引用“{1}”不是 C7 这样的列号加行号",
        "the cell is beyond column XFD, the last a spreadsheet has": "该单元格超出了电子表格的最后一列 XFD",
        "the cell's value '{}' cannot be read as its type ({})": "单元格的值“{1}”无法按其类型（{2}）读取",
        "the cell refers to shared string {}, but the workbook has {}": "单元格引用第 {1} 个共享字符串，但工作簿只有 {2} 个",
        "has {} fields, the header has {}": "有 {1} 个字段，而表头有 {2} 个",
        "the {} contains the control character {}; remove it and import again": "{1} 含有控制字符 {2}；请删除后重新导入",
        "the name is empty": "姓名为空",
        "the name '{}' has a line break": "姓名“{1}”中有换行",
        "the name has no visible character (only spaces or invisible characters such as U+200B)":
            "姓名中没有可见字符（只有空格或 U+200B 之类的不可见字符）",
        "unknown status '{}' (use {})": "未知的政治面貌“{1}”（请用 {2}）",
        "the organisation is empty (fill it in or give --org)": "单位为空（请填写，或给出 --org）",
        "the organisation '{}' could be any of {}; write its full name or id": "单位“{1}”可能是 {2} 中的任何一个；请写出全称或编号",
        "unknown organisation '{}' (add it with 'convene org add' first; 'convene orgs' lists them)":
            "未知单位“{1}”（请先用 convene org add 添加；convene orgs 可列出全部单位）",
        "cannot be read as {} (byte {} at byte {} of the line)": "无法按 {1} 读取（该行第 {3} 个字节处的字节 {2}）",
        "cannot be read as {} (bytes {} at byte {} of the line)": "无法按 {1} 读取（该行第 {3} 个字节处的字节 {2}）",
        "text after the closing quote of field {} (a quote inside a quoted field is written twice: \"\")":
            "第 {1} 个字段的右引号后还有文字（带引号字段中的引号须写两次：\"\"）",
        "a quoted field that begins on this line is never closed": "从这一行开始的带引号字段没有闭合",
        // The width of ambiguous characters (--ambiguous-width, config.toml).
        "--ambiguous-width must be narrow or wide (got '{}')": "--ambiguous-width 只能是 narrow 或 wide（现为“{1}”）",
        "CONVENE_AMBIGUOUS_WIDTH must be narrow or wide (got '{}')":
            "CONVENE_AMBIGUOUS_WIDTH 只能是 narrow 或 wide（现为“{1}”）",
        "Cells that East Asian Ambiguous characters (— · … “ ” ═ │ ○) take: narrow (1) or wide (2, as terminals set up for CJK draw them). Default: $CONVENE_AMBIGUOUS_WIDTH, else ambiguous_width in config.toml, else narrow.":
            "东亚宽度不定字符（— · … “ ” ═ │ ○）所占的格数：narrow（1 格）或 wide（2 格，中文终端常用）。默认取 $CONVENE_AMBIGUOUS_WIDTH，其次取 config.toml 中的 ambiguous_width，否则为 narrow。",
        "{}: ambiguous_width = {} is not allowed; use \"narrow\" (one cell, the default) or \"wide\" (two cells, as CJK terminals draw them)":
            "{1}：ambiguous_width = {2} 不可用；请写 \"narrow\"（1 格，默认）或 \"wide\"（2 格，中文终端的画法）",
        "{}: at {}: '{}' is not a value this field takes; use one of: {}. {}":
            "{1}：{2} 处的“{3}”不是该字段可取的值；请用以下之一：{4}。{5}",
        "As for add; an empty value clears the stage.": "同 add；给空值即清除发展阶段。",
        "政治面貌 (GB/T 4762), in Chinese (中共党员 or 党员, 预备党员, 团员, 群众 …) or by key: member, probationary, league, rcck, cdl, cndca, capd, cpwdp, zhigong, jiusan, tdsl, nonpartisan, masses, unrecorded.":
            "政治面貌（GB/T 4762），可写中文（中共党员或党员、预备党员、团员、群众……）或英文键：member、probationary、league、rcck、cdl、cndca、capd、cpwdp、zhigong、jiusan、tdsl、nonpartisan、masses、unrecorded。",
        "For a non-member: applicant (入党申请人), activist (入党积极分子) or candidate (发展对象).":
            "非党员的发展阶段：applicant（入党申请人）、activist（入党积极分子）或 candidate（发展对象）。",
        "Replaced by --politics (member or probationary); still read for a while.":
            "已由 --politics 取代（member 或 probationary）；暂时仍可使用。",
        "give --politics or the older --status, not both": "请给出 --politics 或旧的 --status，不要同时给出",
        "--status {} is no longer a person's status: give --politics (e.g. masses or unrecorded) and take part with participant add --as {}":
            "--status {1} 已不再是人员的身份：请用 --politics（例如 masses 或 unrecorded）给出政治面貌，并用 participant add --as {2} 参加活动",
        "--status: '{}' is not one of member, probationary; use --politics":
            "--status：“{1}”不是 member、probationary 之一；请用 --politics",
        "--status is replaced by --politics: read as --politics {} ({})":
            "--status 已由 --politics 取代：按 --politics {1}（{2}）处理",
        "--{}: '{}' is not one of the values it takes: {}": "--{1}：“{2}”不是可取的值；可取：{3}",
        "invited, confirmed or declined (default: invited).": "invited（已邀请，默认）、confirmed（已确认）或 declined（已谢绝）。",
        "attendee (参加, the default), representative (企业代表), observer (列席), guest (嘉宾) or staff (工作人员).":
            "attendee（参加，默认）、representative（企业代表）、observer（列席）、guest（嘉宾）或 staff（工作人员）。",
        "invited, confirmed or declined (已邀请, 已确认, 已谢绝).": "invited（已邀请）、confirmed（已确认）或 declined（已谢绝）。",
        "The capacity: attendee, representative, observer, guest or staff (or their Chinese names).":
            "参加身份：attendee、representative、observer、guest 或 staff（也可写中文名称）。",
        "give --rsvp or --as (or both)": "请给出 --rsvp 或 --as（或两者）",
        "Record leave (请假) for a participant, with its reason; --cancel takes it back.": "为参加人员登记请假及事由；--cancel 撤销。",
        "official (因公), sick (因病), personal (因事) or other (其他).": "official（因公）、sick（因病）、personal（因事）或 other（其他）。",
        "A note on the leave.": "请假备注。",
        "Who approved the leave (person id or name).": "批准请假的人（编号或姓名）。",
        "Cancel the participant's leave.": "撤销该参加人员的请假。",
        "give --reason, or --cancel to take the leave back": "请给出 --reason，或用 --cancel 撤销请假",
        "Sign a participant in (签到), now or at --at; --undo clears the sign-in.":
            "为参加人员签到（现在，或 --at 给出的时间）；--undo 撤销签到。",
        "The time, HH:MM (default: now, in the event's time zone).": "时间，HH:MM（默认：现在，按活动所在时区）。",
        "Clear the sign-in (or absence): not signed in yet.": "撤销签到（或缺席）：恢复为未签到。",
        "Mark a participant absent (缺席).": "把参加人员记为缺席。",
    ]
}
