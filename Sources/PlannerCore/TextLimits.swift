/// How long a text in a plan may be: far above any real plan, low enough that a hostile or mistaken value is
/// refused at input with the limit, instead of making a file that cannot be read back. The plan file's reader
/// holds files to the same limits (`PlanLimits` in PlanFile uses these).
public enum TextLimits {
    /// The longest name, title, id, topic, address, ... in characters.
    public static let text = 10_000
    /// The longest notes or theme, in characters.
    public static let notes = 100_000

    /// Refuses `value` when it is longer than `limit` characters, naming the field and the limit.
    static func check(_ value: String?, _ field: String, limit: Int = text) throws {
        guard let value, value.utf8.count > limit else { return }
        let count = value.count
        guard count > limit else { return }
        throw PlanError.invalid(
            field: field, message: "is \(grouped(count)) characters long; the limit is \(grouped(limit))")
    }

    static func check(_ org: Organisation) throws {
        try check(org.name, "name")
        try check(org.short, "short name")
        try check(org.branch, "party branch")
        try check(org.contact, "contact")
    }

    static func check(_ person: Person) throws {
        try check(person.name, "name")
        try check(person.latin, "Latin name")
        try check(person.title, "title")
        try check(person.phone, "phone")
        try check(person.email, "email")
    }

    static func check(_ venue: Venue) throws {
        try check(venue.name, "name")
        try check(venue.address, "address")
        try check(venue.notes, "notes", limit: notes)
        for room in venue.rooms { try check(room.name, "room name") }
    }

    static func check(_ details: EventDetails) throws {
        try check(details.title, "title")
        try check(details.theme, "theme", limit: notes)
        try check(details.tz, "time zone")
    }

    static func check(_ item: AgendaItem) throws {
        try check(item.title, "title")
        try check(item.room, "room")
        try check(item.notes, "notes", limit: notes)
        for role in item.roles { try check(role.topic, "topic") }
    }

    /// 12345 → "12,345".
    public static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }
}
