import Phrasebook

/// What the contact of a shared copy may change, the one home of that rule: between two versions of the copy (`base`
/// and `reply`), the changes to the organisation's own record, roster and participant rows are in scope; every other
/// change is out of it. `ShareReply` merges `accepted` (the out-of-scope changes undone) and lists `refusals`; an edit
/// made in the shared copy itself is refused when it has any (`Book.shareRefusal(after:)`).
struct ShareScope {
    /// `reply` with every change out of scope undone and without its share record.
    let accepted: Book
    /// The changes out of scope, in the order of the plan's lists.
    let refusals: [ShareRefusal]

    init(base: Book, reply: Book, org: String) {
        let walk = Walk(base: base, reply: reply, org: org)
        accepted = walk.accepted()
        refusals = walk.refusals
    }

    /// The work of the split: a class, as the walks call back into it while they run.
    private final class Walk {
        let base: Book
        let reply: Book
        let org: String
        let sharedWith: String
        var refusals: [ShareRefusal] = []

        init(base: Book, reply: Book, org: String) {
            self.base = base
            self.reply = reply
            self.org = org
            sharedWith = (base.organisation(org) ?? reply.organisation(org))?.displayName ?? org
        }

        func accepted() -> Book {
            var result = reply
            result.share = nil
            result.conflicts = base.conflicts
            result.organisations = organisations()
            result.people = people()
            result.venues = venues()
            result.events = events(people: result.people)
            return result
        }

        func refuse(_ change: ShareRefusal.Change, _ thing: ShareRefusal.Thing) {
            refusals.append(ShareRefusal(change, thing, sharedWith: sharedWith))
        }

        func orgName(_ id: String) -> String {
            (base.organisation(id) ?? reply.organisation(id))?.displayName ?? id
        }

        /// The organisation's own record as they left it (unless they removed it); the others as shared.
        func organisations() -> [Organisation] {
            walk(base.organisations, reply.organisations, key: \.id, inScope: { $0 == org }) { change, b, t in
                let fields = changedFields(MergeFields.organisation, b, t)
                refuse(change, .organisation(name: (b ?? t)?.displayName ?? "", fields: fields))
                return b
            }
        }

        /// Their own people as they left them; anyone else (or anyone moved into or out of the organisation) as
        /// shared.
        func people() -> [Person] {
            let baseOrg = Dictionary(base.people.map { ($0.id, $0.org) }, uniquingKeysWith: { a, _ in a })
            let replyOrg = Dictionary(reply.people.map { ($0.id, $0.org) }, uniquingKeysWith: { a, _ in a })
            return walk(
                base.people, reply.people, key: \.id,
                inScope: { (baseOrg[$0] ?? org) == org && (replyOrg[$0] ?? org) == org }
            ) { change, b, t in
                let person = b ?? t
                let fields = changedFields(MergeFields.person, b, t)
                refuse(change, .person(name: person?.name ?? "", org: orgName(person?.org ?? ""), fields: fields))
                return b
            }
        }

        func venues() -> [Venue] {
            walk(base.venues, reply.venues, key: \.id, inScope: { _ in false }) { change, b, t in
                refuse(change, .venue(name: (b ?? t)?.name ?? ""))
                return b
            }
        }

        /// The shared event as shared but for the organisation's participant rows; no other event.
        func events(people: [Person]) -> [Event] {
            let ownPeople = Set((base.people + people).filter { $0.org == org }.map(\.id))
            let names = PersonLookup(base.people + reply.people)
            return walk(base.events, reply.events, key: \.id, inScope: { _ in false }) { change, b, t -> Event? in
                guard let b, let t else {
                    refuse(change, .event(title: (b ?? t)?.title ?? "", fields: []))
                    return b
                }
                var merged = b
                let fields = changedFields(MergeFields.event, b, t)
                if !fields.isEmpty { refuse(.changed, .event(title: b.title, fields: fields)) }
                if b.orgs != t.orgs { refuse(.changed, .eventOrganisations(event: b.title)) }
                merged.items = walk(b.items, t.items, key: \.id, inScope: { _ in false }) { change, bi, ti in
                    // Renaming the event moves every item's revision: an item the reply did not change is not refused.
                    if let bi, let ti, bi.hasSameContent(as: ti) { return bi }
                    let fields = changedFields(MergeFields.item, bi, ti)
                    refuse(change, .item(title: (bi ?? ti)?.title ?? "", fields: fields))
                    return bi
                }
                merged.participants = walk(
                    b.participants, t.participants, key: \.person, inScope: { ownPeople.contains($0) }
                ) { change, bp, tp in
                    let id = (bp ?? tp)?.person ?? ""
                    let person = names[id]
                    let fields = changedFields(MergeFields.participant, bp, tp)
                    refuse(
                        change,
                        .participant(name: person?.name ?? id, org: orgName(person?.org ?? ""), fields: fields))
                    return bp
                }
                return merged
            }
        }

        /// The names of the fields that differ between two versions of a record (none when one is missing).
        func changedFields<Record>(_ table: [MergeField<Record>], _ a: Record?, _ b: Record?) -> [String] {
            guard let a, let b else { return [] }
            return table.filter { !$0.same(a, b) }.map(\.name)
        }

        /// The reply's list with the records out of scope put back as shared: each one the reply added, changed or
        /// removed out of scope goes to `refused` with its base and reply versions, which returns the record to keep
        /// in its place (the base's, a mix of both for an event, nil for one the reply added).
        func walk<Record: Equatable>(
            _ base: [Record], _ reply: [Record], key: KeyPath<Record, String>, inScope: (String) -> Bool,
            refused: (ShareRefusal.Change, Record?, Record?) -> Record?
        ) -> [Record] {
            let baseByKey = Dictionary(base.map { ($0[keyPath: key], $0) }, uniquingKeysWith: { a, _ in a })
            let replyKeys = Set(reply.map { $0[keyPath: key] })
            var result: [Record] = []
            for record in reply {
                let id = record[keyPath: key]
                let before = baseByKey[id]
                if inScope(id) || before == record {
                    result.append(record)
                } else if let kept = refused(before == nil ? .added : .changed, before, record) {
                    result.append(kept)
                }
            }
            for record in base where !replyKeys.contains(record[keyPath: key]) && !inScope(record[keyPath: key]) {
                if let kept = refused(.removed, record, nil) { result.append(kept) }
            }
            return result
        }
    }
}
