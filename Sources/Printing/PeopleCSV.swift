import Phrasebook
import PlannerCore
import TextCells

/// The participant list as RFC 4180 CSV (CRLF; `CSVEncoding` makes the bytes), readable back by `convene import
/// people`: each person with their capacity, reply, leave (reason, note, who approved it) and attendance. In English
/// the headers and values are the plan file's keys (`signed-in`, `masses (activist)`); in Chinese they are the words a
/// Chinese roster uses (姓名, 单位, 已签到, 群众（入党积极分子）), each one the importer knows (`RosterColumn`, `NamedValue`).
public struct PeopleCSV {
    /// The columns, in order; `phone` and `email` follow with contacts.
    static let columns: [Phrase] = [
        tr("name (CSV column)"), tr("latin (CSV column)"), tr("organisation (CSV column)"),
        tr("politics (CSV column)"), tr("title (CSV column)"), tr("capacity (CSV column)"), tr("rsvp (CSV column)"),
        tr("leave (CSV column)"), tr("leave note (CSV column)"), tr("approved by (CSV column)"),
        tr("attendance (CSV column)"), tr("signed in at (CSV column)"), tr("parts (CSV column)"),
    ]
    static let contactColumns: [Phrase] = [tr("phone (CSV column)"), tr("email (CSV column)")]

    public let rows: [ParticipantRow]
    public let withContacts: Bool
    public let language: PrintLanguage
    /// The approvers of leave, by id.
    let people: PersonLookup

    public init(book: Book, event: Event, language: PrintLanguage = .en, withContacts: Bool = false) {
        self.rows = ParticipantRow.rows(book: book, event: event)
        self.withContacts = withContacts
        self.language = language
        let approvers = Set(event.participants.compactMap { $0.leave?.approvedBy })
        self.people = book.people(withIDs: approvers)
    }

    /// The header row in the printout's language.
    public var header: [String] { (Self.columns + (withContacts ? Self.contactColumns : [])).map { $0.text(language) } }

    public func render() -> String {
        table.map { $0.map(Self.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// The header and a row a participant, the cells as they are (`render` quotes and guards them).
    public var table: [[String]] {
        var lines = [header]
        let labels = Labels(language)
        for row in rows {
            let leave = row.participant.leave
            var cells = [
                row.person.name, row.person.latin ?? "", row.organisation?.name ?? row.person.org,
                Self.politicsCell(row.person, language), row.person.title ?? "",
                word(row.participant.capacity, row.participant.capacity.phrase), word(row.rsvp, row.rsvp.phrase),
                leave.map { word($0.reason, $0.reason.phrase) } ?? "", leave?.note ?? "",
                leave?.approvedBy.map { people[$0]?.name ?? $0 } ?? "",
            ]
            cells += attendanceCells(row.participant.attendance) + [row.partsText(labels)]
            if withContacts { cells += [row.person.phone ?? "", row.person.email ?? ""] }
            lines.append(cells)
        }
        return lines
    }

    /// A value as the plan file names it in English, by its full Chinese name in Chinese: both read back by name.
    private func word<Value: NamedValue>(_ value: Value, _ phrase: Phrase) -> String {
        Self.word(value, phrase, language)
    }

    static func word<Value: NamedValue>(_ value: Value, _ phrase: Phrase, _ language: PrintLanguage) -> String {
        language == .en ? value.rawValue : phrase.text(language)
    }

    /// `signed-in` (已签到) and the time when known, `absent` (缺席), or nothing yet.
    func attendanceCells(_ attendance: Attendance) -> [String] {
        let zh = language == .zh
        switch attendance {
        case .notYet: return ["", ""]
        case .signedIn(let at): return [zh ? tr("signed in").text(.zh) : "signed-in", at?.description ?? ""]
        case .absent: return [zh ? tr("absent").text(.zh) : "absent", ""]
        }
    }

    /// The 政治面貌 with the stage in brackets ("masses (activist)", "群众（入党积极分子）"), the stage alone when 政治面貌
    /// is not recorded, else empty: what the importer reads back (`RosterPolitics`).
    static func politicsCell(_ person: Person, _ language: PrintLanguage) -> String {
        let stage = person.stage.map { word($0, $0.phrase, language) }
        switch (person.politics, stage) {
        case (.unrecorded, let stage): return stage ?? ""
        case (let politics, nil): return word(politics, politics.phrase, language)
        case (let politics, let stage?):
            let labels = Labels(language)
            return word(politics, politics.phrase, language) + labels.beforeParenthesis + labels.parenthesised(stage)
        }
    }

    /// Quotes a field when it holds a comma or quote; neutralises leading =+-@ that spreadsheets would run as formulas.
    /// Control characters and bidi overrides are removed (line breaks become spaces), so no cell can drive a terminal.
    static func field(_ value: String) -> String {
        var v = TextCells.removingControls(value, lineBreaks: .space)
        // Also after leading apostrophes ("'=x" is written "''=x"), so the import can take exactly one off.
        if let first = v.first(where: { $0 != "'" }), "=+-@".contains(first) { v = "'" + v }
        guard v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return v }
        return "\"" + v.map { $0 == "\"" ? "\"\"" : String($0) }.joined() + "\""
    }
}
