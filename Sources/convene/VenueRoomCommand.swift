import ArgumentParser
import Phrasebook
import PlannerCore

/// `convene venue room add|edit|remove`: one room of a venue at a time. Items hold a room by its id, so a rename
/// shows everywhere; a room that items use is not removed (the refusal names them).
struct VenueRoomCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "room", abstract: tr("Add, rename or remove one room of a venue.").cli,
            subcommands: [Add.self, Edit.self, Remove.self])
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "add", abstract: tr("Add a room to a venue; prints its id.").cli)
        }
        @OptionGroup var plan: PlanOptions
        @Option(help: ArgumentHelp(tr("Venue id or name.").cli), completion: .venues) var venue: String
        @Option(help: ArgumentHelp(tr("The new room's name.").cli)) var room: String
        @Option(help: ArgumentHelp(tr("How many people the room seats.").cli)) var capacity: Int?

        func run() throws {
            let id: String = try plan.edit { book in
                var v = try book.requireVenue(try Resolver(book: book).venue(venue))
                let id = book.newID(.room)
                v.rooms.append(Room(id: id, name: room.trimmed, capacity: capacity))
                return (.updateVenue(v), id)
            }
            Console.out(id)
        }
    }

    struct Edit: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "edit", abstract: tr("Rename a room or change its capacity; its items follow.").cli)
        }
        @OptionGroup var plan: PlanOptions
        @Option(help: ArgumentHelp(tr("Venue id or name.").cli), completion: .venues) var venue: String
        @Option(help: ArgumentHelp(tr("Room id or name.").cli)) var room: String
        @Option(help: ArgumentHelp(tr("The room's new name.").cli)) var name: String?
        @Option(help: ArgumentHelp(tr("How many people the room seats.").cli)) var capacity: Int?

        func run() throws {
            try plan.edit { book in
                var v = try book.requireVenue(try Resolver(book: book).venue(venue))
                let id = try Resolver(book: book).room(room, in: v)
                for i in v.rooms.indices where v.rooms[i].id == id {
                    if let name { v.rooms[i].name = name.trimmed }
                    if let capacity { v.rooms[i].capacity = capacity }
                }
                return (PlannerCore.Edit.updateVenue(v), ())
            }
        }
    }

    struct Remove: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "remove", abstract: tr("Remove a room no item uses (the refusal names those that do).").cli
            )
        }
        @OptionGroup var plan: PlanOptions
        @Option(help: ArgumentHelp(tr("Venue id or name.").cli), completion: .venues) var venue: String
        @Option(help: ArgumentHelp(tr("The room's exact id or full name.").cli)) var room: String

        func run() throws {
            try plan.remove { book in
                var v = try book.requireVenue(try Resolver(book: book).venue(venue))
                let id = try Resolver(book: book, matching: .exact).room(room, in: v)
                let name = v.room(id)?.name ?? id
                v.rooms.removeAll { $0.id == id }
                return (.updateVenue(v), tr("removed room \(name) (\(id))"))
            }
        }
    }
}
