import PlannerCore

/// The language of printed headings, kinds and labels.
public enum PrintLanguage: String, CaseIterable, Sendable {
    case en, zh

    /// `zh` when the locale variables (LC_ALL, LC_MESSAGES, LANG) ask for Chinese, else `en`.
    public static func fromEnvironment(_ env: [String: String]) -> PrintLanguage {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = env[key], !value.isEmpty { return value.lowercased().hasPrefix("zh") ? .zh : .en }
        }
        return .en
    }
}

/// Printed words in English and Chinese.
public struct Labels: Sendable {
    public let language: PrintLanguage

    public init(_ language: PrintLanguage) { self.language = language }

    private func pick(_ en: String, _ zh: String) -> String { language == .en ? en : zh }

    public var date: String { pick("Date", "日期") }
    public var time: String { pick("Time", "时间") }
    public var venue: String { pick("Venue", "地点") }
    public var theme: String { pick("Theme", "主题") }
    public var organisations: String { pick("Organisations", "参加单位") }
    public var agenda: String { pick("Agenda", "议程") }
    public var people: String { pick("Participants", "参加人员") }
    public var name: String { pick("Name", "姓名") }
    public var organisation: String { pick("Organisation", "单位") }
    public var status: String { pick("Status", "身份") }
    public var rsvp: String { pick("RSVP", "回复") }
    public var parts: String { pick("Parts", "分工") }
    public var title: String { pick("Title", "职务") }
    public var room: String { pick("Room", "场地") }
    public var minutesUnit: String { pick("min", "分钟") }
    public var noItems: String { pick("(no agenda items yet)", "（尚无议程）") }
    public var noPeople: String { pick("(no participants yet)", "（尚无参加人员）") }
    public var total: String { pick("Total", "合计") }
    /// Column heading of an agenda item's kind.
    public var kindHeading: String { pick("Kind", "类型") }
    /// Column heading of an agenda item's title (`title` is a person's job title).
    public var item: String { pick("Item", "内容") }
    /// Column heading of an organisation's part in the event.
    public var partHeading: String { pick("Part", "类别") }
    public var notes: String { pick("Notes", "备注") }
    public var phone: String { pick("Phone", "电话") }
    public var email: String { pick("Email", "邮箱") }
    public var number: String { pick("No.", "序号") }
    public var signature: String { pick("Signature", "签名") }
    public var signInSheet: String { pick("Sign-in sheet", "签到表") }
    /// ": " in English, "：" in Chinese.
    public var colon: String { pick(": ", "：") }
    /// ", " in English, "，" in Chinese.
    public var comma: String { pick(", ", "，") }
    /// "(20 min)" in English, "（20 分钟）" in Chinese.
    public func parenthesised(_ text: String) -> String { pick("(\(text))", "（\(text)）") }
    /// What goes before a parenthesis: a space in English, nothing in Chinese (the full-width bracket has its own).
    public var beforeParenthesis: String { pick(" ", "") }
    /// "20 min", "20 分钟".
    public func minutes(_ n: Int) -> String { "\(n) \(minutesUnit)" }
    /// The HTML `lang` of a printout.
    public var htmlLanguage: String { pick("en", "zh-CN") }

    public func weekday(_ n: Int) -> String {
        let en = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let zh = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]
        return language == .en ? en[n - 1] : zh[n - 1]
    }

    public func kind(_ kind: ItemKind) -> String {
        switch kind {
        case .oath: return pick("Oath review", "重温入党誓词")
        case .visit: return pick("Guided visit", "参观学习")
        case .symposium: return pick("Symposium", "座谈会")
        case .discussion: return pick("Discussion", "互动交流")
        case .other: return pick("Other", "其他")
        }
    }

    public func part(_ part: RolePart) -> String {
        switch part {
        case .leader: return pick("Oath leader", "领誓人")
        case .narrator: return pick("Narrator", "讲解员")
        case .host: return pick("Host", "主持人")
        case .speaker: return pick("Speaker", "发言人")
        case .recorder: return pick("Recorder", "记录人")
        }
    }

    public func orgPart(_ part: OrganisationPart) -> String {
        switch part {
        case .guiding: return pick("Guiding body", "指导单位")
        case .host: return pick("Host", "主办单位")
        case .participant: return pick("Participant", "参加单位")
        }
    }

    public func status(_ status: MembershipStatus) -> String {
        switch status {
        case .member: return pick("party member", "党员")
        case .probationary: return pick("probationary", "预备党员")
        case .representative: return pick("representative", "企业代表")
        case .guest: return pick("guest", "嘉宾")
        }
    }

    public func rsvp(_ rsvp: RSVP) -> String {
        switch rsvp {
        case .invited: return pick("invited", "已邀请")
        case .confirmed: return pick("confirmed", "已确认")
        case .declined: return pick("declined", "已谢绝")
        case .attended: return pick("attended", "已出席")
        }
    }
}
