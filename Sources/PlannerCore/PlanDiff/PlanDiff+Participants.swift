import Phrasebook

extension PlanDiff {
    /// An event's participants, matched by person: reply, capacity, leave and attendance.
    mutating func compareParticipants(_ old: [Participant], _ new: [Participant], of event: Event) {
        let here = section(event)
        let participants = Matched(old, new, key: \.person)
        for joined in participants.added {
            let who = name(ofPerson: joined.person)
            record(
                .added, .participant, [event.id, joined.person],
                tr("added participant \(who) (\(joined.rsvp.phrase))"), in: here)
        }
        for (a, b) in participants.kept where a != b {
            let ids = [event.id, b.person], who = name(ofPerson: b.person)
            field(
                .participant, ids, "rsvp", a.rsvp, b.rsvp, in: here, value: .named(who, tr("reply"), \.phrase),
                phrase: tr("\(who) \(a.rsvp.phrase) → \(b.rsvp.phrase)"))
            field(
                .participant, ids, "capacity", a.capacity, b.capacity, in: here,
                value: .named(who, tr("capacity"), \.phrase))
            compareLeave(a.leave, b.leave, ids: ids, who: who, in: here)
            field(
                .participant, ids, "attendance", a.attendance, b.attendance, in: here,
                value: FieldValue(subject: who, label: tr("attendance"), written: \.written, shown: \.phrase),
                phrase: b.attendance.change(of: who))
        }
        for left in participants.removed {
            let who = name(ofPerson: left.person)
            record(.removed, .participant, [event.id, left.person], tr("removed participant \(who)"), in: here)
        }
    }

    private mutating func compareLeave(_ a: Leave?, _ b: Leave?, ids: [String], who: String, in here: Section) {
        let leave = FieldValue<Leave?>(
            subject: who, label: tr("leave reason"), written: { $0?.reason.rawValue },
            shown: { $0?.reason.phrase ?? tr("(none)") })
        switch (a, b) {
        case (nil, let asked?):
            let said =
                asked.note.map { tr("\(who) asked for leave: \(asked.reason.phrase) (\($0))") }
                ?? tr("\(who) asked for leave: \(asked.reason.phrase)")
            field(.participant, ids, "leave", a, b, in: here, value: leave, phrase: said)
        case (.some, nil):
            field(.participant, ids, "leave", a, b, in: here, value: leave, phrase: tr("\(who)'s leave withdrawn"))
        case let (before?, after?):
            field(
                .participant, ids, "leave.reason", before.reason, after.reason, in: here,
                value: .named(who, tr("leave reason"), \.phrase))
            field(
                .participant, ids, "leave.note", before.note, after.note, in: here, value: .text(who, tr("leave note")))
            let approver = after.approvedBy.map { name(ofPerson: $0) }
            field(
                .participant, ids, "leave.approvedBy", before.approvedBy, after.approvedBy, in: here,
                value: FieldValue(
                    subject: who, label: tr("leave approved by"), written: { $0 },
                    shown: { [self] in $0.map { .verbatim(name(ofPerson: $0)) } ?? tr("(none)") }),
                phrase: before.approvedBy == nil ? approver.map { tr("\(who)'s leave approved by \($0)") } : nil)
        case (nil, nil): break
        }
    }
}

extension Attendance {
    /// The attendance for a script: `signed-in 08:32`, `signed-in`, `absent`, `not-yet`.
    var written: String? {
        switch self {
        case .notYet: return "not-yet"
        case .signedIn(let at?): return "signed-in \(at)"
        case .signedIn(nil): return "signed-in"
        case .absent: return "absent"
        }
    }

    /// What reaching this attendance says about `who`: "陈思远 signed in at 08:32", "marked absent"; nil for going
    /// back to not signed in (said as the plain before → after).
    func change(of who: String) -> Phrase? {
        switch self {
        case .signedIn(let at?): return tr("\(who) signed in at \(at)")
        case .signedIn(nil): return tr("\(who) signed in")
        case .absent: return tr("\(who) marked absent")
        case .notYet: return nil
        }
    }
}
