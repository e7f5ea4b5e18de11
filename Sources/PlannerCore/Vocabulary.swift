import Phrasebook

// The domain's words, one vocabulary for the planner's screens, the checks and the printouts (Labels in Printing).

extension ItemKind {
    /// The kind's name: 重温入党誓词, 参观学习, 座谈会, 互动交流, 其他.
    public var phrase: Phrase {
        switch self {
        case .oath: return tr("Oath review")
        case .visit: return tr("Guided visit")
        case .symposium: return tr("Symposium")
        case .discussion: return tr("Discussion")
        case .other: return tr("Other")
        }
    }
}

extension RolePart {
    /// The part as a sentence names it: "oath leader" (领誓人), "narrator" (讲解员).
    public var phrase: Phrase {
        switch self {
        case .leader: return tr("oath leader")
        case .narrator: return tr("narrator")
        case .host: return tr("host")
        case .speaker: return tr("speaker")
        case .recorder: return tr("recorder")
        }
    }

    /// What the checks say when an item has nobody in this part: "'互动交流' has no host; assign a host".
    public func missing(in title: String) -> Phrase {
        switch self {
        case .leader: return tr("'\(title)' has no oath leader; assign an oath leader")
        case .narrator: return tr("'\(title)' has no narrator; assign a narrator")
        case .host: return tr("'\(title)' has no host; assign a host")
        case .speaker: return tr("'\(title)' has no speaker; assign a speaker")
        case .recorder: return tr("'\(title)' has no recorder; assign a recorder")
        }
    }
}

extension OrganisationPart {
    /// The organisation's part in the event: 指导单位, 主办单位, 参加单位.
    public var phrase: Phrase {
        switch self {
        case .guiding: return tr("Guiding body")
        case .host: return tr("Host")
        case .participant: return tr("Participant")
        }
    }
}

extension MembershipStatus {
    /// The person's standing: 党员, 预备党员, 企业代表, 嘉宾.
    public var phrase: Phrase {
        switch self {
        case .member: return tr("party member")
        case .probationary: return tr("probationary")
        case .representative: return tr("representative")
        case .guest: return tr("guest")
        }
    }
}

extension RSVP {
    /// The participant's reply: 已邀请, 已确认, 已谢绝, 已出席.
    public var phrase: Phrase {
        switch self {
        case .invited: return tr("invited")
        case .confirmed: return tr("confirmed")
        case .declined: return tr("declined")
        case .attended: return tr("attended")
        }
    }
}
