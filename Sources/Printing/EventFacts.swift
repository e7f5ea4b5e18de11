import PlannerCore

/// What every printout says about an event before its agenda: date, time, venue, and the organisations in their parts.
struct EventFacts {
    let book: Book
    let event: Event
    let labels: Labels

    /// (label, value) pairs: date with weekday, time with zone, venue with address.
    var facts: [(label: String, value: String)] {
        var rows = [
            (labels.date, "\(event.date) \(labels.weekday(event.date.weekday))"),
            (labels.time, "\(event.start)–\(event.end)" + labels.beforeParenthesis + labels.parenthesised(event.tz)),
        ]
        if let venue = event.venue.flatMap(book.venue) {
            rows.append(
                (
                    labels.venue,
                    venue.name + (venue.address.map { labels.language == .en ? ", \($0)" : "（\($0)）" } ?? "")
                ))
        }
        return rows.map { (label: $0.0, value: $0.1) }
    }

    /// (part, name) of the invited organisations: guiding bodies, then hosts, then participants.
    var organisations: [(part: String, name: String)] {
        let orgs = book.organisationsByID
        return OrganisationPart.allCases.flatMap { part in
            event.orgs.filter { $0.part == part }.compactMap { invited in
                orgs[invited.org].map { (part: labels.orgPart(part), name: $0.name) }
            }
        }
    }
}
