import PlannerCore

/// The organisations as JSON for scripts (`convene orgs --format json`): per organisation its id, name, short name,
/// branch and the number of people on its roster, in the plan's order.
public struct OrganisationsJSON {
    struct Document: Encodable {
        let formatVersion = JSONOutput.formatVersion
        let organisations: [Entry]
    }

    struct Entry: Encodable {
        let id: String, name: String, short: String?, branch: String?, people: Int
    }

    public let book: Book

    public init(book: Book) { self.book = book }

    public func render() throws -> String {
        var counts: [String: Int] = [:]
        for p in book.people { counts[p.org, default: 0] += 1 }
        let organisations = book.organisations.map { o in
            Entry(id: o.id, name: o.name, short: o.short, branch: o.branch, people: counts[o.id] ?? 0)
        }
        return try JSONOutput.render(Document(organisations: organisations))
    }
}
