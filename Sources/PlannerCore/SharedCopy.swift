import Foundation

/// The copy of a plan shared with one organisation that does not use git (issue 15): what its contact needs to reply
/// and none of the other organisations' personal data.
extension Book {
    /// The plan cut down to one event for one organisation, ids unchanged: the plan's identity and issued numbers; the
    /// event with its agenda, its invited organisations and the organisation's own participant rows; the event's
    /// venue; the organisation's whole roster. Other organisations keep their names only (no contact), and of their
    /// people only those the event names (in a role, as a leave's approver) are kept, with their names only. Nothing
    /// of other events.
    public func shared(event eventID: String, org orgID: String) -> Book {
        let owners = Dictionary(people.map { ($0.id, $0.org) }, uniquingKeysWith: { a, _ in a })
        let kept = events.filter { $0.id == eventID }.map { event -> Event in
            var copy = event
            copy.participants = event.participants.filter { owners[$0.person] == orgID }
            return copy
        }
        var named = Set<String>()
        for event in kept {
            for item in event.items { named.formUnion(item.roles.map(\.person)) }
            named.formUnion(event.participants.compactMap { $0.leave?.approvedBy })
        }
        let roster = people.filter { $0.org == orgID || named.contains($0.id) }.map { person in
            person.org == orgID
                ? person : Person(id: person.id, name: person.name, latin: person.latin, org: person.org)
        }
        var orgIDs: Set<String> = [orgID]
        for event in kept { orgIDs.formUnion(event.orgs.map(\.org)) }
        orgIDs.formUnion(roster.map(\.org))
        let orgs = organisations.filter { orgIDs.contains($0.id) }.map { org in
            org.id == orgID ? org : Organisation(id: org.id, name: org.name, short: org.short, branch: org.branch)
        }
        let venueIDs = Set(kept.compactMap(\.venue))
        return Book(
            organisations: orgs, people: roster, venues: venues.filter { venueIDs.contains($0.id) }, events: kept,
            identity: identity, issued: issued)
    }

    /// `shared(event:org:)` recording what was shared (`PlanShare`), at `date` (whole seconds): the file to send.
    public func sharing(event eventID: String, org orgID: String, at date: Date, copyTag: CopyTag) -> Book {
        var copy = shared(event: eventID, org: orgID)
        let seconds = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
        copy.share = PlanShare(event: eventID, org: orgID, sharedAt: seconds, copyTag: copyTag, base: copy)
        return copy
    }
}
