import PlannerCore

extension PlanFastReader {
    /// A person in exactly the layout Convene writes (`PlanLayout.Person`: fields in name order, absent ones left
    /// out, text without escapes), read field by field without the general object machinery. Anything else gives nil
    /// without moving the reader, and `person` reads the record the general way.
    mutating func quickPerson() -> Person? {
        typealias Field = PlanLayout.Person
        var s = scanner
        guard s.literal("{") else { return nil }
        s.skipSpace()
        let email = s.literal(Field.email) ? s.plainText() : nil
        if email != nil { guard s.comma() else { return nil } }
        guard s.literal(Field.id), let id = s.plainText(), s.comma() else { return nil }
        let latin = s.literal(Field.latin) ? s.plainText() : nil
        if latin != nil { guard s.comma() else { return nil } }
        guard s.literal(Field.name), let name = s.plainText(), s.comma(),
            s.literal(Field.org), let org = s.plainText()
        else { return nil }
        // The optional fields after `org`, each after a comma, in name order; the last one has none after it.
        var more = s.comma()
        var phone: String?, politics = Politics.unrecorded, stage: Stage?, title: String?
        if more, s.literal(Field.phone) {
            guard let text = s.plainText() else { return nil }
            phone = text
            more = s.comma()
        }
        if more, s.literal(Field.politics) {
            guard let raw = try? s.plainString(), let value = Self.politics.value(named: raw) else { return nil }
            politics = value
            more = s.comma()
        }
        if more, s.literal(Field.stage) {
            guard let raw = try? s.plainString(), let value = Self.stages.value(named: raw) else { return nil }
            stage = value
            more = s.comma()
        }
        if more {
            guard s.literal(Field.title), let text = s.plainText() else { return nil }
            title = text
            s.skipSpace()
        }
        guard s.literal("}") else { return nil }
        scanner = s
        return Person(
            id: id, name: name, latin: latin, org: org, title: title, politics: politics, stage: stage, phone: phone,
            email: email)
    }
}
