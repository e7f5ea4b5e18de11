import Phrasebook

extension PlanDiff {
    /// An event's agenda items in the new order, each followed by the changes of its parts.
    mutating func compareAgenda(_ a: Event, _ b: Event, rooms venues: [String: Venue]) {
        let here = section(b)
        var rooms: [String: String] = [:]
        for venue in venues.values { for room in venue.rooms { rooms[room.id] = room.name } }
        let items = Matched(a.items, b.items, key: \.id)
        for item in items.added {
            record(
                .added, .item, [b.id, item.id],
                tr("added item \(item.title) at \(item.start), \(tr("\(count: item.minutes) minutes"))"), in: here)
        }
        for (old, new) in items.kept where old != new {
            let ids = [b.id, new.id], title = new.title
            field(
                .item, ids, "title", old.title, new.title, in: here, value: .plain(title, tr("title")),
                phrase: tr("item \(old.title) renamed \(new.title)"))
            field(
                .item, ids, "start", old.start, new.start, in: here, value: .plain(title, tr("start")),
                phrase: tr("\(title) moved \(old.start) → \(new.start)"))
            field(
                .item, ids, "minutes", old.minutes, new.minutes, in: here,
                value: FieldValue(
                    subject: title, label: tr("length"), written: { String($0) }, shown: { tr("\(count: $0) minutes") })
            )
            field(
                .item, ids, "room", old.room, new.room, in: here,
                value: FieldValue(
                    subject: title, label: tr("room"), written: { $0 },
                    shown: { id in id.map { .verbatim(rooms[$0] ?? $0) } ?? tr("(none)") }))
            field(.item, ids, "kind", old.kind, new.kind, in: here, value: .named(title, tr("kind"), \.phrase))
            field(.item, ids, "notes", old.notes, new.notes, in: here, value: .text(title, tr("notes")))
            compareRoles(old.roles, new.roles, of: new, in: b)
        }
        for item in items.removed {
            record(.removed, .item, [b.id, item.id], tr("removed item \(item.title)"), in: here)
        }
    }

    /// The parts of one item, matched by person and part; a new order of the same speakers is one change.
    private mutating func compareRoles(_ old: [Role], _ new: [Role], of item: AgendaItem, in event: Event) {
        let here = section(event)
        struct Key: Hashable {
            var person: String
            var part: RolePart
        }
        let roles = Matched(old, new) { Key(person: $0.person, part: $0.part) }
        for role in roles.added {
            let who = name(ofPerson: role.person)
            record(
                .added, .role, [event.id, item.id, role.person],
                tr("\(who) is now \(role.part.phrase) of \(item.title)"),
                in: here)
        }
        for (a, b) in roles.kept {
            let ids = [event.id, item.id, b.person], subject = "\(name(ofPerson: b.person)) · \(item.title)"
            field(.role, ids, "topic", a.topic, b.topic, in: here, value: .text(subject, tr("topic")))
            field(.role, ids, "minutes", a.minutes, b.minutes, in: here, value: .number(subject, tr("speech minutes")))
        }
        for role in roles.removed {
            let who = name(ofPerson: role.person)
            record(
                .removed, .role, [event.id, item.id, role.person],
                tr("\(who) is no longer \(role.part.phrase) of \(item.title)"), in: here)
        }
        let kept = Set(roles.kept.map { $0.after.person })
        let before = old.filter { $0.part == .speaker && kept.contains($0.person) }.map(\.person)
        let after = new.filter { $0.part == .speaker && kept.contains($0.person) }.map(\.person)
        field(
            .item, [event.id, item.id], "speakers", before, after, in: here,
            value: FieldValue(
                subject: item.title, label: tr("order of speakers"), written: { $0.joined(separator: " ") },
                shown: { [self] in .series($0.map { name(ofPerson: $0) }) }))
    }
}
