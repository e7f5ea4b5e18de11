import Phrasebook

/// The header fields of an event (everything but its organisations, participants and agenda).
public struct EventDetails: Hashable, Sendable {
    public var title: String
    public var theme: String?
    public var date: CivilDate
    public var start: ClockTime
    public var end: ClockTime
    public var tz: String
    public var venue: String?

    public init(
        title: String, theme: String? = nil, date: CivilDate, start: ClockTime, end: ClockTime,
        tz: String = Event.defaultTimeZone, venue: String? = nil
    ) {
        self.title = title
        self.theme = theme
        self.date = date
        self.start = start
        self.end = end
        self.tz = tz
        self.venue = venue
    }

    public init(of event: Event) {
        self.init(
            title: event.title, theme: event.theme, date: event.date, start: event.start, end: event.end,
            tz: event.tz, venue: event.venue)
    }
}

/// One change to a book, as a value: applied by `Book.applying(_:)` and undone by `History`.
public enum Edit: Hashable, Sendable {
    case addOrganisation(Organisation)
    case updateOrganisation(Organisation)
    case removeOrganisation(id: String)
    case addPerson(Person)
    case updatePerson(Person)
    /// Also removes the person from every event's participants and parts.
    case removePerson(id: String)
    case addVenue(Venue)
    case updateVenue(Venue)
    case removeVenue(id: String)
    case addEvent(Event)
    case updateEvent(id: String, details: EventDetails)
    case removeEvent(id: String)
    /// Invites an organisation, or changes the part of one already invited.
    case invite(event: String, org: String, part: OrganisationPart)
    case uninvite(event: String, org: String)
    /// Sets an invited organisation's quota (名额, at least 1), or clears it (nil).
    case setQuota(event: String, org: String, quota: Int?)
    case addParticipant(event: String, person: String, rsvp: RSVP, capacity: Capacity = .attendee)
    case setRSVP(event: String, person: String, rsvp: RSVP)
    /// The capacity in which a participant attends (参加, 企业代表, 列席, 嘉宾, 工作人员).
    case setCapacity(event: String, person: String, capacity: Capacity)
    /// Records leave (请假) with its reason, or cancels it (nil); an approver must be on the roster.
    case setLeave(event: String, person: String, leave: Leave?)
    /// Signs a participant in, marks them absent, or clears that (`.notYet`); one who declined cannot sign in.
    case setAttendance(event: String, person: String, attendance: Attendance)
    /// Also takes the person out of the event's parts.
    case removeParticipant(event: String, person: String)
    case addItem(event: String, item: AgendaItem)
    /// Replaces an item (same id) with new values; keeps start-time order.
    case updateItem(event: String, item: AgendaItem)
    /// Moves an item to a new start; with `shiftFollowing`, the items after it move by the same amount.
    case moveItem(event: String, item: String, to: ClockTime, shiftFollowing: Bool)
    case removeItem(event: String, item: String)
    case assign(event: String, item: String, role: Role)
    /// Replaces the role at `index` in the item's roles (the same checks as `assign`).
    case updateRole(event: String, item: String, index: Int, role: Role)
    /// Removes the role at `index` in the item's roles.
    case unassign(event: String, item: String, index: Int)
    /// Marks a merge conflict resolved with the plan as it now is (`Book.resolution` sets the chosen value first).
    case settleConflict(MergeConflict)
    /// Several edits applied as one step (undone together).
    indirect case batch([Edit], label: Phrase)

    /// A short description for status lines ("Undid: add item").
    public var summary: Phrase {
        switch self {
        case .addOrganisation(let o): return tr("add organisation \(o.name)")
        case .updateOrganisation(let o): return tr("edit organisation \(o.name)")
        case .removeOrganisation: return tr("remove organisation")
        case .addPerson(let p): return tr("add person \(p.name)")
        case .updatePerson(let p): return tr("edit person \(p.name)")
        case .removePerson: return tr("remove person")
        case .addVenue(let v): return tr("add venue \(v.name)")
        case .updateVenue(let v): return tr("edit venue \(v.name)")
        case .removeVenue: return tr("remove venue")
        case .addEvent(let e): return tr("add event \(e.title)")
        case .updateEvent(_, let d): return tr("edit event \(d.title)")
        case .removeEvent: return tr("remove event")
        case .invite(_, _, let part): return tr("invite organisation as \(part.phrase)")
        case .uninvite: return tr("uninvite organisation")
        case .setQuota(_, _, let quota?): return tr("set the quota to \(quota)")
        case .setQuota(_, _, nil): return tr("clear the quota")
        case .addParticipant: return tr("add participant")
        case .setRSVP(_, _, let r): return tr("mark participant \(r.phrase)")
        case .setCapacity(_, _, let c): return tr("set capacity to \(c.phrase)")
        case .setLeave(_, _, let leave?): return tr("record leave (\(leave.reason.phrase))")
        case .setLeave(_, _, nil): return tr("cancel leave")
        case .setAttendance(_, _, let a): return tr("mark participant \(a.phrase)")
        case .removeParticipant: return tr("remove participant")
        case .addItem(_, let i): return tr("add item \(i.title)")
        case .updateItem(_, let i): return tr("edit item \(i.title)")
        case .moveItem(_, _, let to, _): return tr("move item to \(to)")
        case .removeItem: return tr("remove item")
        case .assign(_, _, let r): return tr("assign \(r.part.phrase)")
        case .updateRole(_, _, _, let r): return tr("edit \(r.part.phrase)")
        case .unassign: return tr("remove part")
        case .settleConflict: return tr("resolve a merge conflict")
        case .batch(_, let label): return label
        }
    }
}
