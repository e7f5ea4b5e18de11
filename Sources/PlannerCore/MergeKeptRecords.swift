/// A person (or a participant) deleted on one side and changed on the other is kept, with a conflict; the side that
/// deleted them also took them off the lists that name them — the events' participants, the items' parts — and those
/// removals, having no conflict of their own, merged. Until the conflict is resolved the person stays whole: their
/// rows and parts come back from the side that kept them, so keeping them loses nothing, and deleting them (the
/// resolution) removes all of it again.
enum MergeKeptRecords {
    static func restore(_ book: inout Book, ours: Book, theirs: Book, conflicts: [MergeConflict]) {
        for conflict in conflicts where conflict.field == nil {
            let keeper = conflict.deletedByOurs ? theirs : ours
            let id = conflict.record.id
            switch conflict.record.kind {
            case .person:
                guard book.person(id) != nil else { continue }
                for e in book.events.indices {
                    guard let kept = keeper.event(book.events[e].id) else { continue }
                    if book.events[e].participant(id) == nil, let row = kept.participant(id) {
                        book.events[e].participants.append(row)
                    }
                    restoreParts(of: id, in: &book.events[e], from: kept)
                }
            case .participant:
                guard let parent = conflict.record.parent, let e = book.events.firstIndex(where: { $0.id == parent }),
                    book.events[e].participant(id) != nil, let kept = keeper.event(parent)
                else { continue }
                restoreParts(of: id, in: &book.events[e], from: kept)
            default:
                continue
            }
        }
    }

    /// Puts back `person`'s parts in the items where the merge holds the kept side's parts without theirs, and
    /// nothing else changed.
    private static func restoreParts(of person: String, in event: inout Event, from kept: Event) {
        for j in event.items.indices {
            guard let item = kept.items.first(where: { $0.id == event.items[j].id }),
                item.roles.contains(where: { $0.person == person }),
                !event.items[j].roles.contains(where: { $0.person == person }),
                event.items[j].roles == item.roles.filter({ $0.person != person })
            else { continue }
            event.items[j].roles = item.roles
        }
    }
}
