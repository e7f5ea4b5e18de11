/// A member organisation (a company, an association, a party committee) and its contact.
public struct Organisation: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var short: String?
    /// The organisation's party branch, e.g. "广东省电子信息行业协会党支部".
    public var branch: String?
    public var contact: String?

    public init(id: String, name: String, short: String? = nil, branch: String? = nil, contact: String? = nil) {
        self.id = id
        self.name = name
        self.short = short
        self.branch = branch
        self.contact = contact
    }

    /// The short name where there is one, else the name.
    public var displayName: String { short.flatMap { $0.isEmpty ? nil : $0 } ?? name }
}
