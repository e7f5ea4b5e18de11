/// A person's 政治面貌 (political affiliation), the 13 values of GB/T 4762-1984, or not recorded.
///
/// The raw values are the plan file's and the command line's English keys; `code` is the standard's two digits.
public enum Politics: String, CaseIterable, Hashable, Sendable {
    /// 01 中共党员, a full member of the Communist Party of China.
    case member
    /// 02 中共预备党员, a probationary member (a member's rights except to vote, elect and be elected).
    case probationary
    /// 03 共青团员, a member of the Communist Youth League.
    case league
    /// 04 民革党员.
    case rcck
    /// 05 民盟盟员.
    case cdl
    /// 06 民建会员.
    case cndca
    /// 07 民进会员.
    case capd
    /// 08 农工党党员.
    case cpwdp
    /// 09 致公党党员.
    case zhigong
    /// 10 九三学社社员.
    case jiusan
    /// 11 台盟盟员.
    case tdsl
    /// 12 无党派人士.
    case nonpartisan
    /// 13 群众, no political affiliation.
    case masses
    /// Not recorded (a roster without the column, or a file migrated from a status that did not say).
    case unrecorded

    /// The standard's code, "01" … "13"; nil when not recorded.
    public var code: String? {
        guard let i = Politics.allCases.firstIndex(of: self), self != .unrecorded else { return nil }
        return i < 9 ? "0\(i + 1)" : "\(i + 1)"
    }

    /// Full and probationary members of the Communist Party of China: the people who take the oath review.
    public var isPartyMember: Bool { self == .member || self == .probationary }
}

/// Where a non-member stands in the membership pipeline (发展阶段); not a 政治面貌 value.
public enum Stage: String, CaseIterable, Hashable, Sendable {
    /// 入党申请人, has applied to join.
    case applicant
    /// 入党积极分子, an activist.
    case activist
    /// 发展对象, a candidate for admission.
    case candidate
}
