import PlannerCore

extension PlanFastReader {
    /// A participant in exactly the layout Convene writes (`PlanLayout.Participant`: `{ ["at" : "…",]
    /// ["attendance" : "…",] ["capacity" : "…",] "person" : "…", "rsvp" : "…" }`, any spacing between the fields),
    /// read without the general object machinery: most records of a big plan are participants (a `leave`, which
    /// few have, is read by the general `leave()`). Anything else (another order, an escape) gives nil without moving
    /// the reader, and `participant` reads the record the general way.
    mutating func quickParticipant() -> Participant? {
        let start = scanner
        if let participant = quickParticipantFields() { return participant }
        scanner = start
        return nil
    }

    private mutating func quickParticipantFields() -> Participant? {
        typealias Field = PlanLayout.Participant
        var s = scanner
        guard s.literal("{") else { return nil }
        s.skipSpace()
        var at: ClockTime?, attendance = Attendance.notYet, capacity = Capacity.attendee
        if s.literal(Field.at) {
            guard let raw = try? s.plainString(), let time = Self.quickTime(raw), s.comma() else { return nil }
            at = time
        }
        if s.literal(Field.attendance) {
            guard let raw = try? s.plainString(), let name = Self.attendances.value(named: raw), s.comma() else {
                return nil
            }
            attendance = name == .signedIn ? .signedIn(at: at) : .absent
        }
        // A time belongs to a sign-in only.
        if at != nil, !attendance.isSignedIn { return nil }
        if s.literal(Field.capacity) {
            guard let raw = try? s.plainString(), let value = Self.capacities.value(named: raw), s.comma() else {
                return nil
            }
            capacity = value
        }
        var leave: Leave?
        if s.literal(Field.leave) {
            scanner = s
            guard let value = try? self.leave() else { return nil }
            s = scanner
            guard s.comma() else { return nil }
            leave = value
        }
        guard s.literal(Field.person), let person = try? s.plainString(), s.comma(),
            s.literal(Field.rsvp), let rsvpName = try? s.plainString(), let rsvp = Self.rsvps.value(named: rsvpName)
        else { return nil }
        s.skipSpace()
        guard s.literal("}") else { return nil }
        scanner = s
        return Participant(
            person: String(decoding: person, as: UTF8.self), rsvp: rsvp, capacity: capacity, leave: leave,
            attendance: attendance)
    }

    /// `HH:MM` from its five bytes, or nil.
    static func quickTime(_ raw: UnsafeRawBufferPointer) -> ClockTime? {
        guard raw.count == 5, raw[2] == UInt8(ascii: ":"), let hours = digits(raw, 0, 2),
            let minutes = digits(raw, 3, 2), hours <= 24, minutes < 60
        else { return nil }
        return ClockTime(minutes: hours * 60 + minutes)
    }
}
