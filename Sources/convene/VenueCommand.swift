import ArgumentParser
import Phrasebook
import PlannerCore

/// A room given on the command line as `NAME` or `NAME:CAPACITY`.
struct RoomArgument: ExpressibleByArgument {
    let name: String
    let capacity: Int?
    init?(argument: String) {
        if let colon = argument.lastIndex(of: ":"), let cap = Int(argument[argument.index(after: colon)...]) {
            name = String(argument[..<colon]).trimmed
            capacity = cap
        } else {
            name = argument.trimmed
            capacity = nil
        }
    }

    /// The rooms of a venue as `--room` lists them: a room of `venue` (if any) with the same name keeps its id, so the
    /// items in it stay there; any other gets a new id.
    static func rooms(_ arguments: [RoomArgument], replacing venue: Venue?, in book: Book) -> [Room] {
        var allocator = book.idAllocator(.room)
        return arguments.map { argument in
            let id = venue?.rooms.first { $0.name == argument.name }?.id ?? allocator.next()
            return Room(id: id, name: argument.name, capacity: argument.capacity)
        }
    }
}

struct VenueCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "venue", abstract: tr("Add, edit, remove venues.").cli,
            subcommands: [Add.self, Edit.self, Remove.self, VenueRoomCommand.self])
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "add", abstract: tr("Add a venue; prints its id.").cli)
        }
        @OptionGroup var plan: PlanOptions
        @Option(help: ArgumentHelp(tr("The venue's name.").cli)) var name: String
        @Option(help: ArgumentHelp(tr("Its address.").cli)) var address: String?
        @Option(help: ArgumentHelp(tr("How many people it seats.").cli)) var capacity: Int?
        @Option(help: ArgumentHelp(tr("A room as NAME or NAME:CAPACITY; repeat for more rooms.").cli)) var room:
            [RoomArgument] = []
        @Option(help: ArgumentHelp(tr("Notes on the venue.").cli)) var notes: String?

        func run() throws {
            let id: String = try plan.edit { book in
                let id = book.newID(.venue)
                return (
                    .addVenue(
                        Venue(
                            id: id, name: name.trimmed, address: address?.trimmedOrNil, capacity: capacity,
                            rooms: RoomArgument.rooms(room, replacing: nil, in: book), notes: notes?.trimmedOrNil)),
                    id
                )
            }
            Console.out(id)
        }
    }

    struct Edit: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "edit", abstract: tr("Change a venue; --room replaces the list of rooms.").cli)
        }
        @OptionGroup var plan: PlanOptions
        @Option(help: ArgumentHelp(tr("Venue id or name.").cli), completion: .venues) var venue: String
        @Option(help: ArgumentHelp(tr("The venue's name.").cli)) var name: String?
        @Option(help: ArgumentHelp(tr("Its address.").cli)) var address: String?
        @Option(help: ArgumentHelp(tr("How many people it seats.").cli)) var capacity: Int?
        @Option(help: ArgumentHelp(tr("A room as NAME or NAME:CAPACITY; repeat for more rooms.").cli)) var room:
            [RoomArgument] = []
        @Option(help: ArgumentHelp(tr("Notes on the venue.").cli)) var notes: String?

        func run() throws {
            try plan.edit { book in
                var v = try book.requireVenue(try Resolver(book: book).venue(venue))
                if let name { v.name = name.trimmed }
                if let address { v.address = address.trimmedOrNil }
                if let capacity { v.capacity = capacity }
                if !room.isEmpty { v.rooms = RoomArgument.rooms(room, replacing: v, in: book) }
                if let notes { v.notes = notes.trimmedOrNil }
                return (PlannerCore.Edit.updateVenue(v), ())
            }
        }
    }

    struct Remove: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "remove", abstract: tr("Remove a venue no event uses.").cli)
        }
        @OptionGroup var plan: PlanOptions
        @Option(help: ArgumentHelp(tr("The venue's exact id or full name.").cli), completion: .venues) var venue: String

        func run() throws {
            try plan.remove { book in
                let v = try book.requireVenue(try Resolver(book: book, matching: .exact).venue(venue))
                return (.removeVenue(id: v.id), tr("removed venue \(v.name) (\(v.id))"))
            }
        }
    }
}
