import Phrasebook
import PlannerCore
import TextCells

/// A summary of each event: when, where, the organisations with their head counts, and the agenda's size.
public struct OverviewText {
    public let book: Book
    public let labels: Labels

    public init(book: Book, language: PrintLanguage = .en) {
        self.book = book
        self.labels = Labels(language)
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
            lines.append("\(event.id)  " + TextCells.sanitized(event.title))
            var head = TextTable(indent: 4)
            head.add([labels.date, "\(event.date) \(labels.weekday(event.date.weekday)) \(event.start)–\(event.end)"])
            if let venue = event.venue.flatMap(book.venue) { head.add([labels.venue, venue.name]) }
            head.add([labels.agenda, "\(event.items.count)"])
            lines += head.render(width: 100)
            var table = TextTable(indent: 4)
            table.add([
                labels.organisations, "", "∑", labels.rsvp(.confirmed), labels.rsvp(.invited), labels.rsvp(.declined),
            ])
            let turnout = event.turnoutByOrganisation(people: people)
            for invited in event.orgs {
                let t = turnout[invited.org] ?? Turnout()
                table.add([
                    orgs[invited.org]?.displayName ?? invited.org, labels.orgPart(invited.part), String(t.total),
                    String(t.count(.confirmed)), String(t.count(.invited)), String(t.count(.declined)),
                ])
            }
            lines += table.render(width: 100)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
