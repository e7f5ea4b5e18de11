import Phrasebook

extension PlanDiff {
    /// One event kept in both versions: its own fields, the organisations invited, its agenda, its participants.
    mutating func compareEvent(_ a: Event, _ b: Event, venues: [String: Venue]) {
        let ids = [b.id], title = b.title, here = section(b)
        field(
            .event, ids, "title", a.title, b.title, in: here, value: .plain(title, tr("title")),
            phrase: tr("event \(a.title) renamed \(b.title)"))
        field(.event, ids, "theme", a.theme, b.theme, in: here, value: .text(title, tr("theme")))
        field(.event, ids, "date", a.date, b.date, in: here, value: .plain(title, tr("date")))
        field(.event, ids, "start", a.start, b.start, in: here, value: .plain(title, tr("start")))
        field(.event, ids, "end", a.end, b.end, in: here, value: .plain(title, tr("end")))
        field(.event, ids, "tz", a.tz, b.tz, in: here, value: .plain(title, tr("time zone")))
        field(
            .event, ids, "venue", a.venue, b.venue, in: here,
            value: FieldValue(
                subject: title, label: tr("venue"), written: { $0 },
                shown: { id in id.map { .verbatim(venues[$0]?.name ?? $0) } ?? tr("(none)") }))
        compareInvitations(a.orgs, b.orgs, of: b)
        compareAgenda(a, b, rooms: venues)
        compareParticipants(a.participants, b.participants, of: b)
    }

    private mutating func compareInvitations(_ old: [EventOrganisation], _ new: [EventOrganisation], of event: Event) {
        let here = section(event)
        let invitations = Matched(old, new, key: \.org)
        for invited in invitations.added {
            let org = name(ofOrganisation: invited.org)
            record(
                .added, .invitation, [event.id, invited.org], tr("invited \(org) as \(invited.part.phrase)"), in: here)
        }
        for (a, b) in invitations.kept {
            let ids = [event.id, b.org], org = name(ofOrganisation: b.org)
            field(.invitation, ids, "part", a.part, b.part, in: here, value: .named(org, tr("part"), \.phrase))
            field(.invitation, ids, "quota", a.quota, b.quota, in: here, value: .number(org, tr("quota")))
        }
        for invited in invitations.removed {
            let org = name(ofOrganisation: invited.org)
            record(.removed, .invitation, [event.id, invited.org], tr("\(org) no longer invited"), in: here)
        }
    }
}
