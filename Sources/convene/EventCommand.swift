import ArgumentParser
import Phrasebook
import PlannerCore

struct EventCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "event", abstract: "Add, edit, remove events; invite organisations.",
        subcommands: [Add.self, Edit.self, Remove.self, Invite.self, Uninvite.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an event; prints its id.")
        @OptionGroup var plan: PlanOptions
        @Option var title: String
        @Option(help: "YYYY-MM-DD") var date: CivilDate
        @Option(help: "HH:MM") var start: ClockTime
        @Option(help: "HH:MM") var end: ClockTime
        @Option(help: "Venue id or name.") var venue: String?
        @Option(help: "IANA time zone.") var tz: String = Event.defaultTimeZone
        @Option(
            name: .customLong("event-theme"),
            help: "The event's theme or motto (its --theme is the planner's colour theme).") var theme: String?
        @Flag(help: "Pre-fill the four standard parts: oath review, visit, symposium, discussion.") var template = false

        func run() throws {
            let id: String = try plan.edit { book in
                let id = book.newID(.event)
                let venueID = try venue.map { try Resolver(book: book).venue($0) }
                let items = template ? EventTemplate.standardItems(startingAt: start, book: book) : []
                return (
                    .addEvent(
                        Event(
                            id: id, title: title.trimmed, theme: theme?.trimmedOrNil, date: date, start: start,
                            end: end, tz: tz, venue: venueID, items: items)), id
                )
            }
            Console.out(id)
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit", abstract: "Change an event's title, theme, date, times, zone or venue.")
        @OptionGroup var plan: PlanOptions
        @OptionGroup var event: EventOption
        @Option var title: String?
        @Option(
            name: .customLong("event-theme"),
            help: "The event's theme or motto (its --theme is the planner's colour theme).") var theme: String?
        @Option(help: "YYYY-MM-DD") var date: CivilDate?
        @Option(help: "HH:MM") var start: ClockTime?
        @Option(help: "HH:MM") var end: ClockTime?
        @Option(help: "IANA time zone.") var tz: String?
        @Option(help: "Venue id or name; empty to clear.") var venue: String?

        func run() throws {
            try plan.edit { book in
                let id = try Resolver(book: book).event(event.event)
                var d = EventDetails(of: try book.requireEvent(id))
                if let title { d.title = title }
                if let theme { d.theme = theme.trimmedOrNil }
                if let date { d.date = date }
                if let start { d.start = start }
                if let end { d.end = end }
                if let tz { d.tz = tz }
                if let venue { d.venue = venue.trimmed.isEmpty ? nil : try Resolver(book: book).venue(venue) }
                return (PlannerCore.Edit.updateEvent(id: id, details: d), ())
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: "Remove an event with its agenda.")
        @OptionGroup var plan: PlanOptions
        @Option(
            help: ArgumentHelp(
                "The event's exact id or title (needed even when the plan has one event).", valueName: "event"))
        var event: String?

        func run() throws {
            try plan.remove { book in
                let e = try book.requireEvent(try Resolver(book: book, matching: .exact).event(event))
                return (.removeEvent(id: e.id), tr("removed event \(e.title) (\(e.id))"))
            }
        }
    }

    struct Invite: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "invite", abstract: "Invite an organisation, or change its part.")
        @OptionGroup var plan: PlanOptions
        @OptionGroup var event: EventOption
        @Option(help: "Organisation id or name.") var org: String
        @Option(help: "guiding, host or participant.") var part: OrganisationPart = .participant

        func run() throws {
            try plan.edit { book in
                let r = Resolver(book: book)
                return (.invite(event: try r.event(event.event), org: try r.organisation(org), part: part), ())
            }
        }
    }

    struct Uninvite: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "uninvite", abstract: "Withdraw an organisation's invitation.")
        @OptionGroup var plan: PlanOptions
        @OptionGroup var event: EventOption
        @Option(help: "Organisation id or name.") var org: String

        func run() throws {
            try plan.edit { book in
                let r = Resolver(book: book)
                return (.uninvite(event: try r.event(event.event), org: try r.organisation(org)), ())
            }
        }
    }
}
