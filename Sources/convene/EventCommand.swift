import ArgumentParser
import Phrasebook
import PlannerCore

struct EventCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "event", abstract: tr("Add, edit, remove events; invite organisations.").cli,
            subcommands: [Add.self, Edit.self, Remove.self, Invite.self, Uninvite.self])
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "add", abstract: tr("Add an event; prints its id.").cli)
        }
        @OptionGroup var plan: PlanOptions
        @Option(help: ArgumentHelp(tr("The event's title.").cli)) var title: String
        @Option(help: ArgumentHelp(tr("YYYY-MM-DD").cli)) var date: CivilDate
        @Option(help: ArgumentHelp(tr("HH:MM").cli)) var start: ClockTime
        @Option(help: ArgumentHelp(tr("HH:MM").cli)) var end: ClockTime
        @Option(help: ArgumentHelp(tr("Venue id or name.").cli), completion: .venues) var venue: String?
        @Option(help: ArgumentHelp(tr("IANA time zone.").cli)) var tz: String = Event.defaultTimeZone
        @Option(
            name: .customLong("event-theme"),
            help: ArgumentHelp(tr("The event's theme or motto (its --theme is the planner's colour theme).").cli))
        var theme: String?
        @Flag(
            help: ArgumentHelp(tr("Pre-fill the four standard parts: oath review, visit, symposium, discussion.").cli))
        var template = false

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
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "edit", abstract: tr("Change an event's title, theme, date, times, zone or venue.").cli)
        }
        @OptionGroup var plan: PlanOptions
        @OptionGroup var event: EventOption
        @Option(help: ArgumentHelp(tr("The event's title.").cli)) var title: String?
        @Option(
            name: .customLong("event-theme"),
            help: ArgumentHelp(tr("The event's theme or motto (its --theme is the planner's colour theme).").cli))
        var theme: String?
        @Option(help: ArgumentHelp(tr("YYYY-MM-DD").cli)) var date: CivilDate?
        @Option(help: ArgumentHelp(tr("HH:MM").cli)) var start: ClockTime?
        @Option(help: ArgumentHelp(tr("HH:MM").cli)) var end: ClockTime?
        @Option(help: ArgumentHelp(tr("IANA time zone.").cli)) var tz: String?
        @Option(help: ArgumentHelp(tr("Venue id or name; empty to clear.").cli), completion: .venues) var venue: String?

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
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "remove", abstract: tr("Remove an event with its agenda.").cli)
        }
        @OptionGroup var plan: PlanOptions
        @Option(
            help: ArgumentHelp(
                tr("The event's exact id or title (needed even when the plan has one event).").cli, valueName: "event"),
            completion: .events)
        var event: String?

        func run() throws {
            try plan.remove { book in
                let e = try book.requireEvent(try Resolver(book: book, matching: .exact).event(event))
                return (.removeEvent(id: e.id), tr("removed event \(e.title) (\(e.id))"))
            }
        }
    }

    struct Invite: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "invite", abstract: tr("Invite an organisation, or change its part or quota.").cli)
        }
        @OptionGroup var plan: PlanOptions
        @OptionGroup var event: EventOption
        @Option(help: ArgumentHelp(tr("Organisation id or name.").cli), completion: .organisations) var org: String
        @Option(
            help: ArgumentHelp(
                tr("guiding, host or participant (a new invitation: participant; else the part it has).").cli))
        var part: OrganisationPart?
        @Option(
            help: ArgumentHelp(
                tr("How many people the organisation is asked to send (名额); empty to clear it.").cli,
                valueName: "n"))
        var quota: String?

        func run() throws {
            let quota = try quota.map(Self.quota)
            try plan.edit { book in
                let r = Resolver(book: book)
                let eventID = try r.event(event.event), orgID = try r.organisation(org)
                let invited = try book.requireEvent(eventID).orgs.first { $0.org == orgID }
                let invite = PlannerCore.Edit.invite(
                    event: eventID, org: orgID, part: part ?? invited?.part ?? .participant)
                guard let quota else { return (invite, ()) }
                let setQuota = PlannerCore.Edit.setQuota(event: eventID, org: orgID, quota: quota)
                return (
                    invited == nil || part != nil ? .batch([invite, setQuota], label: invite.summary) : setQuota, ()
                )
            }
        }

        /// `--quota`'s value: a whole number, or nil for an empty one (which clears the quota).
        static func quota(_ text: String) throws -> Int? {
            guard let trimmed = text.trimmedOrNil else { return nil }
            guard let n = Int(trimmed) else {
                throw UsageError(
                    tr(
                        "--quota: '\(text)' is not a number of people; give a whole number such as 5, or \"\" to clear it"
                    ))
            }
            return n
        }
    }

    struct Uninvite: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "uninvite", abstract: tr("Withdraw an organisation's invitation.").cli)
        }
        @OptionGroup var plan: PlanOptions
        @OptionGroup var event: EventOption
        @Option(help: ArgumentHelp(tr("Organisation id or name.").cli), completion: .organisations) var org: String

        func run() throws {
            try plan.edit { book in
                let r = Resolver(book: book)
                return (.uninvite(event: try r.event(event.event), org: try r.organisation(org)), ())
            }
        }
    }
}
