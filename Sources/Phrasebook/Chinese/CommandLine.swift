extension Catalogue {
    /// Chinese texts of the command line: errors, hints, summaries, `--help`, and the plan file's messages.
    static let chineseCommandLine: [String: String] = [
        // convene check.
        "No problems in '{}'.": "“{1}”没有发现问题。",
        "{}: [{}] {}  ({})": "{1}：[{2}] {3}（{4}）",
        "{} errors, {} warnings, {} notes": "错误 {1} 个，警告 {2} 个，提示 {3} 个",
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
        "--sign-in prints text or html (not {})": "--sign-in 只能输出 text 或 html（不支持 {1}）",
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
        "Width of text output in columns (default: the terminal's, else 80).": "文本输出的宽度（列数；默认取终端宽度，否则为 80）。",
        "The event: its id or (part of) its title. May be left out when the plan has one event.":
            "活动：其编号或标题（的一部分）。计划中只有一项活动时可省略。",
        // The plan file's messages (PlanFileError).
        "{}: no such plan file. Create it with: convene init --file {}   (--empty for an empty plan), or give the path of an existing plan.":
            "{1}：没有这个计划文件。可用 convene init --file {2} 创建（加 --empty 则为空计划），或给出已有计划的路径。",
        "{}: cannot be read ({}). Check the path and its permissions.": "{1}：无法读取（{2}）。请检查路径及其权限。",
        "{}: is not a Convene plan (not valid JSON: {}). The file was left untouched; fix it by hand or restore {}.bak.":
            "{1}：不是 Convene 计划文件（不是有效的 JSON：{2}）。文件未作改动；请手工修正，或恢复 {3}.bak。",
        "{}: was written by a newer Convene (format version {}; this one reads up to {}). Upgrade Convene; the file was left untouched.":
            "{1}：由较新版本的 Convene 写入（格式版本 {2}；本版本最高只能读取 {3}）。请升级 Convene；文件未作改动。",
        "{}: at {}: {}. The file was left untouched; fix that entry or restore {}.bak.":
            "{1}：位于 {2}：{3}。文件未作改动；请修正该条目，或恢复 {4}.bak。",
        "\n  … and {} more": "\n  ……另有 {1} 条",
        "{}: the plan does not hold together ({} problems):\n{}{}\nThe file was left untouched; fix these entries or restore {}.bak.":
            "{1}：计划内容前后不一致（{2} 个问题）：\n{3}{4}\n文件未作改动；请修正这些条目，或恢复 {5}.bak。",
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
        // config.toml.
        "{}: cannot be read as UTF-8 text; fix or remove the file": "{1}：无法按 UTF-8 文本读取；请修正或删除该文件",
        "{}: line {}, column {}: {}; the file is not valid TOML": "{1}：第 {2} 行第 {3} 列：{4}；该文件不是有效的 TOML",
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
        "  See 'convene help <subcommand>' for detailed help.": "  查看子命令的详细帮助：convene help <子命令>",
        "  See '{}' for more information.": "  详见 {1}",
        "{}Show help information.": "{1}显示帮助信息。",
        "Missing expected argument '{}'": "缺少必需的参数 {1}",
        "Missing value for '{}'": "{1} 缺少取值",
        "Unknown option '{}'": "未知选项 {1}",
        "Unexpected argument '{}'": "多余的参数 {1}",
        "The value '{}' is invalid for '{}'. Please provide one of {}.": "“{1}”不是 {2} 可接受的值。请从以下值中选择：{3}。",
        "The value '{}' is invalid for '{}'": "“{1}”不是 {2} 可接受的值",
        "{} (values: {}; default: {})": "{1}（可选值：{2}；默认：{3}）",
        "{} (values: {})": "{1}（可选值：{2}）",
        "{} (default: {})": "{1}（默认：{2}）",
    ]
}
