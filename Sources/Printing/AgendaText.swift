import PlannerCore
import TextCells

/// The printed agenda for a terminal or a line printer: heading, organisations, then each item with its people.
public struct AgendaText {
    public let book: Book
    public let event: Event
    public let labels: Labels
    /// Lines are at most this many cells wide (long texts wrap).
    public let width: Int

    public init(book: Book, event: Event, language: PrintLanguage = .en, width: Int = 80) {
        self.book = book; self.event = event; self.labels = Labels(language); self.width = max(40, width)
    }

    public func render() -> String {
        var lines: [String] = []
        lines += TextCells.wrapped(TextCells.sanitized(event.title), toCells: width)
        if let theme = event.theme { lines += TextCells.wrapped(TextCells.sanitized(theme), toCells: width) }
        lines.append(String(repeating: "═", count: min(width, max(TextCells.width(of: event.title), 20))))
        var head = TextTable()
        head.add([labels.date, "\(event.date) \(labels.weekday(event.date.weekday))"])
        head.add([labels.time, "\(event.start)–\(event.end) (\(event.tz))"])
        if let venue = event.venue.flatMap(book.venue) {
            head.add([labels.venue, venue.name + (venue.address.map { labels.language == .en ? ", \($0)" : "（\($0)）" } ?? "")])
        }
        lines += head.render(width: width)

        let orgs = book.organisationsByID
        if !event.orgs.isEmpty {
            lines.append("")
            lines.append(labels.organisations)
            var table = TextTable(indent: 2)
            for part in OrganisationPart.allCases {
                for invited in event.orgs where invited.part == part {
                    guard let org = orgs[invited.org] else { continue }
                    table.add([labels.orgPart(part), org.name])
                }
            }
            lines += table.render(width: width)
        }

        lines.append("")
        lines.append(labels.agenda)
        if event.items.isEmpty { lines.append("  " + labels.noItems) }
        let people = book.peopleByID
        var table = TextTable(indent: 2)
        for item in event.items {
            let end = ClockTime(minutes: min(1440, item.endMinutes))?.description ?? "?"
            table.add(["\(item.start)–\(end)", labels.kind(item.kind), item.title + (item.room.map { "  [\($0)]" } ?? "")])
            var speakerNumber = 0
            for role in item.roles {
                let name = people[role.person]?.fullName ?? role.person
                var label = labels.part(role.part)
                if role.part == .speaker, item.roles(.speaker).count > 1 { speakerNumber += 1; label += " \(speakerNumber)" }
                var text = name
                if let topic = role.topic { text += " — " + topic }
                if let minutes = role.minutes { text += " (\(minutes) \(labels.minutesUnit))" }
                table.add(["", label, text])
            }
        }
        lines += table.render(width: width)
        return lines.joined(separator: "\n") + "\n"
    }
}
