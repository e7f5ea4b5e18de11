/// Keeps a merged plan whole: a record that one side deleted while the other came to refer to it (say, theirs
/// assigned a person ours deleted) is brought back from the side that kept it, with a conflict asking whether to
/// keep it. A room reference that cannot be kept (the event moved to another venue) is cleared, with a conflict.
enum MergeReferences {
    static func repair(_ book: inout Book, ours: Book, theirs: Book, conflicts: inout [MergeConflict]) {
        func restored<R>(_ id: String, _ kind: MergeRecordPath.Kind, parent: String? = nil, _ find: (Book) -> R?)
            -> R?
        {
            let fromOurs = find(ours)
            guard let record = fromOurs ?? find(theirs) else { return nil }
            let path = MergeRecordPath(kind, parent: parent, id: id)
            if !conflicts.contains(where: { $0.record == path && $0.field == nil }) {
                conflicts.append(
                    MergeConflict(
                        record: path, field: nil, ours: "", theirs: "",
                        theirRecord: nil, deletedByOurs: fromOurs == nil))
            }
            return record
        }
        var changed = true
        while changed {
            changed = false
            let orgIDs = Set(book.organisations.map(\.id))
            var wantedOrgs = book.people.map(\.org) + book.events.flatMap { $0.orgs.map(\.org) }
            wantedOrgs.removeAll { orgIDs.contains($0) }
            for id in orderedUnique(wantedOrgs) {
                if let org = restored(id, .organisation, { $0.organisation(id) }) {
                    book.organisations.append(org)
                    changed = true
                }
            }
            let personIDs = Set(book.people.map(\.id))
            var wantedPeople = book.events.flatMap { e in
                e.participants.flatMap { [$0.person] + [$0.leave?.approvedBy].compactMap { $0 } }
                    + e.items.flatMap { $0.roles.map(\.person) }
            }
            wantedPeople.removeAll { personIDs.contains($0) }
            for id in orderedUnique(wantedPeople) {
                if let person = restored(id, .person, { $0.person(id) }) {
                    book.people.append(person)
                    changed = true
                }
            }
            let venueIDs = Set(book.venues.map(\.id))
            for id in orderedUnique(book.events.compactMap(\.venue).filter { !venueIDs.contains($0) }) {
                if let venue = restored(id, .venue, { $0.venue(id) }) {
                    book.venues.append(venue)
                    changed = true
                }
            }
            for e in book.events.indices {
                let event = book.events[e]
                let venueIndex = event.venue.flatMap { v in book.venues.firstIndex { $0.id == v } }
                for j in event.items.indices {
                    guard let room = event.items[j].room,
                        venueIndex.map({ book.venues[$0].room(room) == nil }) ?? true
                    else { continue }
                    let venueID = event.venue
                    if let venueIndex,
                        let kept = restored(room, .room, parent: venueID, { $0.venue(venueID ?? "")?.room(room) })
                    {
                        book.venues[venueIndex].rooms.append(kept)
                    } else {
                        book.events[e].items[j].room = nil
                        conflicts.append(
                            MergeConflict(
                                record: MergeRecordPath(.item, parent: event.id, id: event.items[j].id),
                                field: "room", ours: "", theirs: room, theirRecord: .item(event.items[j])))
                    }
                    changed = true
                }
            }
        }
    }

    static func orderedUnique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
