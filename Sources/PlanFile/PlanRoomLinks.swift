import Phrasebook
import PlannerCore

/// Ties each agenda item to a room of its event's venue by the room's id, as the file has held it since rooms got
/// ids; and brings a file written before that up to date: its rooms get ids in order, and its items, which named
/// rooms by name, get those ids.
///
/// A file without a plan identity (version 1, or version 2 before identities) is such an older file. There an item
/// in a venue without rooms, which was free text then, becomes a new room of that venue, so nothing is lost. An item
/// whose room the venue does not have is a load error naming the place, the item and the room.
enum PlanRoomLinks {
    static func resolve(_ book: inout Book, path: String) throws {
        let older = book.identity == nil
        var allocator = book.idAllocator(.room)
        for v in book.venues.indices {
            for r in book.venues[v].rooms.indices where book.venues[v].rooms[r].id.isEmpty {
                book.venues[v].rooms[r].id = allocator.next()
            }
        }
        // Whether each venue listed rooms in the file: only an older file's venue without rooms takes new ones.
        let hadRooms = book.venues.map { !$0.rooms.isEmpty }
        let venueIndex = Dictionary(
            book.venues.indices.map { (book.venues[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        for e in book.events.indices {
            let v = book.events[e].venue.flatMap { venueIndex[$0] }
            for j in book.events[e].items.indices {
                let item = book.events[e].items[j]
                guard let room = item.room else { continue }
                if let v, book.venues[v].room(room) != nil { continue }
                if older, let v {
                    if let named = book.venues[v].rooms.first(where: { $0.name == room }) {
                        book.events[e].items[j].room = named.id
                        continue
                    }
                    if !hadRooms[v] {
                        let id = allocator.next()
                        book.venues[v].rooms.append(Room(id: id, name: room))
                        book.events[e].items[j].room = id
                        continue
                    }
                }
                throw PlanFileError.unknownRoom(
                    path: path, location: .verbatim("events[\(e)].items[\(j)].room"),
                    item: item.title, itemID: item.id, room: room, venue: v.map { book.venues[$0].name },
                    rooms: v.map { book.venues[$0].rooms.map { "\($0.name) (\($0.id))" } } ?? [])
            }
        }
    }
}
