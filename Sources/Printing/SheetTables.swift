import Phrasebook
import PlannerCore

// The printouts that come as a workbook (`--format xlsx`), each as one `SheetTable`.

extension PeopleCSV {
    /// The participant list as the CSV has it, every cell text.
    public var sheet: SheetTable { SheetTable(name: Labels(language).people, text: table) }
}

extension AttendanceCSV {
    /// The attendance as the CSV has it, the four counts as numbers (Excel can sum them).
    public var sheet: SheetTable {
        let rows = table.enumerated().map { r, row in
            row.enumerated().map { c, text -> SheetTable.Cell in
                r > 0 && (1...4).contains(c) ? Int(text).map(SheetTable.Cell.number) ?? .text(text) : .text(text)
            }
        }
        return SheetTable(name: labels.attendance, rows: rows)
    }
}

extension SignInSheet {
    /// The sign-in sheet: the headings, then per organisation its heading row, a row a person with an empty
    /// signature cell, and the numbered blank rows for walk-ins.
    public var sheet: SheetTable {
        var rows = [headings]
        for group in groups {
            rows.append([groupHeading(group)])
            rows += group.rows.enumerated().map { cells($0.element, number: $0.offset + 1) + [""] }
            rows += (0..<blankRows).map { ["\(group.rows.count + $0 + 1)"] }
        }
        return SheetTable(name: labels.signInSheet, text: rows)
    }
}

/// The roster (`convene roster --format xlsx`): id, then the columns `convene import people` reads back, headed in
/// the printout's language as the participant list's CSV heads them.
public enum RosterSheet {
    public static func sheet(
        _ book: Book, org: String?, search: String?, withContacts: Bool, language: PrintLanguage
    ) -> SheetTable {
        let columns: [Phrase] =
            [
                tr("id (CSV column)"), tr("name (CSV column)"), tr("latin (CSV column)"),
                tr("organisation (CSV column)"), tr("politics (CSV column)"), tr("title (CSV column)"),
            ] + (withContacts ? PeopleCSV.contactColumns : [])
        let orgs = book.organisationsByID
        var rows = [columns.map { $0.text(language) }]
        for p in people(book, org: org, search: search) {
            rows.append(
                [
                    p.id, p.name, p.latin ?? "", orgs[p.org]?.name ?? p.org, PeopleCSV.politicsCell(p, language),
                    p.title ?? "",
                ]
                    + (withContacts ? [p.phone ?? "", p.email ?? ""] : []))
        }
        return SheetTable(name: tr("Roster (sheet name)").text(language), text: rows)
    }

    /// The people `convene roster` lists: of one organisation or all, matching the search, by pinyin.
    static func people(_ book: Book, org: String?, search: String?) -> [Person] {
        var chosen = book.people.filter { org == nil || $0.org == org }
        if let search {
            let query = PinyinQuery(search)
            chosen = chosen.filter { $0.matches(query) }
        }
        let orders = chosen.map { PinyinKey.order($0.name) }
        return chosen.indices.sorted { orders[$0] < orders[$1] }.map { chosen[$0] }
    }
}
