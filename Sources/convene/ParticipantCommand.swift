import ArgumentParser
import Phrasebook
import PlannerCore

struct ParticipantCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "participant", abstract: tr("Who takes part in an event, and their RSVP.").cli,
            subcommands: [Add.self, Set.self, Remove.self])
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "add", abstract: tr("Add one person, or everyone of an organisation not yet in.").cli)
        }
        @OptionGroup var plan: PlanOptions
        @OptionGroup var event: EventOption
        @Option(help: ArgumentHelp(tr("Person id or name.").cli)) var person: String?
        @Option(help: ArgumentHelp(tr("Add everyone on this organisation's roster.").cli)) var allFrom: String?
        @Option(help: ArgumentHelp(tr("invited, confirmed, declined or attended.").cli)) var rsvp: RSVP = .invited

        func validate() throws {
            guard (person == nil) != (allFrom == nil) else {
                throw ValidationError(tr("give exactly one of --person or --all-from").cli)
            }
        }

        func run() throws {
            let added: Int = try plan.edit { book in
                let r = Resolver(book: book)
                let eventID = try r.event(event.event)
                if let person {
                    return (.addParticipant(event: eventID, person: try r.person(person), rsvp: rsvp), 1)
                }
                guard let allFrom else { throw ValidationError(tr("give exactly one of --person or --all-from").cli) }
                let orgID = try r.organisation(allFrom)
                let current = Swift.Set(try book.requireEvent(eventID).participants.map(\.person))
                let edits = book.members(of: orgID).filter { !current.contains($0.id) }
                    .map { PlannerCore.Edit.addParticipant(event: eventID, person: $0.id, rsvp: rsvp) }
                return (.batch(edits, label: tr("add participants")), edits.count)
            }
            if allFrom != nil { Console.out(String(added)) }
        }
    }

    struct Set: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "set", abstract: tr("Set a participant's RSVP.").cli)
        }
        @OptionGroup var plan: PlanOptions
        @OptionGroup var event: EventOption
        @Option(help: ArgumentHelp(tr("Person id or name.").cli)) var person: String
        @Option(help: ArgumentHelp(tr("invited, confirmed, declined or attended.").cli)) var rsvp: RSVP

        func run() throws {
            try plan.edit { book in
                let r = Resolver(book: book)
                return (.setRSVP(event: try r.event(event.event), person: try r.person(person), rsvp: rsvp), ())
            }
        }
    }

    struct Remove: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "remove", abstract: tr("Take a person off an event's list.").cli)
        }
        @OptionGroup var plan: PlanOptions
        @OptionGroup var event: EventOption
        @Option(help: ArgumentHelp(tr("The person's exact id or full name.").cli)) var person: String

        func run() throws {
            try plan.remove { book in
                let e = try book.requireEvent(try Resolver(book: book).event(event.event))
                let p = try book.requirePerson(try Resolver(book: book, matching: .exact).person(person))
                return (
                    .removeParticipant(event: e.id, person: p.id),
                    tr("removed \(p.name) (\(p.id)) from \(e.title) (\(e.id))")
                )
            }
        }
    }
}
