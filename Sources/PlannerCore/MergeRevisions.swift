/// Keeps calendars right after a merge. A merged item's revision (its calendar SEQUENCE) is at least each side's and
/// above each side whose calendar entry for it is not the merged one (`CalendarEntry`: the item, and also its event's
/// title, its venue's and room's names, its part holders' names, which other records hold), so that both sides'
/// calendars take the merged entry; its time of change is that of a side showing the same entry, else the latest.
enum MergeRevisions {
    static func revise(_ book: inout Book, sides: [Book]) {
        // One table of part holders per book, not one scan of the roster per event (200 events × 10,000 people).
        func partHolders(_ b: Book) -> PersonLookup {
            b.people(withIDs: Set(b.events.flatMap { $0.items.flatMap { $0.roles.map(\.person) } }))
        }
        let sideEvents = sides.map { side in
            (
                side, Dictionary(side.events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
                partHolders(side)
            )
        }
        let people = partHolders(book)
        for e in book.events.indices {
            let event = book.events[e]
            let entries = book.calendarEntriesByID(of: event, people: people)
            let held = sideEvents.compactMap { side, events, holders in
                events[event.id].map {
                    (
                        items: Dictionary($0.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
                        entries: side.calendarEntriesByID(of: $0, people: holders)
                    )
                }
            }
            for j in event.items.indices {
                let id = event.items[j].id
                let versions = held.compactMap { side in
                    side.items[id].map { (item: $0, same: side.entries[id] == entries[id]) }
                }
                guard let revision = versions.map({ $0.item.revision + ($0.same ? 0 : 1) }).max() else { continue }
                book.events[e].items[j].revision = revision
                book.events[e].items[j].modified =
                    versions.filter(\.same).max { $0.item.revision < $1.item.revision }?.item.modified
                    ?? versions.compactMap(\.item.modified).max()
            }
        }
    }
}
