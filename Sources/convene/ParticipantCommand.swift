import ArgumentParser
import Phrasebook
import PlannerCore

struct ParticipantCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "participant", abstract: tr("Who takes part in an event, and their RSVP.").cli,
            subcommands: [Add.self, Set.self, Leave.self, SignIn.self, Absent.self, Remove.self])
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "add", abstract: tr("Add one person, or everyone of an organisation not yet in.").cli)
        }
        @OptionGroup var plan: PlanOptions
        @OptionGroup var event: EventOption
        @Option(help: ArgumentHelp(tr("Person id or name.").cli), completion: .people) var person: String?
        @Option(help: ArgumentHelp(tr("Add everyone on this organisation's roster.").cli), completion: .organisations)
        var allFrom: String?
        @Option(help: ArgumentHelp(tr("invited, confirmed or declined (default: invited).").cli, valueName: "rsvp"))
        var rsvp: String?
        @Option(
            name: .customLong("as"),
            help: ArgumentHelp(
                tr("attendee (参加, the default), representative (企业代表), observer (列席), guest (嘉宾) or staff (工作人员).")
                    .cli, valueName: "capacity"))
        var capacity: String?

        func validate() throws {
            guard (person == nil) != (allFrom == nil) else {
                throw ValidationError(tr("give exactly one of --person or --all-from").cli)
            }
        }

        func run() throws {
            let rsvp = try rsvp.map { try NamedValueOption.parse($0, option: "rsvp", as: RSVP.self) } ?? .invited
            let capacity =
                try capacity.map { try NamedValueOption.parse($0, option: "as", as: Capacity.self) } ?? .attendee
            guard let allFrom else {
                try plan.edit { book in
                    let r = Resolver(book: book)
                    let edit = PlannerCore.Edit.addParticipant(
                        event: try r.event(event.event), person: try r.person(person ?? ""), rsvp: rsvp,
                        capacity: capacity)
                    return (edit, ())
                }
                return
            }
            // Everyone of the organisation, each added as it is found: no list of 40,000 edits beside the book
            // (issue 11's memory budget), and a refusal leaves the file as it was (the book is then discarded).
            let added: Int = try plan.editInPlace { book in
                let r = Resolver(book: book)
                let eventID = try r.event(event.event)
                let orgID = try r.organisation(allFrom)
                let ids = try book.requireEvent(eventID).membersNotTakingPart(of: orgID, in: book.people)
                var batch = InPlaceBatch()
                for id in ids {
                    try batch.apply(
                        .addParticipant(event: eventID, person: id, rsvp: rsvp, capacity: capacity), to: &book)
                }
                return (batch.count, batch.count > 0)
            }
            Console.out(String(added))
        }
    }

    struct Set: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "set", abstract: tr("Set a participant's RSVP.").cli)
        }
        @OptionGroup var plan: PlanOptions
        @OptionGroup var event: EventOption
        @Option(help: ArgumentHelp(tr("Person id or name.").cli), completion: .people) var person: String
        @Option(help: ArgumentHelp(tr("invited, confirmed or declined (已邀请, 已确认, 已谢绝).").cli, valueName: "rsvp"))
        var rsvp: String?
        @Option(
            name: .customLong("as"),
            help: ArgumentHelp(
                tr("The capacity: attendee, representative, observer, guest or staff (or their Chinese names).").cli,
                valueName: "capacity"))
        var capacity: String?

        func validate() throws {
            guard rsvp != nil || capacity != nil else { throw ValidationError(tr("give --rsvp or --as (or both)").cli) }
        }

        func run() throws {
            let rsvp = try rsvp.map { try NamedValueOption.parse($0, option: "rsvp", as: RSVP.self) }
            let capacity = try capacity.map { try NamedValueOption.parse($0, option: "as", as: Capacity.self) }
            try plan.edit { book in
                let r = Resolver(book: book)
                let e = try r.event(event.event), p = try r.person(person)
                var edits: [PlannerCore.Edit] = []
                if let capacity { edits.append(.setCapacity(event: e, person: p, capacity: capacity)) }
                if let rsvp { edits.append(.setRSVP(event: e, person: p, rsvp: rsvp)) }
                return (edits.count == 1 ? edits[0] : .batch(edits, label: tr("set participant")), ())
            }
        }
    }

    struct Leave: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "leave",
                abstract: tr("Record leave (请假) for a participant, with its reason; --cancel takes it back.").cli)
        }
        @OptionGroup var plan: PlanOptions
        @OptionGroup var event: EventOption
        @Option(help: ArgumentHelp(tr("Person id or name.").cli), completion: .people) var person: String
        @Option(
            help: ArgumentHelp(
                tr("official (因公), sick (因病), personal (因事) or other (其他).").cli, valueName: "reason"))
        var reason: String?
        @Option(help: ArgumentHelp(tr("A note on the leave.").cli)) var note: String?
        @Option(help: ArgumentHelp(tr("Who approved the leave (person id or name).").cli), completion: .people)
        var approvedBy: String?
        @Flag(help: ArgumentHelp(tr("Cancel the participant's leave.").cli)) var cancel = false

        func validate() throws {
            guard cancel == (reason == nil) else {
                throw ValidationError(tr("give --reason, or --cancel to take the leave back").cli)
            }
        }

        func run() throws {
            let reason = try reason.map { try NamedValueOption.parse($0, option: "reason", as: LeaveReason.self) }
            try plan.edit { book in
                let r = Resolver(book: book)
                let leave = try reason.map { reason in
                    PlannerCore.Leave(
                        reason: reason, note: note?.trimmedOrNil, approvedBy: try approvedBy.map { try r.person($0) })
                }
                return (.setLeave(event: try r.event(event.event), person: try r.person(person), leave: leave), ())
            }
        }
    }

    struct SignIn: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "sign-in",
                abstract: tr("Sign a participant in (签到), now or at --at; --undo clears the sign-in.").cli)
        }
        @OptionGroup var plan: PlanOptions
        @OptionGroup var event: EventOption
        @Option(help: ArgumentHelp(tr("Person id or name.").cli), completion: .people) var person: String
        @Option(help: ArgumentHelp(tr("The time, HH:MM (default: now, in the event's time zone).").cli)) var at:
            ClockTime?
        @Flag(help: ArgumentHelp(tr("Clear the sign-in (or absence): not signed in yet.").cli)) var undo = false

        func run() throws {
            try plan.edit { book in
                let r = Resolver(book: book)
                let e = try book.requireEvent(try r.event(event.event))
                let attendance: Attendance = undo ? .notYet : .signedIn(at: at ?? ClockTime.now(in: e.tz))
                return (.setAttendance(event: e.id, person: try r.person(person), attendance: attendance), ())
            }
        }
    }

    struct Absent: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "absent", abstract: tr("Mark a participant absent (缺席).").cli)
        }
        @OptionGroup var plan: PlanOptions
        @OptionGroup var event: EventOption
        @Option(help: ArgumentHelp(tr("Person id or name.").cli), completion: .people) var person: String

        func run() throws {
            try plan.edit { book in
                let r = Resolver(book: book)
                return (
                    .setAttendance(event: try r.event(event.event), person: try r.person(person), attendance: .absent),
                    ()
                )
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
        @Option(help: ArgumentHelp(tr("The person's exact id or full name.").cli), completion: .people) var person:
            String

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
