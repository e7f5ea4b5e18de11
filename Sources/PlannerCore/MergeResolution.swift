import Phrasebook

/// The side of a merge whose version a conflict is resolved to.
public enum MergeSide: String, CaseIterable, Hashable, Sendable {
    /// Our copy's version: what the merged plan holds, but for a record we deleted (the plan keeps their change).
    case ours
    /// Their copy's version.
    case theirs
}

extension Book {
    /// The edit that resolves `conflict` to `side`'s version, as one undoable step: the ordinary edits that set the
    /// field to their value (or delete the record the side deleted), then `settleConflict`. A field conflict kept
    /// as ours, or a deleted-versus-changed conflict kept as changed, is only settled: the plan holds that already.
    public func resolution(of conflict: MergeConflict, taking side: MergeSide) throws -> Edit {
        guard conflicts.contains(conflict) else {
            throw PlanError.refused(tr("this merge conflict is already resolved"))
        }
        let settle = Edit.settleConflict(conflict)
        let changes: [Edit]
        if conflict.field == nil {
            changes = (side == .ours) == conflict.deletedByOurs ? removal(of: conflict.record) : []
        } else {
            changes = side == .theirs ? try takingTheirs(conflict) : []
        }
        guard !changes.isEmpty else { return settle }
        return .batch(changes + [settle], label: side == .ours ? tr("keep our version") : tr("take their version"))
    }

    /// The edits that delete the record at `path`, none when it is gone already.
    private func removal(of path: MergeRecordPath) -> [Edit] {
        let parent = path.parent ?? ""
        switch path.kind {
        case .organisation: return organisation(path.id) == nil ? [] : [.removeOrganisation(id: path.id)]
        case .person: return person(path.id) == nil ? [] : [.removePerson(id: path.id)]
        case .venue: return venue(path.id) == nil ? [] : [.removeVenue(id: path.id)]
        case .room: return roomRemoval(path.id, from: parent).map { [$0] } ?? []
        case .event: return event(path.id) == nil ? [] : [.removeEvent(id: path.id)]
        case .eventOrganisation:
            return event(parent)?.orgs.contains { $0.org == path.id } == true
                ? [.uninvite(event: parent, org: path.id)] : []
        case .participant:
            return event(parent)?.participant(path.id) == nil
                ? [] : [.removeParticipant(event: parent, person: path.id)]
        case .item:
            return event(parent)?.items.contains { $0.id == path.id } == true
                ? [.removeItem(event: parent, item: path.id)] : []
        }
    }

    /// The edits that set the conflict's field of the record to their value.
    private func takingTheirs(_ conflict: MergeConflict) throws -> [Edit] {
        let path = conflict.record, parent = path.parent ?? ""
        let field = conflict.field ?? ""
        let gone = PlanError.refused(
            tr(
                "\(mergeRecordName(path, theirs: conflict.theirRecord)) is no longer in the plan; keep ours to close the conflict"
            ))
        func taking<R>(_ table: [MergeField<R>], _ mine: R?, _ theirs: R) throws -> R {
            guard var record = mine else { throw gone }
            table.first { $0.name == field }?.take(&record, theirs)
            return record
        }
        switch conflict.theirRecord {
        case .organisation(let their)?:
            return [.updateOrganisation(try taking(MergeFields.organisation, organisation(path.id), their))]
        case .person(let their)?:
            return [.updatePerson(try taking(MergeFields.person, person(path.id), their))]
        case .venue(let their)?:
            return [.updateVenue(try taking(MergeFields.venue, venue(path.id), their))]
        case .room(let their)?:
            guard var v = venue(parent), let i = v.rooms.firstIndex(where: { $0.id == path.id }) else { throw gone }
            v.rooms[i] = try taking(MergeFields.room, v.rooms[i], their)
            return [.updateVenue(v)]
        case .event(let their)?:
            let taken = try taking(MergeFields.event, event(path.id), their)
            return [.updateEvent(id: path.id, details: EventDetails(of: taken))]
        case .eventOrganisation(let their)?:
            let taken = try taking(
                MergeFields.eventOrganisation, event(parent)?.orgs.first { $0.org == path.id }, their)
            return field == "quota"
                ? [.setQuota(event: parent, org: path.id, quota: taken.quota)]
                : [.invite(event: parent, org: path.id, part: taken.part)]
        case .participant(let their)?:
            let taken = try taking(MergeFields.participant, event(parent)?.participant(path.id), their)
            switch field {
            case "rsvp": return [.setRSVP(event: parent, person: path.id, rsvp: taken.rsvp)]
            case "capacity": return [.setCapacity(event: parent, person: path.id, capacity: taken.capacity)]
            case "leave": return [.setLeave(event: parent, person: path.id, leave: taken.leave)]
            default: return [.setAttendance(event: parent, person: path.id, attendance: taken.attendance)]
            }
        case .item(let their)?:
            let taken = try taking(MergeFields.item, event(parent)?.items.first { $0.id == path.id }, their)
            return [.updateItem(event: parent, item: taken)]
        case nil:
            throw gone
        }
    }

