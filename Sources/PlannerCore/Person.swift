/// Someone on an organisation's roster. Phone and email are personal data.
public struct Person: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    /// The name in Latin letters (e.g. pinyin "Xu Xiaomin"), printed beside a Chinese name.
    public var latin: String?
    public var org: String
    public var title: String?
    /// 政治面貌; `.unrecorded` when not known.
    public var politics: Politics
    /// 发展阶段 of a non-member, if any.
    public var stage: Stage?
    public var phone: String?
    public var email: String?

    public init(
        id: String, name: String, latin: String? = nil, org: String, title: String? = nil,
        politics: Politics = .unrecorded, stage: Stage? = nil, phone: String? = nil, email: String? = nil
    ) {
        self.id = id
        self.name = name
        self.latin = latin
        self.org = org
        self.title = title
        self.politics = politics
        self.stage = stage
        self.phone = phone
        self.email = email
    }

    /// "徐晓敏 Xu Xiaomin" where a Latin name is known, else the name.
    public var fullName: String {
        guard let latin = latin?.trimmedOrNil, latin != name else { return name }
        return name + " " + latin
    }
}
