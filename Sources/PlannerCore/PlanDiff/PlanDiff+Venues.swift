import Phrasebook

extension PlanDiff {
    /// Venues, each followed by its rooms, under the venues' heading.
    mutating func compareVenues(_ old: [Venue], _ new: [Venue]) {
        let venues = Matched(old, new, key: \.id)
        for venue in venues.added { record(.added, .venue, [venue.id], tr("added venue \(venue.name)"), in: .venues) }
        for (a, b) in venues.kept {
            let ids = [b.id], at = b.name
            field(
                .venue, ids, "name", a.name, b.name, in: .venues, value: .plain(at, tr("name")),
                phrase: tr("venue \(a.name) renamed \(b.name)"))
            field(.venue, ids, "address", a.address, b.address, in: .venues, value: .text(at, tr("address")))
            field(.venue, ids, "capacity", a.capacity, b.capacity, in: .venues, value: .number(at, tr("capacity")))
            field(.venue, ids, "notes", a.notes, b.notes, in: .venues, value: .text(at, tr("notes")))
            compareRooms(a.rooms, b.rooms, of: b)
        }
        for venue in venues.removed {
            record(.removed, .venue, [venue.id], tr("removed venue \(venue.name)"), in: .venues)
        }
    }

    private mutating func compareRooms(_ old: [Room], _ new: [Room], of venue: Venue) {
        let rooms = Matched(old, new, key: \.id)
        for room in rooms.added {
            record(.added, .room, [venue.id, room.id], tr("added room \(room.name) to \(venue.name)"), in: .venues)
        }
        for (a, b) in rooms.kept {
            let ids = [venue.id, b.id]
            field(
                .room, ids, "name", a.name, b.name, in: .venues, value: .plain(b.name, tr("name")),
                phrase: tr("room \(a.name) renamed \(b.name)"))
            field(.room, ids, "capacity", a.capacity, b.capacity, in: .venues, value: .number(b.name, tr("capacity")))
        }
        for room in rooms.removed {
            record(
                .removed, .room, [venue.id, room.id], tr("removed room \(room.name) from \(venue.name)"), in: .venues)
        }
    }
}
