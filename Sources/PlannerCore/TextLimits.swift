import Phrasebook

/// How long a text in a plan may be: far above any real plan, low enough that a hostile or mistaken value is
/// refused at input with the limit, instead of making a file that cannot be read back. The plan file's reader
/// holds files to the same limits (`PlanLimits` in PlanFile uses these).
public enum TextLimits {
    /// The longest name, title, id, topic, address, ... in characters.
    public static let text = 10_000
    /// The longest notes or theme, in characters.
    public static let notes = 100_000

    /// Refuses `value` when it is longer than `limit` characters, naming the field and the limit.
    static func check(_ value: String?, _ field: Phrase, limit: Int = text) throws {
        guard let value, value.utf8.count > limit else { return }
        let count = value.count
        guard count > limit else { return }
        throw PlanError.invalid(
            field: field, message: tr("is \(grouped(count)) characters long; the limit is \(grouped(limit))"))
    }

    static func check(_ org: Organisation) throws {
        try check(org.name, tr("name"))
        try check(org.short, tr("short name"))
        try check(org.branch, tr("party branch"))
        try check(org.contact, tr("contact"))
    }

    static func check(_ person: Person) throws {
        try check(person.name, tr("name"))
        try check(person.latin, tr("Latin name"))
        try check(person.title, tr("title"))
        try check(person.phone, tr("phone"))
        try check(person.email, tr("email"))
    }

    static func check(_ venue: Venue) throws {
        try check(venue.name, tr("name"))
        try check(venue.address, tr("address"))
        try check(venue.notes, tr("notes"), limit: notes)
        for room in venue.rooms { try check(room.name, tr("room name")) }
    }

    static func check(_ details: EventDetails) throws {
        try check(details.title, tr("title"))
        try check(details.theme, tr("theme"), limit: notes)
        try check(details.tz, tr("time zone"))
    }

    static func check(_ item: AgendaItem) throws {
        try check(item.title, tr("title"))
        try check(item.room, tr("room"))
        try check(item.notes, tr("notes"), limit: notes)
        try check(item.calendarUID, tr("calendar UID"))
        for role in item.roles { try check(role.topic, tr("topic")) }
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
