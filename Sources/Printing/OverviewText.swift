import Phrasebook
import PlannerCore
import TextCells

/// A summary of each event: when, where, the organisations with their head counts, and the agenda's size.
public struct OverviewText {
    public let book: Book
    public let labels: Labels
    /// Lines are at most this many cells wide: the table of organisations folds its counts under the names when
    /// narrower.
    public let width: Int

    public init(book: Book, language: PrintLanguage = .en, width: Int = 100) {
        self.book = book
        self.labels = Labels(language)
        self.width = max(40, width)
    }

    public func render() -> String {
        guard !book.events.isEmpty else {
            return
                "The plan has no events yet. Add one with 'convene event add --title T --date YYYY-MM-DD --start HH:MM --end HH:MM'.\n"
        }
        var lines: [String] = []
        let people = book.peopleByID, orgs = book.organisationsByID
        for (n, event) in book.events.enumerated() {
            if n > 0 { lines.append("") }
            lines += TextCells.wrapped(
                [.unbreakable(event.id + "  "), .text(TextCells.sanitized(event.title))], toCells: width)
            var head = TextTable(indent: 4)
            head.add(
                [labels.date],
                spans: [
                    .unbreakable("\(event.date) \(labels.weekday(event.date.weekday))"), .text(" "),
                    .unbreakable("\(event.start)–\(event.end)"),
                ])
            if let venue = event.venue.flatMap(book.venue) {
                head.add([labels.venue], spans: [.unbreakable(venue.name)])
            }
            head.add([labels.agenda, "\(event.items.count)"])
            lines += head.render(width: width)
            lines += organisations(event, people: people, orgs: orgs)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The invited organisations with their head counts: a table, or where the counts' headings do not fit beside
    /// the names, each organisation with its part, and its counts on the next line ("  ∑ 3  confirmed 2 …").
    private func organisations(_ event: Event, people: PersonLookup, orgs: [String: Organisation]) -> [String] {
        let turnout = event.turnoutByOrganisation(people: people)
        let counts = event.orgs.map { invited in
            let t = turnout[invited.org] ?? Turnout()
            return [t.total, t.count(.confirmed), t.count(.invited), t.count(.declined)].map(String.init)
        }
        let names = event.orgs.map { (orgs[$0.org]?.displayName ?? $0.org, labels.orgPart($0.part)) }
        let headings = ["∑", labels.rsvp(.confirmed), labels.rsvp(.invited), labels.rsvp(.declined)]
        var table = TextTable(indent: 4)
        table.add([labels.organisations, ""] + headings)
        for (name, count) in zip(names, counts) { table.add([name.0, name.1] + count) }
        if width - table.leadingWidth >= TextCells.width(of: headings[headings.count - 1]) {
            return table.render(width: width)
        }
        var narrow = TextTable(indent: 4)
        narrow.add([labels.organisations])
        for (name, count) in zip(names, counts) {
            narrow.add([name.0], spans: [.unbreakable(name.1)])
            let pairs = zip(headings, count).enumerated().flatMap { i, pair -> [TextCells.Span] in
                (i == 0 ? [] : [.text("  ")]) + [.unbreakable("\(pair.0) \(pair.1)")]
            }
            narrow.add(spanning: pairs, fromColumn: 0, marker: "  ")
        }
        return narrow.render(width: width)
    }
}
