import Phrasebook

/// Three-way merge of two copies of one plan, record by record (keyed by id) and field by field. Changes to
/// different fields combine; one field changed differently on both sides keeps our value and records a
/// `MergeConflict` in the result, as does a record deleted on one side and changed on the other.
public struct PlanMerge {
    /// Why two plans cannot be merged at all.
    public enum Refusal: Error, Hashable, Sendable {
        /// The plans have different identities: they are not copies of one plan.
        case differentPlans(ours: String, theirs: String)

        public var message: Phrase {
            switch self {
            case .differentPlans(let ours, let theirs):
                return tr(
                    "these are two different plans (identity \(ours) and \(theirs)), not copies of one plan; merge only copies of one plan file"
                )
            }
        }
    }

    var conflicts: [MergeConflict] = []

    /// `ours` and `theirs` merged against their common ancestor `base`. When one side has nothing new, the result is
    /// the other side unchanged.
    public static func merge(base: Book, ours: Book, theirs: Book) throws(Refusal) -> Book {
        if let a = ours.identity, let b = theirs.identity, a != b { throw .differentPlans(ours: a, theirs: b) }
        if theirs == base { return ours }
        if ours == base {
            var result = theirs
            result.copyTag = ours.copyTag
            return result
        }
        let renumbered = MergeRenumbering.renumber(theirs, against: ours, base: base)
        var merge = PlanMerge()
        var result = merge.books(base: base, ours: ours, theirs: renumbered)
        MergeReferences.repair(&result, ours: ours, theirs: renumbered, conflicts: &merge.conflicts)
        MergeKeptRecords.restore(&result, ours: ours, theirs: renumbered, conflicts: merge.conflicts)
        MergeRevisions.revise(&result, sides: [ours, renumbered])
        var all = ours.conflicts
        for c in theirs.conflicts + merge.conflicts where !all.contains(c) { all.append(c) }
        result.conflicts = all
        return result
    }

    mutating func books(base: Book, ours: Book, theirs: Book) -> Book {
        var result = ours
        result.identity = ours.identity ?? theirs.identity
        result.issued.raise(to: theirs.issued)
        result.organisations = records(
            base.organisations, ours.organisations, theirs.organisations, key: \.id, kind: .organisation,
            wrap: MergeRecordValue.organisation
        ) {
            $0.fields(
                $1, $2, $3, MergeFields.organisation, MergeRecordPath(.organisation, id: $2.id),
                MergeRecordValue.organisation)
        }
        result.people = records(
            base.people, ours.people, theirs.people, key: \.id, kind: .person, wrap: MergeRecordValue.person
        ) { $0.fields($1, $2, $3, MergeFields.person, MergeRecordPath(.person, id: $2.id), MergeRecordValue.person) }
        result.venues = records(
            base.venues, ours.venues, theirs.venues, key: \.id, kind: .venue, wrap: MergeRecordValue.venue
        ) { $0.venue($1, $2, $3) }
        result.events = records(
            base.events, ours.events, theirs.events, key: \.id, kind: .event, wrap: MergeRecordValue.event
        ) { $0.event($1, $2, $3) }
        return result
    }

    mutating func venue(_ base: Venue?, _ ours: Venue, _ theirs: Venue) -> Venue {
        var merged = fields(
            base, ours, theirs, MergeFields.venue, MergeRecordPath(.venue, id: ours.id), MergeRecordValue.venue)
        merged.rooms = records(
            base?.rooms ?? [], ours.rooms, theirs.rooms, key: \.id, kind: .room, parent: ours.id,
            wrap: MergeRecordValue.room
        ) {
            $0.fields(
                $1, $2, $3, MergeFields.room, MergeRecordPath(.room, parent: ours.id, id: $2.id), MergeRecordValue.room)
        }
        return merged
    }

    mutating func event(_ base: Event?, _ ours: Event, _ theirs: Event) -> Event {
        let id = ours.id
        var merged = fields(
            base, ours, theirs, MergeFields.event, MergeRecordPath(.event, id: id), MergeRecordValue.event)
        merged.orgs = records(
            base?.orgs ?? [], ours.orgs, theirs.orgs, key: \.org, kind: .eventOrganisation, parent: id,
            wrap: MergeRecordValue.eventOrganisation
        ) {
            $0.fields(
                $1, $2, $3, MergeFields.eventOrganisation, MergeRecordPath(.eventOrganisation, parent: id, id: $2.org),
                MergeRecordValue.eventOrganisation)
        }
        merged.participants = records(
            base?.participants ?? [], ours.participants, theirs.participants, key: \.person, kind: .participant,
            parent: id, wrap: MergeRecordValue.participant
        ) {
            $0.fields(
                $1, $2, $3, MergeFields.participant, MergeRecordPath(.participant, parent: id, id: $2.person),
                MergeRecordValue.participant)
        }
        merged.items = records(
            base?.items ?? [], ours.items, theirs.items, key: \.id, kind: .item, parent: id,
            wrap: MergeRecordValue.item
        ) {
            $0.fields(
                $1, $2, $3, MergeFields.item, MergeRecordPath(.item, parent: id, id: $2.id), MergeRecordValue.item)
        }
        merged.sortItems()
        return merged
    }

