/// Whether a person is a party member, and of which kind.
public enum MembershipStatus: String, CaseIterable, Hashable, Sendable {
    case member, probationary, representative, guest

    /// True for full and probationary party members: the people who take the oath review.
    public var isPartyMember: Bool { self == .member || self == .probationary }
}

/// Someone on an organisation's roster. Phone and email are personal data.
public struct Person: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    /// The name in Latin letters (e.g. pinyin "Xu Xiaomin"), printed beside a Chinese name.
    public var latin: String?
    public var org: String
    public var title: String?
    public var status: MembershipStatus
    public var phone: String?
    public var email: String?

    public init(
        id: String, name: String, latin: String? = nil, org: String, title: String? = nil,
        status: MembershipStatus, phone: String? = nil, email: String? = nil
    ) {
        self.id = id
        self.name = name
        self.latin = latin
        self.org = org
        self.title = title
        self.status = status
        self.phone = phone
        self.email = email
    }

    /// "徐晓敏 Xu Xiaomin" where a Latin name is known, else the name.
    public var fullName: String {
        guard let latin = latin?.trimmedOrNil, latin != name else { return name }
        return name + " " + latin
    }
}
