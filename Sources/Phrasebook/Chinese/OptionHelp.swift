extension Catalogue {
    /// Chinese help of the record commands' value options (`--name`, `--phone`, …).
    static let chineseOptionHelp: KeyValuePairs<String, String> = [
        "The event's title.": "活动名称。",
        "The item's title, e.g. 党建座谈会.": "议程名称，例如“党建座谈会”。",
        "Notes on the item.": "议程备注。",
        "The organisation's full name.": "单位全称。",
        "A short name for lists and printouts, e.g. 天极电子.": "简称，用于列表和打印，例如“天极电子”。",
        "Its contact, e.g. 王芳 13800000000.": "联系人，例如“王芳 13800000000”。",
        "The person's name, e.g. 徐晓敏.": "姓名，例如“徐晓敏”。",
        "Phone number (kept as text).": "电话号码（按文本保存）。",
        "E-mail address.": "电子邮箱地址。",
        "The venue's name.": "场馆名称。",
        "Its address.": "地址。",
        "How many people it seats.": "可容纳人数。",
        "Notes on the venue.": "场馆备注。",
        "How many people the room seats.": "该场地可容纳人数。",
    ]
}
