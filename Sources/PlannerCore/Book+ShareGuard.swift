import Phrasebook

extension Book {
    /// In a shared copy (`share` set), why the edit that turned this book into `after` is refused, or nil when it
    /// changes only what the copy's reply may bring in (`ShareScope`, the rule `ShareReply` merges by): the contact
    /// learns it as they make the edit, not at the host's merge. Nil for a plan of one's own.
    func shareRefusal(after: Book) -> Phrase? {
        guard let share else { return nil }
        let scope = ShareScope(base: self, reply: after, org: share.org)
        guard let refusal = scope.refusals.first else { return nil }
        return removedPartHolder(after: after, org: share.org) ?? refusal.editMessage
    }

    /// When the edit took one of the organisation's own people who holds a part in the agenda off the roster or off
    /// the event (which drops their parts, so changes the item, which only the host may): which part, what to ask.
    private func removedPartHolder(after: Book, org: String) -> Phrase? {
        for event in events {
            guard let later = after.event(event.id) else { continue }
            for item in event.items {
                for role in item.roles {
                    guard let holder = person(role.person), holder.org == org else { continue }
                    let gone =
                        after.person(holder.id) == nil
                        || (event.participant(holder.id) != nil && later.participant(holder.id) == nil)
                    guard gone else { continue }
                    return tr(
                        "“\(holder.name)” is \(role.part.phrase) of agenda item “\(item.title)”, which only the organisers can change; ask them to give the part to someone else first, then remove them"
                    )
                }
            }
        }
        return nil
    }
}
