import ArgumentParser
import Phrasebook
import PlannerCore

struct ItemCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "item", abstract: "The agenda: items and the people in their parts.",
        subcommands: [Add.self, Edit.self, Move.self, Remove.self, Assign.self, Unassign.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add an agenda item; prints its id.")
        @OptionGroup var plan: PlanOptions
        @OptionGroup var event: EventOption
        @Option(help: "oath, visit, symposium, discussion or other.") var kind: ItemKind = .other
        @Option var title: String
        @Option(help: "HH:MM") var start: ClockTime
        @Option(help: "Duration in minutes.") var minutes: Int
        @Option(help: "A room of the event's venue.") var room: String?
        @Option var notes: String?

        func run() throws {
            let id: String = try plan.edit { book in
                let eventID = try Resolver(book: book).event(event.event)
                let id = book.newID(.item)
                return (
                    .addItem(
                        event: eventID,
                        item: AgendaItem(
                            id: id, kind: kind, title: title.trimmed, start: start,
                            minutes: minutes, room: room?.trimmedOrNil, notes: notes?.trimmedOrNil)), id
                )
            }
            Console.out(id)
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change an item's kind, title, duration, room or notes (use 'move' for its start).")
        @OptionGroup var plan: PlanOptions
        @OptionGroup var event: EventOption
        @Option(help: "Item id or title.") var item: String
        @Option var kind: ItemKind?
        @Option var title: String?
        @Option var minutes: Int?
        @Option(help: "A room; empty to clear.") var room: String?
        @Option var notes: String?

        func run() throws {
            try plan.edit { book in
                let r = Resolver(book: book)
                let eventID = try r.event(event.event)
                var i = try book.requireItem(try r.item(item, inEvent: eventID), inEvent: eventID)
                if let kind { i.kind = kind }
                if let title { i.title = title.trimmed }
                if let minutes { i.minutes = minutes }
                if let room { i.room = room.trimmedOrNil }
                if let notes { i.notes = notes.trimmedOrNil }
                return (PlannerCore.Edit.updateItem(event: eventID, item: i), ())
            }
        }
    }

    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "move", abstract: "Move an item to a new start time.")
        @OptionGroup var plan: PlanOptions
        @OptionGroup var event: EventOption
        @Option(help: "Item id or title.") var item: String
        @Option(help: "HH:MM") var start: ClockTime
        @Flag(help: "Move the items after it by the same amount.") var shiftFollowing = false

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
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove an agenda item.")
        @OptionGroup var plan: PlanOptions
        @OptionGroup var event: EventOption
        @Option(help: "The item's exact id or title.") var item: String

        func run() throws {
            try plan.remove { book in
                let e = try book.requireEvent(try Resolver(book: book).event(event.event))
                let i = try book.requireItem(
                    try Resolver(book: book, matching: .exact).item(item, inEvent: e.id), inEvent: e.id)
                return (
                    .removeItem(event: e.id, item: i.id), "removed item \(i.title) (\(i.id)) from \(e.title) (\(e.id))"
                )
            }
        }
    }

    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "assign", abstract: "Give a person a part in an item (speakers are kept in order).")
        @OptionGroup var plan: PlanOptions
        @OptionGroup var event: EventOption
        @Option(help: "Item id or title.") var item: String
        @Option(help: "Person id or name.") var person: String
        @Option(help: "leader, narrator, host, speaker or recorder.") var part: RolePart
        @Option(help: "A speaker's topic.") var topic: String?
        @Option(help: "A speaker's minutes.") var minutes: Int?

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
        static let configuration = CommandConfiguration(
            commandName: "unassign", abstract: "Take a person out of a part of an item.")
        @OptionGroup var plan: PlanOptions
        @OptionGroup var event: EventOption
        @Option(help: "The item's exact id or title.") var item: String
        @Option(help: "The person's exact id or full name.") var person: String
        @Option(help: "Only this part (when the person has several).") var part: RolePart?

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
                    "took \(name) (\(personID)) off \(found.roles[index].part.rawValue) of \(found.title) (\(itemID))"
                )
            }
        }
    }
}
