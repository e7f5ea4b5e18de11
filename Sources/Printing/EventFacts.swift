import PlannerCore
import TextCells

/// What every printout says about an event before its agenda: date, time, venue, and the organisations in their parts.
struct EventFacts {
    let book: Book
    let event: Event
    let labels: Labels

    /// (label, value) pairs: date with weekday, time with zone, venue with address.
    var facts: [(label: String, value: String)] {
        factSpans.map { (label: $0.label, value: $0.spans.map(\.text).joined()) }
    }

    /// `facts` in spans for a text printout: the date, the times, the zone, the venue's name and its address are
    /// each kept on one line.
    var factSpans: [(label: String, spans: [TextCells.Span])] {
        var rows: [(String, [TextCells.Span])] = [
            (
                labels.date,
                [.unbreakable(event.date.description), .text(" "), .unbreakable(labels.weekday(event.date.weekday))]
            ),
            (
                labels.time,
                [
                    .unbreakable("\(event.start)–\(event.end)"), .text(labels.beforeParenthesis),
                    .unbreakable(labels.parenthesised(event.tz)),
                ]
            ),
        ]
        if let venue = event.venue.flatMap(book.venue) {
            var spans: [TextCells.Span] = [.unbreakable(venue.name)]
            if let address = venue.address {
                spans += labels.language == .en ? [.text(", "), .unbreakable(address)] : [.unbreakable("（\(address)）")]
            }
            rows.append((labels.venue, spans))
        }
        return rows.map { (label: $0.0, spans: $0.1) }
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
