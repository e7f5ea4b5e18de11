import PlannerCore

/// The roster as JSON for scripts (`convene roster --format json`): the people `Book.rosterPeople` chooses, each
/// with id, name, Latin name, organisation (name and id), political status, stage and title; phone and email only
/// when asked for.
public struct RosterJSON {
    struct Document: Encodable {
        let formatVersion = JSONOutput.formatVersion
        let people: [Entry]
    }

    struct Entry: Encodable {
        let id: String, name: String, latin: String?, organisation: String, organisationId: String
        let politics: String, stage: String?, title: String?, phone: String?, email: String?
    }

    public let book: Book
    public let people: [Person]
    public let withContacts: Bool

    public init(book: Book, org: String? = nil, search: String? = nil, withContacts: Bool = false) {
        self.book = book
        self.people = book.rosterPeople(org: org, search: search)
        self.withContacts = withContacts
    }

    public func render() throws -> String {
        let orgs = book.organisationsByID
        let entries = people.map { p in
            Entry(
                id: p.id, name: p.name, latin: p.latin, organisation: orgs[p.org]?.name ?? p.org, organisationId: p.org,
                politics: p.politics.rawValue, stage: p.stage?.rawValue, title: p.title,
                phone: withContacts ? p.phone : nil, email: withContacts ? p.email : nil)
        }
        return try JSONOutput.render(Document(people: entries))
    }
}