    /// One record merged field by field against its base (nil when both sides added it).
    ///
    /// Fields that each side's record allows may not go together (ours declined, theirs signed the person in; ours
    /// moved the start, theirs the end before it): when the merged record fails `MergeInvariants.holds`, it is ours
    /// whole, and each field theirs changed is a conflict, so the plan stays whole and nothing of theirs is lost.
    mutating func fields<Record: Equatable>(
        _ base: Record?, _ ours: Record, _ theirs: Record, _ table: [MergeField<Record>], _ path: MergeRecordPath,
        _ wrap: (Record) -> MergeRecordValue
    ) -> Record {
        if ours == theirs { return ours }
        var merged = ours
        var taken: [MergeField<Record>] = []
        for field in table where !field.same(ours, theirs) {
            if let base, field.same(base, ours) {
                field.take(&merged, theirs)
                taken.append(field)
            } else if base.map({ !field.same($0, theirs) }) ?? true {
                conflict(field, ours, theirs, path, wrap)
            }
        }
        guard !taken.isEmpty, !MergeInvariants.holds(merged) else { return merged }
        for field in taken { conflict(field, ours, theirs, path, wrap) }
        return ours
    }

    private mutating func conflict<Record>(
        _ field: MergeField<Record>, _ ours: Record, _ theirs: Record, _ path: MergeRecordPath,
        _ wrap: (Record) -> MergeRecordValue
    ) {
        conflicts.append(
            MergeConflict(
                record: path, field: field.name, ours: field.show(ours), theirs: field.show(theirs),
                theirRecord: wrap(theirs)))
    }

    /// Lists of records keyed by `key`, in our order with their additions placed after their predecessor.
    mutating func records<Record: Equatable>(
        _ base: [Record], _ ours: [Record], _ theirs: [Record], key: KeyPath<Record, String>,
        kind: MergeRecordPath.Kind, parent: String? = nil, wrap: (Record) -> MergeRecordValue,
        both: (inout PlanMerge, Record?, Record, Record) -> Record
    ) -> [Record] {
        if ours == theirs { return ours }
        let baseByKey = Dictionary(base.map { ($0[keyPath: key], $0) }, uniquingKeysWith: { a, _ in a })
        let theirsByKey = Dictionary(theirs.map { ($0[keyPath: key], $0) }, uniquingKeysWith: { a, _ in a })
        var oursKeys = Set<String>(minimumCapacity: ours.count)
        var kept: [Record] = []
        kept.reserveCapacity(ours.count)
        for o in ours {
            let k = o[keyPath: key]
            oursKeys.insert(k)
            let b = baseByKey[k]
            if let t = theirsByKey[k] {
                kept.append(both(&self, b, o, t))
            } else if let b {
                if o == b { continue }
                conflicts.append(
                    MergeConflict(
                        record: MergeRecordPath(kind, parent: parent, id: k), field: nil, ours: "", theirs: "",
                        theirRecord: nil))
                kept.append(o)
            } else {
                kept.append(o)
            }
        }
        // Their additions, grouped under the last record before them that the result already holds.
        var after: [String: [Record]] = [:]
        var atStart: [Record] = []
        var anchor: String?
        for t in theirs {
            let k = t[keyPath: key]
            if oursKeys.contains(k) {
                anchor = k
                continue
            }
            if let b = baseByKey[k] {
                if t == b { continue }
                conflicts.append(
                    MergeConflict(
                        record: MergeRecordPath(kind, parent: parent, id: k), field: nil, ours: "", theirs: "",
                        theirRecord: wrap(t), deletedByOurs: true))
            }
            if let anchor { after[anchor, default: []].append(t) } else { atStart.append(t) }
        }
        if atStart.isEmpty && after.isEmpty { return kept }
        var result = atStart
        result.reserveCapacity(kept.count + after.values.reduce(0) { $0 + $1.count })
        for r in kept {
            result.append(r)
            if let added = after[r[keyPath: key]] { result += added }
        }
        return result
    }
}
