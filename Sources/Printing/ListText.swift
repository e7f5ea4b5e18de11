import Phrasebook
import PlannerCore
import TextCells

/// Plain lists of the book's records, one per line, id first, CJK-aligned; words (political status, an empty list)
/// in `language`.
public enum ListText {
    public static func events(_ book: Book, language: Language = .en) -> String {
        var table = TextTable()
        for e in book.events {
            table.add([e.id, e.date.description, "\(e.start)–\(e.end)", e.title])
        }
        return finish(table, empty: tr("(no events)").text(language))
    }

    public static func organisations(_ book: Book, language: Language = .en) -> String {
        var table = TextTable()
        for o in book.organisations {
            let count = book.people.lazy.filter { $0.org == o.id }.count
            table.add([o.id, o.short ?? "", "\(count)", o.name])
        }
        return finish(table, empty: tr("(no organisations)").text(language))
    }

    public static func venues(_ book: Book, language: Language = .en) -> String {
        var table = TextTable()
        for v in book.venues {
            table.add([v.id, v.capacity.map(String.init) ?? "-", v.name + (v.address.map { "  \($0)" } ?? "")])
            // Each room under its venue, with the id `--room` takes.
            for room in v.rooms { table.add([room.id, room.capacity.map(String.init) ?? "-", "  " + room.name]) }
        }
        return finish(table, empty: tr("(no venues)").text(language))
    }

    public static func people(
        _ book: Book, org: String?, search: String?, withContacts: Bool, language: Language = .en
    ) -> String {
        let labels = Labels(language)
        let orgs = book.organisationsByID
        var table = TextTable()
        for p in book.rosterPeople(org: org, search: search) {
            var row = [p.id, p.name, p.latin ?? "", orgs[p.org]?.displayName ?? p.org, labels.politics(p)]
            if withContacts { row += [p.phone ?? "", p.email ?? ""] }
            row.append(p.title ?? "")
            table.add(row)
        }
        return finish(table, empty: tr("(nobody matches)").text(language))
    }

    private static func finish(_ table: TextTable, empty: String) -> String {
        let lines = table.render(width: 200)
        return (lines.isEmpty ? empty : lines.joined(separator: "\n")) + "\n"
    }
}
