import PlannerCore
import TextCells

/// The participant list as RFC 4180 CSV (UTF-8, CRLF), readable back by `convene import people`: each person with
/// their capacity, reply, leave (reason, note, who approved it) and attendance (`signed-in` with the time, or
/// `absent`), as the plan file names them.
public struct PeopleCSV {
    public static let header = [
        "name", "latin", "organisation", "politics", "title", "capacity", "rsvp", "leave", "leave note", "approved by",
        "attendance", "signed in at", "parts",
    ]

    public let rows: [ParticipantRow]
    public let withContacts: Bool
    /// The approvers of leave, by id.
    let people: PersonLookup

    public init(book: Book, event: Event, withContacts: Bool = false) {
        self.rows = ParticipantRow.rows(book: book, event: event)
        self.withContacts = withContacts
        let approvers = Set(event.participants.compactMap { $0.leave?.approvedBy })
        self.people = book.people(withIDs: approvers)
    }

    public func render() -> String {
        var lines = [Self.header + (withContacts ? ["phone", "email"] : [])]
        let labels = Labels(.en)
        for row in rows {
            let leave = row.participant.leave
            var cells = [
                row.person.name, row.person.latin ?? "", row.organisation?.name ?? row.person.org,
                Self.politicsCell(row.person), row.person.title ?? "", row.participant.capacity.rawValue,
                row.rsvp.rawValue, leave?.reason.rawValue ?? "", leave?.note ?? "",
                leave?.approvedBy.map { people[$0]?.name ?? $0 } ?? "",
            ]
            cells += Self.attendanceCells(row.participant.attendance) + [row.partsText(labels)]
            if withContacts { cells += [row.person.phone ?? "", row.person.email ?? ""] }
            lines.append(cells)
        }
        return lines.map { $0.map(Self.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// `signed-in` and the time when known, `absent`, or nothing yet.
    static func attendanceCells(_ attendance: Attendance) -> [String] {
        switch attendance {
        case .notYet: return ["", ""]
        case .signedIn(let at): return ["signed-in", at?.description ?? ""]
        case .absent: return ["absent", ""]
        }
    }

    /// The 政治面貌 key with the stage in brackets ("masses (activist)"), the stage alone when 政治面貌 is not
    /// recorded, else empty: what the importer reads back.
    static func politicsCell(_ person: Person) -> String {
        switch (person.politics, person.stage) {
        case (.unrecorded, let stage): return stage?.rawValue ?? ""
        case (let politics, nil): return politics.rawValue
        case (let politics, let stage?): return "\(politics.rawValue) (\(stage.rawValue))"
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
