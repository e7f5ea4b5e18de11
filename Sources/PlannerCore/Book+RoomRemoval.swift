import Phrasebook

extension Book {
    /// The edit that takes room `room` out of venue `venue` and out of every item in it, as one step (undone
    /// together); nil when the venue has no such room. The command line refuses instead (`updateVenue` names the
    /// items); the planner asks first, naming them too (`roomUsers`).
    public func roomRemoval(_ room: String, from venue: String) -> Edit? {
        guard var v = self.venue(venue), let removed = v.room(room) else { return nil }
        v.rooms.removeAll { $0.id == room }
        var edits: [Edit] = []
        for event in events where event.venue == venue {
            for var item in event.items where item.room == room {
                item.room = nil
                edits.append(.updateItem(event: event.id, item: item))
            }
        }
        edits.append(.updateVenue(v))
        return edits.count == 1 ? edits[0] : .batch(edits, label: tr("remove room \(removed.name)"))
    }
}
