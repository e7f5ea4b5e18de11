import ArgumentParser
import Phrasebook
import PlannerCore

struct ItemCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "item", abstract: tr("The agenda: items and the people in their parts.").cli,
            subcommands: [Add.self, Edit.self, Move.self, Remove.self, Assign.self, Unassign.self, Reorder.self])
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "add", abstract: tr("Add an agenda item; prints its id.").cli)
        }
        @OptionGroup var plan: PlanOptions
        @OptionGroup var event: EventOption
        @Option(help: ArgumentHelp(tr("oath, visit, symposium, discussion, meeting or other.").cli))
        var kind: ItemKind = .other
        @Option(help: ArgumentHelp(tr("The item's title, e.g. 党建座谈会.").cli)) var title: String
        @Option(help: ArgumentHelp(tr("HH:MM").cli)) var start: ClockTime
        @Option(help: ArgumentHelp(tr("Duration in minutes.").cli)) var minutes: Int
        @Option(help: ArgumentHelp(tr("A room of the event's venue.").cli)) var room: String?
        @Option(help: ArgumentHelp(tr("Notes on the item.").cli)) var notes: String?

        func run() throws {
            let id: String = try plan.edit { book in
                let eventID = try Resolver(book: book).event(event.event)
                let id = book.newID(.item)
                return (
                    .addItem(
                        event: eventID,
                        item: AgendaItem(
                            id: id, kind: kind, title: title.trimmed, start: start,
                            minutes: minutes, room: try room.flatMap { try book.roomID($0, inEvent: eventID) },
                            notes: notes?.trimmedOrNil)), id
                )
            }
            Console.out(id)
        }
    }

    struct Edit: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "edit",
                abstract: tr("Change an item's kind, title, duration, room or notes (use 'move' for its start).").cli)
        }
        @OptionGroup var plan: PlanOptions
        @OptionGroup var event: EventOption
        @Option(help: ArgumentHelp(tr("Item id or title.").cli), completion: .items) var item: String
        @Option(help: ArgumentHelp(tr("oath, visit, symposium, discussion, meeting or other.").cli)) var kind: ItemKind?
        @Option(help: ArgumentHelp(tr("The item's title, e.g. 党建座谈会.").cli)) var title: String?
        @Option(help: ArgumentHelp(tr("Duration in minutes.").cli)) var minutes: Int?
        @Option(help: ArgumentHelp(tr("A room; empty to clear.").cli)) var room: String?
        @Option(help: ArgumentHelp(tr("Notes on the item.").cli)) var notes: String?

        func run() throws {
            try plan.edit { book in
                let r = Resolver(book: book)
                let eventID = try r.event(event.event)
                var i = try book.requireItem(try r.item(item, inEvent: eventID), inEvent: eventID)
                if let kind { i.kind = kind }
                if let title { i.title = title.trimmed }
                if let minutes { i.minutes = minutes }
                if let room { i.room = try book.roomID(room, inEvent: eventID) }
                if let notes { i.notes = notes.trimmedOrNil }
                return (PlannerCore.Edit.updateItem(event: eventID, item: i), ())
            }
        }
    }

    struct Move: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "move", abstract: tr("Move an item to a new start time.").cli)
        }
        @OptionGroup var plan: PlanOptions
        @OptionGroup var event: EventOption
        @Option(help: ArgumentHelp(tr("Item id or title.").cli), completion: .items) var item: String
        @Option(help: ArgumentHelp(tr("HH:MM").cli)) var start: ClockTime
        @Flag(help: ArgumentHelp(tr("Move the items after it by the same amount.").cli)) var shiftFollowing = false

        func run() throws {
            try plan.edit { book in
                let r = Resolver(book: book)
                let eventID = try r.event(event.event)
                return (
                    .moveItem(
                        event: eventID, item: try r.item(item, inEvent: eventID), to: start,
                        shiftFollowing: shiftFollowing), ()
                )
            }
        }
    }

    struct Remove: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "remove", abstract: tr("Remove an agenda item.").cli)
        }
        @OptionGroup var plan: PlanOptions
        @OptionGroup var event: EventOption
        @Option(help: ArgumentHelp(tr("The item's exact id or title.").cli), completion: .items) var item: String

        func run() throws {
            try plan.remove { book in
                let e = try book.requireEvent(try Resolver(book: book).event(event.event))
                let i = try book.requireItem(
                    try Resolver(book: book, matching: .exact).item(item, inEvent: e.id), inEvent: e.id)
                return (
                    .removeItem(event: e.id, item: i.id),
                    tr("removed item \(i.title) (\(i.id)) from \(e.title) (\(e.id))")
                )
            }
        }
    }

    struct Assign: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "assign", abstract: tr("Give a person a part in an item (speakers are kept in order).").cli
            )
        }
        @OptionGroup var plan: PlanOptions
        @OptionGroup var event: EventOption
        @Option(help: ArgumentHelp(tr("Item id or title.").cli), completion: .items) var item: String
        @Option(help: ArgumentHelp(tr("Person id or name.").cli), completion: .people) var person: String
        @Option(help: ArgumentHelp(tr("leader, narrator, host, speaker or recorder.").cli)) var part: RolePart
        @Option(help: ArgumentHelp(tr("A speaker's topic.").cli)) var topic: String?
        @Option(help: ArgumentHelp(tr("A speaker's minutes.").cli)) var minutes: Int?

        func run() throws {
            try plan.edit { book in
                let r = Resolver(book: book)
                let eventID = try r.event(event.event)
                return (
                    .assign(
                        event: eventID, item: try r.item(item, inEvent: eventID),
                        role: Role(
                            person: try r.person(person), part: part, topic: topic?.trimmedOrNil, minutes: minutes)), ()
                )
            }
        }
    }

    struct Unassign: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "unassign", abstract: tr("Take a person out of a part of an item.").cli)
        }
        @OptionGroup var plan: PlanOptions
        @OptionGroup var event: EventOption
        @Option(help: ArgumentHelp(tr("The item's exact id or title.").cli), completion: .items) var item: String
        @Option(help: ArgumentHelp(tr("The person's exact id or full name.").cli), completion: .people) var person:
            String
        @Option(help: ArgumentHelp(tr("Only this part (when the person has several).").cli)) var part: RolePart?

        func run() throws {
            try plan.remove { book in
                let eventID = try Resolver(book: book).event(event.event)
                let exact = Resolver(book: book, matching: .exact)
                let itemID = try exact.item(item, inEvent: eventID)
                let personID = try exact.person(person)
                let found = try book.requireItem(itemID, inEvent: eventID)
                let name = try book.requirePerson(personID).name
                guard
                    let index = found.roles.firstIndex(where: {
                        $0.person == personID && (part == nil || $0.part == part)
                    })
                else {
                    throw PlanError.refused(
                        part.map { tr("\(name) has no \($0.phrase) part in that item") }
                            ?? tr("\(name) has no part in that item"))
                }
                return (
                    .unassign(event: eventID, item: itemID, index: index),
                    tr("took \(name) (\(personID)) off \(found.roles[index].part.phrase) of \(found.title) (\(itemID))")
                )
            }
        }
    }

    struct Reorder: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "reorder",
                abstract: tr("Put the people of one part of an item in a new order (the order printouts list them in).")
                    .cli)
        }
        @OptionGroup var plan: PlanOptions
        @OptionGroup var event: EventOption
        @Option(help: ArgumentHelp(tr("Item id or title.").cli), completion: .items) var item: String
        @Option(help: ArgumentHelp(tr("leader, narrator, host, speaker or recorder.").cli)) var part: RolePart =
            .speaker
        @Option(
            help: ArgumentHelp(
                tr("Everyone in the part, in the new order: ids or names, separated by commas.").cli,
                valueName: "people"),
            completion: .listOfPeople)
        var people: String

        func run() throws {
            try plan.edit { book in
                let r = Resolver(book: book)
                let eventID = try r.event(event.event)
                let itemID = try r.item(item, inEvent: eventID)
                let references = people.split(whereSeparator: { ",，、".contains($0) }).map(String.init)
                    .filter { !$0.trimmed.isEmpty }
                return (
                    try book.reorderEdit(
                        event: eventID, item: itemID, part: part, people: try references.map(r.person)), ()
                )
            }
        }
    }
}
