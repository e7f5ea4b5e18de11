import PlannerCore

extension PlanRecord {
    /// A merge conflict kept in the plan until it is resolved (`conflicts`, left out when there are none): the record
    /// (`record` its kind, `parent` the event or venue holding it, `id`), the `field` both sides changed (left out
    /// when one side deleted the record, then `deletedBy` says which), both values as shown (`ours`, `theirs`) and
    /// their whole record (`their`, left out when they deleted it), which taking theirs takes the field from.
    struct Conflict: Codable {
        var deletedBy: CaseName<MergeSide>?
        var field: String?
        var id: String
        var ours: String
        var parent: String?
        var record: CaseName<MergeRecordPath.Kind>
        var their: TheirRecord?
        var theirs: String

        init(_ c: MergeConflict) {
            deletedBy = c.field != nil ? nil : CaseName(c.deletedByOurs ? .ours : .theirs)
            field = c.field
            id = c.record.id
            ours = c.ours
            parent = c.record.parent
            record = CaseName(c.record.kind)
            their = c.theirRecord.map(TheirRecord.init)
            theirs = c.theirs
        }

        var core: MergeConflict {
            MergeConflict(
                record: MergeRecordPath(record.value, parent: parent, id: id), field: field, ours: ours,
                theirs: theirs, theirRecord: their?.core, deletedByOurs: deletedBy?.value == .ours)
        }
    }

    /// Their version of a conflict's record, under the name of its kind (`"person" : { … }`).
    struct TheirRecord: Codable {
        var event: Event?
        var eventOrganisation: EventOrganisation?
        var item: AgendaItem?
        var organisation: Organisation?
        var participant: Participant?
        var person: Person?
        var room: Room?
        var venue: Venue?

        init(_ value: MergeRecordValue) {
            switch value {
            case .organisation(let o): organisation = Organisation(o)
            case .person(let p): person = Person(p)
            case .venue(let v): venue = Venue(v)
            case .room(let r): room = Room(r)
            case .event(let e): event = Event(e)
            case .eventOrganisation(let o): eventOrganisation = EventOrganisation(o)
            case .participant(let p): participant = Participant(p)
            case .item(let i): item = AgendaItem(i)
            }
        }

        /// The record; nil when the file names none (then taking theirs is refused as for a deleted record).
        var core: MergeRecordValue? {
            if let organisation { return .organisation(organisation.core) }
            if let person { return .person(person.core) }
            if let venue { return .venue(venue.core) }
            if let room { return .room(room.core) }
            if let event { return .event(event.core) }
            if let eventOrganisation { return .eventOrganisation(eventOrganisation.core) }
            if let participant { return .participant(participant.core) }
            if let item { return .item(item.core) }
            return nil
        }
    }
}
