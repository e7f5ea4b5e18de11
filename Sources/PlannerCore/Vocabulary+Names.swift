import Foundation

// The domain's words as users type them (the command line, a roster's 政治面貌 column): the English key, the Chinese
// name, and the common short forms. One home, so the command line and the importers accept the same words.

/// A closed set whose values can be named by their English key or their Chinese words.
public protocol NamedValue: CaseIterable, RawRepresentable, Hashable, Sendable where RawValue == String {
    /// The Chinese words for this value, the full name first.
    var chineseNames: [String] { get }
}

extension NamedValue {
    /// The value named `text`: its English key (any case, `-` or `_` ignored) or one of its Chinese names, spaces
    /// around it ignored; nil for anything else.
    public init?(named text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let key = String(trimmed.lowercased().unicodeScalars.filter { $0 != "-" && $0 != "_" && $0 != " " })
        for value in Self.allCases
        where String(value.rawValue.unicodeScalars.filter { $0 != "-" }) == key || value.chineseNames.contains(trimmed)
        {
            self = value
            return
        }
        return nil
    }

    /// "member (中共党员), probationary (中共预备党员), …": the English keys with the full Chinese names, for messages
    /// and help (the short forms are taken too).
    public static var acceptedNames: String {
        allCases.map { v in v.chineseNames.first.map { "\(v.rawValue) (\($0))" } ?? v.rawValue }
            .joined(separator: ", ")
    }
}

extension Politics: NamedValue {
    public var chineseNames: [String] {
        switch self {
        case .member: return ["中共党员", "党员", "正式党员", "中国共产党党员", "共产党员", "01"]
        case .probationary: return ["中共预备党员", "预备党员", "02"]
        case .league: return ["共青团员", "团员", "中国共产主义青年团团员", "03"]
        case .rcck: return ["民革党员", "民革会员", "民革", "04"]
        case .cdl: return ["民盟盟员", "民盟", "05"]
        case .cndca: return ["民建会员", "民建", "06"]
        case .capd: return ["民进会员", "民进", "07"]
        case .cpwdp: return ["农工党党员", "农工党", "08"]
        case .zhigong: return ["致公党党员", "致公党", "09"]
        case .jiusan: return ["九三学社社员", "九三学社", "10"]
        case .tdsl: return ["台盟盟员", "台盟", "11"]
        case .nonpartisan: return ["无党派人士", "无党派", "12"]
        case .masses: return ["群众", "13"]
        case .unrecorded: return ["未记录"]
        }
    }
}

extension Stage: NamedValue {
    public var chineseNames: [String] {
        switch self {
        case .applicant: return ["入党申请人", "申请人"]
        case .activist: return ["入党积极分子", "积极分子"]
        case .candidate: return ["发展对象"]
        }
    }
}

extension Capacity: NamedValue {
    public var chineseNames: [String] {
        switch self {
        case .attendee: return ["参加", "参会"]
        case .representative: return ["企业代表", "代表"]
        case .observer: return ["列席"]
        case .guest: return ["嘉宾", "来宾"]
        case .staff: return ["工作人员"]
        }
    }
}

extension RSVP: NamedValue {
    public var chineseNames: [String] {
        switch self {
        case .invited: return ["已邀请"]
        case .confirmed: return ["已确认"]
        case .declined: return ["已谢绝"]
        }
    }
}

extension LeaveReason: NamedValue {
    public var chineseNames: [String] {
        switch self {
        case .official: return ["因公"]
        case .sick: return ["因病"]
        case .personal: return ["因事"]
        case .other: return ["其他"]
        }
    }
}
