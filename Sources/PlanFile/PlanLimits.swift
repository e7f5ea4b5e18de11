import Foundation
import Phrasebook
import PlannerCore

/// The sizes a plan file may have. Far above any real plan, low enough that a wrong or hostile file
/// is refused with a message instead of eating the machine's memory or the terminal.
public enum PlanLimits {
    /// The largest plan file read (a 10,000-person plan is about 4 MB).
    public static let maxFileBytes = 64 << 20
    /// The longest name, title, id, topic, address, ... in characters (the core refuses longer ones at input).
    public static let maxTextCharacters = TextLimits.text
    /// The longest notes or theme, in characters.
    public static let maxNotesCharacters = TextLimits.notes

    /// The first text in `book` longer than its limit, as (place, detail), e.g. ("events[0].items[3].title", "is 1,048,576 characters long; the limit is 10,000").
    public static func firstOverlong(in book: Book) -> (location: Phrase, detail: Phrase)? {
        var found: (Phrase, Phrase)?
        func check(_ text: String?, _ place: @autoclosure () -> String, limit: Int = maxTextCharacters) {
            guard found == nil, let text, text.utf8.count > limit else { return }
            let count = text.count
            guard count > limit else { return }
            found = (.verbatim(place()), tr("is \(grouped(count)) characters long; the limit is \(grouped(limit))"))
        }
        check(book.identity, "identity")
        for (i, o) in book.organisations.enumerated() {
            let at = { "organisations[\(i)]" }
            check(o.id, at() + ".id")
            check(o.name, at() + ".name")
            check(o.short, at() + ".short")
            check(o.branch, at() + ".branch")
            check(o.contact, at() + ".contact")
        }
        for (i, p) in book.people.enumerated() {
            let at = { "people[\(i)]" }
            check(p.id, at() + ".id")
            check(p.name, at() + ".name")
            check(p.latin, at() + ".latin")
            check(p.org, at() + ".org")
            check(p.title, at() + ".title")
            check(p.phone, at() + ".phone")
            check(p.email, at() + ".email")
        }
        for (i, v) in book.venues.enumerated() {
            let at = { "venues[\(i)]" }
            check(v.id, at() + ".id")
            check(v.name, at() + ".name")
            check(v.address, at() + ".address")
            check(v.notes, at() + ".notes", limit: maxNotesCharacters)
            for (k, r) in v.rooms.enumerated() {
                check(r.id, at() + ".rooms[\(k)].id")
                check(r.name, at() + ".rooms[\(k)].name")
            }
        }
        for (i, e) in book.events.enumerated() {
            let at = { "events[\(i)]" }
            check(e.id, at() + ".id")
            check(e.title, at() + ".title")
            check(e.theme, at() + ".theme", limit: maxNotesCharacters)
            check(e.tz, at() + ".tz")
            check(e.venue, at() + ".venue")
            for (k, item) in e.items.enumerated() {
                let it = { at() + ".items[\(k)]" }
                check(item.id, it() + ".id")
                check(item.title, it() + ".title")
                check(item.room, it() + ".room")
                check(item.notes, it() + ".notes", limit: maxNotesCharacters)
                for (r, role) in item.roles.enumerated() {
                    check(role.person, it() + ".roles[\(r)].person")
                    check(role.topic, it() + ".roles[\(r)].topic")
                }
            }
            if found != nil { break }
        }
        return found
    }

    static func grouped(_ n: Int) -> String { TextLimits.grouped(n) }
}
