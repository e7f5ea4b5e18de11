import Phrasebook

extension PlanDiff {
    /// Organisations, then people, under the rosters' heading.
    mutating func compareRosters(_ old: Book, _ new: Book) {
        let orgs = Matched(old.organisations, new.organisations, key: \.id)
        for org in orgs.added {
            record(.added, .organisation, [org.id], tr("added organisation \(org.name)"), in: .rosters)
        }
        for (before, after) in orgs.kept where before != after { compareOrganisation(before, after) }
        for org in orgs.removed {
            record(.removed, .organisation, [org.id], tr("removed organisation \(org.name)"), in: .rosters)
        }
        let people = Matched(old.people, new.people, key: \.id)
        for person in people.added {
            let org = name(ofOrganisation: person.org)
            record(.added, .person, [person.id], tr("added \(person.name) to \(org)"), in: .rosters)
        }
        for (before, after) in people.kept where before != after { comparePerson(before, after) }
        for person in people.removed {
            let org = name(ofOrganisation: person.org)
            record(.removed, .person, [person.id], tr("removed \(person.name) from \(org)"), in: .rosters)
        }
    }

    private mutating func compareOrganisation(_ a: Organisation, _ b: Organisation) {
        let ids = [b.id], who = b.displayName
        field(
            .organisation, ids, "name", a.name, b.name, in: .rosters, value: .plain(who, tr("name")),
            phrase: tr("organisation \(a.name) renamed \(b.name)"))
        field(.organisation, ids, "short", a.short, b.short, in: .rosters, value: .text(who, tr("short name")))
        field(.organisation, ids, "branch", a.branch, b.branch, in: .rosters, value: .text(who, tr("party branch")))
        field(.organisation, ids, "contact", a.contact, b.contact, in: .rosters, value: .text(who, tr("contact")))
    }

    private mutating func comparePerson(_ a: Person, _ b: Person) {
        let ids = [b.id], who = b.name
        field(
            .person, ids, "name", a.name, b.name, in: .rosters, value: .plain(who, tr("name")),
            phrase: tr("renamed \(a.name) to \(b.name)"))
        field(.person, ids, "latin", a.latin, b.latin, in: .rosters, value: .text(who, tr("Latin name")))
        let (from, to) = (name(ofOrganisation: a.org), name(ofOrganisation: b.org))
        field(
            .person, ids, "org", a.org, b.org, in: .rosters, value: .plain(who, tr("organisation")),
            phrase: tr("\(who) moved from \(from) to \(to)"))
        field(.person, ids, "title", a.title, b.title, in: .rosters, value: .text(who, tr("job title")))
        field(
            .person, ids, "politics", a.politics, b.politics, in: .rosters,
            value: .named(who, tr("political status"), \.phrase))
        field(
            .person, ids, "stage", a.stage, b.stage, in: .rosters,
            value: FieldValue(
                subject: who, label: tr("stage"), written: { $0?.rawValue },
                shown: { $0?.phrase ?? tr("(none)") }))
        field(.person, ids, "phone", a.phone, b.phone, in: .rosters, value: .text(who, tr("phone")))
        field(.person, ids, "email", a.email, b.email, in: .rosters, value: .text(who, tr("email")))
    }
}
