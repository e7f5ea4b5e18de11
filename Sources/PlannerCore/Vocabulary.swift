import Phrasebook

// The domain's words, one vocabulary for the planner's screens, the checks and the printouts (Labels in Printing).

extension ItemKind {
    /// The kind's name: 重温入党誓词, 参观学习, 座谈会, 互动交流, 支部党员大会, 其他.
    public var phrase: Phrase {
        switch self {
        case .oath: return tr("Oath review")
        case .visit: return tr("Guided visit")
        case .symposium: return tr("Symposium")
        case .discussion: return tr("Discussion")
        case .meeting: return tr("Branch meeting")
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

extension Politics {
    /// The 政治面貌 by its full name in GB/T 4762: 中共党员, 中共预备党员, 共青团员, … 群众; 未记录.
    public var phrase: Phrase {
        switch self {
        case .member: return tr("CPC member")
        case .probationary: return tr("probationary")
        case .league: return tr("Communist Youth League member")
        case .rcck: return tr("RCCK member")
        case .cdl: return tr("China Democratic League member")
        case .cndca: return tr("CNDCA member")
        case .capd: return tr("CAPD member")
        case .cpwdp: return tr("CPWDP member")
        case .zhigong: return tr("China Zhi Gong Party member")
        case .jiusan: return tr("Jiusan Society member")
        case .tdsl: return tr("TDSL member")
        case .nonpartisan: return tr("non-partisan")
        case .masses: return tr("masses")
        case .unrecorded: return tr("not recorded")
        }
    }
}

extension Stage {
    /// The stage in the membership pipeline: 入党申请人, 入党积极分子, 发展对象.
    public var phrase: Phrase {
        switch self {
        case .applicant: return tr("applicant")
        case .activist: return tr("activist")
        case .candidate: return tr("candidate")
        }
    }
}

extension Capacity {
    /// The capacity in which someone attends: 参加, 企业代表, 列席, 嘉宾, 工作人员.
    public var phrase: Phrase {
        switch self {
        case .attendee: return tr("attendee")
        case .representative: return tr("representative")
        case .observer: return tr("observer")
        case .guest: return tr("guest")
        case .staff: return tr("staff")
        }
    }
}

extension LeaveReason {
    /// The reason for leave: 因公, 因病, 因事, 其他.
    public var phrase: Phrase {
        switch self {
        case .official: return tr("official duty")
        case .sick: return tr("sick")
        case .personal: return tr("personal")
        case .other: return tr("other reason")
        }
    }
}

extension Attendance {
    /// Whether a participant came: 未签到, 已签到 (with the time when known), 缺席.
    public var phrase: Phrase {
        switch self {
        case .notYet: return tr("not signed in")
        case .signedIn(let at?): return tr("signed in at \(at)")
        case .signedIn(nil): return tr("signed in")
        case .absent: return tr("absent")
        }
    }
}

extension RSVP {
    /// The participant's reply: 已邀请, 已确认, 已谢绝.
    public var phrase: Phrase {
        switch self {
        case .invited: return tr("invited")
        case .confirmed: return tr("confirmed")
        case .declined: return tr("declined")
        }
    }
}

extension Person {
    /// 政治面貌 with the stage when there is one: "群众，入党积极分子"; just the stage when 政治面貌 is not recorded.
    public var politicsPhrase: Phrase {
        switch (politics, stage) {
        case (_, nil): return politics.phrase
        case (.unrecorded, let stage?): return stage.phrase
        case (let politics, let stage?): return tr("\(politics.phrase), \(stage.phrase)")
        }
    }
}

extension Participant {
    /// How the person stands in this event, in one word for a list's column: the capacity when it is not 参加 (企业代表,
    /// 列席, 嘉宾, 工作人员), else the person's 政治面貌 (中共党员 …).
    public func standing(_ person: Person) -> Phrase {
        capacity == .attendee ? person.politicsPhrase : capacity.phrase
    }
}
