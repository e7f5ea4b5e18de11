import PlannerCore

extension PlanFastReader {
    /// A participant in exactly the layout Convene writes (`PlanLayout.Participant`: `{ "person" : "…", "rsvp" : "…" }`,
    /// any spacing between the fields), read without the general object machinery: most records of a big plan are
    /// participants. Anything else gives nil without moving the reader, and `participant` reads the record the
    /// general way.
    mutating func quickParticipant() -> Participant? {
        typealias Field = PlanLayout.Participant
        var s = scanner
        guard s.literal("{") else { return nil }
        s.skipSpace()
        guard s.literal(Field.person), let person = try? s.plainString(), s.comma(),
            s.literal(Field.rsvp), let rsvpName = try? s.plainString(), let rsvp = Self.rsvps.value(named: rsvpName)
        else { return nil }
        s.skipSpace()
        guard s.literal("}") else { return nil }
        scanner = s
        return Participant(person: String(decoding: person, as: UTF8.self), rsvp: rsvp)
    }
}
