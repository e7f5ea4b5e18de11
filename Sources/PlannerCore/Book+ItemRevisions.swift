import Foundation

extension Book {
    /// Runs `change` (one edit, not a batch), then keeps the agenda items' revisions: an item whose `ItemCalendarEntry`
    /// the edit changed (the item, its event's title, date or zone, the venue's or room's name, a part holder's
    /// name) gets the next revision and `modified = now`; an item `addItem` adds gets `modified = now`; every other
    /// item keeps the revision it had, whatever the edit carried. The one place revisions move, so a calendar's
    /// SEQUENCE grows exactly when an entry changes.
    mutating func revisingItems(
        of edit: Edit, index: inout EditIndex, at now: Date, _ change: (inout Book, inout EditIndex) throws -> Void
    ) throws {
        let scope = revisedEvents(of: edit, index: &index)
        let before = scope.map { (events[$0].items, calendarEntriesByID(of: events[$0])) }
        try change(&self, &index)
        for (e, (items, shown)) in zip(scope, before) {
            let earlier = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let entries = calendarEntriesByID(of: events[e])
            for j in events[e].items.indices {
                let item = events[e].items[j]
                guard let old = earlier[item.id] else {
                    events[e].items[j].revision = 0
                    events[e].items[j].modified = now
                    continue
                }
                let changed = entries[item.id] != shown[item.id]
                events[e].items[j].revision = changed ? old.revision + 1 : old.revision
                events[e].items[j].modified = changed ? now : old.modified
            }
        }
    }

    /// Undo and redo put back an earlier book (`self`) in place of `current`: an item whose calendar entry differs
    /// from the one `current` shows gets a revision above any it had and `modified = now`; every other item keeps
    /// `current`'s revision and time. So SEQUENCE never goes back. An item `current` lacks keeps its own: the
    /// highest it had, with the content it had then. Returns whether any item's revision or time is not the one
    /// `self` held (the book then differs from the one saved with it).
    mutating func reviseItems(replacing current: Book, at now: Date) -> Bool {
        var moved = false
        let shown = Dictionary(current.events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for e in events.indices {
            guard let later = shown[events[e].id] else { continue }
            let laterItems = Dictionary(later.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let laterEntries = current.calendarEntriesByID(of: later), entries = calendarEntriesByID(of: events[e])
            for j in events[e].items.indices {
                let item = events[e].items[j]
                guard let seen = laterItems[item.id] else { continue }
                let changed = entries[item.id] != laterEntries[item.id]
                events[e].items[j].revision = changed ? max(item.revision, seen.revision) + 1 : seen.revision
                events[e].items[j].modified = changed ? now : seen.modified
                moved =
                    moved || events[e].items[j].revision != item.revision
                    || events[e].items[j].modified != item.modified
            }
        }
        return moved
    }

    /// The positions of the events whose items `edit` may change. An added event's items keep what they carry (a
    /// template's or a copied event's), as `addEvent` adds them whole.
    private func revisedEvents(of edit: Edit, index: inout EditIndex) -> [Int] {
        switch edit {
        case .addItem(let event, _), .updateItem(let event, _), .moveItem(let event, _, _, _), .assign(let event, _, _),
            .updateRole(let event, _, _, _), .unassign(let event, _, _), .removeParticipant(let event, _),
            .updateEvent(let event, _):
            return index.eventIndex(event, in: self).map { [$0] } ?? []
        case .removePerson: return Array(events.indices)
        case .updatePerson(let person):
            return events.indices.filter { e in
                events[e].items.contains { $0.roles.contains { $0.person == person.id } }
            }
        case .updateVenue(let venue): return events.indices.filter { events[$0].venue == venue.id }
        case .addOrganisation, .updateOrganisation, .removeOrganisation, .addPerson, .addVenue, .removeVenue, .addEvent,
            .removeEvent, .invite, .uninvite, .setQuota, .addParticipant,
            .setRSVP,
            .setCapacity, .setLeave, .setAttendance, .removeItem, .settleConflict, .batch:
            return []
        }
    }
}

extension AgendaItem {
    /// Equal but for `revision` and `modified`.
    func hasSameContent(as other: AgendaItem) -> Bool {
        var other = other
        other.revision = revision
        other.modified = modified
        return self == other
    }
}
