extension Book {
    /// Applies `edit` to this book in place, or throws a `PlanError` saying why it cannot be.
    ///
    /// Unlike `applying`, a throw may leave the book half-changed: this is for callers that discard the book when
    /// an edit is refused (a command, which then saves nothing), and it copies no records, so a command on a big
    /// plan keeps one book in memory, not two.
    public mutating func applyInPlace(_ edit: Edit) throws { try apply(edit) }

    /// False when applying `edit` would leave the book as it is (an update to the values a record already has); true
    /// for every edit that changes something, or that is refused. Lets a command skip the save without keeping a
    /// copy of the book to compare with.
    public func wouldChange(_ edit: Edit) -> Bool {
        switch edit {
        case .updateOrganisation(let org):
            return organisations.first { $0.id == org.id } != org
        case .updatePerson(let person):
            return self.person(person.id) != person
        case .updateVenue(let venue):
            return venues.first { $0.id == venue.id } != venue
        case .updateEvent(let id, let details):
            return event(id).map { EventDetails(of: $0) != details } ?? true
        case .invite(let event, let org, let part):
            return self.event(event)?.orgs.first { $0.org == org }?.part != part
        case .setQuota(let event, let org, let quota):
            guard let invited = self.event(event)?.orgs.first(where: { $0.org == org }) else { return true }
            return invited.quota != quota
        case .setRSVP(let event, let person, let rsvp):
            return self.event(event)?.participants.first { $0.person == person }?.rsvp != rsvp
        case .setCapacity(let event, let person, let capacity):
            return self.event(event)?.participants.first { $0.person == person }?.capacity != capacity
        case .setLeave(let event, let person, let leave):
            guard let p = self.event(event)?.participants.first(where: { $0.person == person }) else { return true }
            return p.leave != leave
        case .setAttendance(let event, let person, let attendance):
            guard let p = self.event(event)?.participants.first(where: { $0.person == person }) else { return true }
            return p.attendance != attendance
        case .updateItem(let event, let item):
            return self.event(event)?.items.first { $0.id == item.id }.map { !$0.hasSameContent(as: item) } ?? true
        case .moveItem(let event, let item, let to, _):
            return self.event(event)?.items.first { $0.id == item }?.start != to
        case .updateRole(let event, let item, let index, let role):
            guard let roles = self.event(event)?.items.first(where: { $0.id == item })?.roles,
                roles.indices.contains(index)
            else { return true }
            return roles[index] != role
        case .batch(let edits, _):
            return edits.contains { wouldChange($0) }
        case .addOrganisation, .removeOrganisation, .addPerson, .removePerson, .addVenue, .removeVenue, .addEvent,
            .removeEvent, .uninvite, .addParticipant, .removeParticipant, .addItem, .removeItem, .assign, .unassign,
            .settleConflict:
            return true
        }
    }
}