    /// The record a conflict is about, by the name a user knows it by ("王芳 (p5)", "议程“党建座谈会”"); their
    /// version's name when the plan no longer holds it, else its id.
    public func mergeRecordName(_ path: MergeRecordPath, theirs: MergeRecordValue?) -> Phrase {
        let parent = path.parent ?? ""
        let id = path.id
        switch path.kind {
        case .organisation:
            let name = organisation(id)?.name ?? { if case .organisation(let o)? = theirs { o.name } else { id } }()
            return tr("organisation \(name) (\(id))")
        case .person:
            let name = person(id)?.name ?? { if case .person(let p)? = theirs { p.name } else { id } }()
            return tr("person \(name) (\(id))")
        case .venue:
            let name = venue(id)?.name ?? { if case .venue(let v)? = theirs { v.name } else { id } }()
            return tr("venue \(name) (\(id))")
        case .room:
            let name = venue(parent)?.room(id)?.name ?? { if case .room(let r)? = theirs { r.name } else { id } }()
            return tr("room \(name) (\(id))")
        case .event:
            let title = event(id)?.title ?? { if case .event(let e)? = theirs { e.title } else { id } }()
            return tr("event '\(title)' (\(id))")
        case .eventOrganisation:
            return tr("the invitation of \(organisation(id)?.name ?? id) to \(event(parent)?.title ?? parent)")
        case .participant:
            return tr("participant \(person(id)?.name ?? id) (\(parent) \(id))")
        case .item:
            let title =
                event(parent)?.items.first { $0.id == id }?.title
                ?? { if case .item(let i)? = theirs { i.title } else { id } }()
            return tr("item '\(title)' (\(parent) \(id))")
        }
    }

    /// What a conflict is, in a sentence: "item '党建座谈会' (e1 i3), title: ours “…”, theirs “…”".
    public func mergeConflictText(_ conflict: MergeConflict) -> Phrase {
        let record = mergeRecordName(conflict.record, theirs: conflict.theirRecord)
        guard let field = conflict.field else {
            return conflict.deletedByOurs
                ? tr("\(record): deleted in our copy and changed in theirs; their changed record is kept")
                : tr("\(record): changed in our copy and deleted in theirs; our changed record is kept")
        }
        let label = MergeFields.label(conflict.record.kind, field)
        let (ours, theirs) = mergeValues(conflict)
        return tr("\(record), \(label): ours “\(ours)”, theirs “\(theirs)”")
    }

    /// What resolving `conflict` to `side` did, said from this book (the one before the resolution): "took theirs:
    /// the title of item '党建座谈会' (e1 i3)", "deleted person 钱多多 (p20), as theirs had".
    public func mergeResolutionText(_ conflict: MergeConflict, taking side: MergeSide) -> Phrase {
        let record = mergeRecordName(conflict.record, theirs: conflict.theirRecord)
        guard let field = conflict.field else {
            let deletes = (side == .ours) == conflict.deletedByOurs
            switch (deletes, side) {
            case (true, .ours): return tr("deleted \(record), as ours had")
            case (true, .theirs): return tr("deleted \(record), as theirs had")
            case (false, .ours): return tr("kept \(record), as ours changed it")
            case (false, .theirs): return tr("kept \(record), as theirs changed it")
            }
        }
        let subject = tr("the \(MergeFields.label(conflict.record.kind, field)) of \(record)")
        return side == .ours ? tr("kept ours: \(subject)") : tr("took theirs: \(subject)")
    }
}
