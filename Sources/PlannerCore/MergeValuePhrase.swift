import Phrasebook

/// A conflict's values as a reader says them, in their language: a reply as 已确认, a part as 主持人 陈思远, an
/// organisation, a venue or a room by its name, a length in minutes; the file's own words (`MergeValueText`) are
/// what the plan file keeps.
extension Book {
    /// Our and their value of the conflict's field, said; nil when the plan no longer holds the record (the words
    /// the conflict kept are said instead).
    func mergeValues(_ conflict: MergeConflict) -> (ours: Phrase, theirs: Phrase) {
        let kept = (ours: Phrase.verbatim(conflict.ours), theirs: Phrase.verbatim(conflict.theirs))
        guard let field = conflict.field, let their = conflict.theirRecord else { return kept }
        let path = conflict.record, parent = path.parent ?? ""
        let kind = path.kind
        func said<R>(_ table: [MergeField<R>], _ mine: R?, _ theirs: R) -> (ours: Phrase, theirs: Phrase) {
            guard let f = table.first(where: { $0.name == field }) else { return kept }
            return (
                mine.map { mergeValuePhrase(f.value($0), kind, field, parent) } ?? kept.ours,
                mergeValuePhrase(f.value(theirs), kind, field, parent)
            )
        }
        switch their {
        case .organisation(let t): return said(MergeFields.organisation, organisation(path.id), t)
        case .person(let t): return said(MergeFields.person, person(path.id), t)
        case .venue(let t): return said(MergeFields.venue, venue(path.id), t)
        case .room(let t): return said(MergeFields.room, venue(parent)?.room(path.id), t)
        case .event(let t): return said(MergeFields.event, event(path.id), t)
        case .eventOrganisation(let t):
            return said(MergeFields.eventOrganisation, event(parent)?.orgs.first { $0.org == path.id }, t)
        case .participant(let t): return said(MergeFields.participant, event(parent)?.participant(path.id), t)
        case .item(let t): return said(MergeFields.item, event(parent)?.items.first { $0.id == path.id }, t)
        }
    }

    /// One value said: by the field where an id stands for a name, else by its type.
    func mergeValuePhrase(_ value: Any, _ kind: MergeRecordPath.Kind, _ field: String, _ parent: String) -> Phrase {
        switch (kind, field, value) {
        case (.person, "org", let id as String): return .verbatim(organisation(id)?.displayName ?? id)
        case (.event, "venue", let id as String): return .verbatim(venue(id)?.name ?? id)
        case (.item, "room", let id as String):
            let venueID = event(parent)?.venue ?? ""
            return .verbatim(venue(venueID)?.room(id)?.name ?? id)
        case (.item, "minutes", let minutes as Int): return tr("\(minutes) minutes")
        default: return mergeValuePhrase(value)
        }
    }

    private func mergeValuePhrase(_ value: Any) -> Phrase {
        switch value {
        case let text as String: return .verbatim(text)
        case let rsvp as RSVP: return rsvp.phrase
        case let capacity as Capacity: return capacity.phrase
        case let politics as Politics: return politics.phrase
        case let stage as Stage: return stage.phrase
        case let kind as ItemKind: return kind.phrase
        case let part as OrganisationPart: return part.phrase
        case let attendance as Attendance: return attendance.phrase
        case let leave as Leave:
            let approver = leave.approvedBy.map { tr("approved by \(person($0)?.name ?? $0)") }
            return .series([leave.reason.phrase] + [leave.note.map(Phrase.verbatim), approver].compactMap { $0 })
        case let roles as [Role]:
            return .series(
                roles.map { role in
                    let name = person(role.person)?.name ?? role.person
                    return role.topic.map { tr("\(role.part.phrase) \(name) (\($0))") }
                        ?? tr("\(role.part.phrase) \(name)")
                })
        default:
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .optional {
                guard let inner = mirror.children.first?.value else { return tr("(none)") }
                return mergeValuePhrase(inner)
            }
            return .verbatim(MergeValueText.text(value))
        }
    }
}
