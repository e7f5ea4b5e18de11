import Foundation

/// The columns a roster can have, and the header names (English and Chinese) that mean each.
public enum RosterColumn: String, CaseIterable, Hashable, Sendable {
    case name, latin, organisation, status, politics, stage, title, phone, email
    /// The columns of a reply list (`convene import replies`): who comes, who does not, who asks for leave and why.
    case reply, reason, note, capacity

    /// Header names, compared lowercased and without spaces, underscores or hyphens.
    static let names: [String: RosterColumn] = {
        let table: [RosterColumn: [String]] = [
            .name: ["name", "姓名", "名字"],
            .latin: ["latin", "latinname", "pinyin", "englishname", "拼音", "英文名", "英文姓名"],
            .organisation: ["organisation", "organization", "org", "单位", "单位名称", "工作单位", "所在单位"],
            .status: ["status", "身份"],
            // 政治面貌 (GB/T 4762) and the membership pipeline, as rosters head them (`RosterPolitics` reads them).
            .politics: ["politics", "politicalstatus", "政治面貌", "政治身份"],
            .stage: ["stage", "发展阶段"],
            .title: ["title", "职务", "职位"],
            .phone: ["phone", "mobile", "tel", "telephone", "电话", "手机", "手机号", "手机号码", "联系电话"],
            .email: ["email", "mail", "邮箱", "电子邮箱", "电子邮件"],
            .reply: ["reply", "rsvp", "回复", "回执", "是否参加", "参加情况", "是否出席", "出席情况"],
            .reason: ["reason", "leavereason", "请假事由", "请假原因", "事由"],
            .note: ["note", "notes", "备注", "说明", "leavenote", "请假备注"],
            .capacity: ["capacity", "参会身份", "参加身份"],
        ]
        var names: [String: RosterColumn] = [:]
        for (column, list) in table { for name in list { names[name] = column } }
        return names
    }()

    /// The column a header cell names, if any.
    static func named(_ header: String) -> RosterColumn? { names[normalised(header)] }

    static func normalised(_ header: String) -> String {
        String(
            header.lowercased().unicodeScalars.filter {
                !$0.properties.isWhitespace && $0 != "_" && $0 != "-" && $0 != "\u{FEFF}"
            })
    }

    /// The column as a message names it: "the latin name contains …".
    var label: String {
        switch self {
        case .latin: "latin name"
        default: rawValue
        }
    }
}
