import Foundation
import Phrasebook
import PlannerCore
import TextCells

/// A person read from one row of a roster file, with the organisation resolved to an id.
public struct ImportedPerson: Hashable, Sendable {
    /// The line the row starts on.
    public var line: Int
    public var name: String
    public var latin: String?
    public var org: String
    public var title: String?
    /// From the 政治面貌 (status) column; `.unrecorded` when the roster has none.
    public var politics: Politics
    /// From the same column when it names a stage of the membership pipeline (入党积极分子 …).
    public var stage: Stage?
    public var phone: String?
    public var email: String?

    public init(
        line: Int, name: String, latin: String? = nil, org: String, title: String? = nil,
        politics: Politics = .unrecorded, stage: Stage? = nil, phone: String? = nil, email: String? = nil
    ) {
        self.line = line
        self.name = name
        self.latin = latin
        self.org = org
        self.title = title
        self.politics = politics
        self.stage = stage
        self.phone = phone
        self.email = email
    }

    /// The person with an id.
    public func person(id: String) -> Person {
        Person(
            id: id, name: name, latin: latin, org: org, title: title, politics: politics, stage: stage, phone: phone,
            email: email)
    }
}

/// What importing a roster would do to a book: the new people, the rows that matched someone already there.
public struct RosterPlan: Hashable, Sendable {
    public struct Match: Hashable, Sendable {
        public var row: ImportedPerson
        /// The id of the person already in the plan; nil for a repeat of an earlier line of the file.
        public var existing: String?
        /// The earlier line of the same file, when the match is a repeat within the file.
        public var earlierLine: Int?
        /// The name as the plan spells it, when it differs from the row's but for spaces (`王 芳` and `王芳`).
        public var existingName: String?

        public init(row: ImportedPerson, existing: String?, earlierLine: Int?, existingName: String? = nil) {
            self.row = row
            self.existing = existing
            self.earlierLine = earlierLine
            self.existingName = existingName
        }

        /// What the import says of the match though it stops nothing: a name given twice in the file, or spelt with
        /// other spaces than the person already on the roster. `sheet` names the sheet a row is on.
        public func warning(sheet: String?) -> ImportProblem? {
            if let existing, let existingName {
                return ImportProblem(
                    line: row.line,
                    reason: tr(
                        "'\(row.name)' is taken as \(existing) '\(existingName)' (the same name but for spaces); check that they are one person"
                    ), sheet: sheet)
            }
            guard let earlierLine else { return nil }
            let place = sheet == nil ? tr("line \(earlierLine)") : tr("row \(earlierLine)")
            return ImportProblem(
                line: row.line,
                reason: tr(
                    "'\(row.name)' is also on \(place) in the same organisation; imported once (if they are two people, tell them apart in the name)"
                ), sheet: sheet)
        }
    }

    public var source: RosterTable.Source
    /// People to add, in file order.
    public var added: [ImportedPerson]
    public var matched: [Match]
    /// What the import should say but that stops nothing (`Match.warning`), in file order.
    public var warnings: [ImportProblem] = []

    /// The encoding of a text file; nil for a sheet.
    public var encoding: RosterEncoding? {
        if case .text(let encoding, _) = source { return encoding }
        return nil
    }
}

/// Turns a roster table into people for a book: find the header below any title rows, map columns, check every row.
public struct RosterImport {
    public static let maxProblemsShown = 20
    public static let statusHint =
        "党员, 预备党员, 团员, 群众 … (GB/T 4762), 入党积极分子, 发展对象, or member, probationary, league, masses …"

    public let book: Book
    /// The organisation for rows without one (`--org`), already resolved to an id.
    public let defaultOrg: String?

    public init(book: Book, defaultOrg: String? = nil) {
        self.book = book
        self.defaultOrg = defaultOrg
    }

    /// Reads a delimited text file's bytes: the people to add and those already present, or every problem found
    /// (all or nothing).
    public func plan(_ data: Data, encoding: RosterEncoding = .auto) -> Result<RosterPlan, RosterProblems> {
        plan(RosterTable.csv(data, encoding: encoding))
    }

    /// The people of a table read from any kind of roster file, or every problem found (all or nothing).
    public func plan(_ table: RosterTable) -> Result<RosterPlan, RosterProblems> {
        switch rows(table) {
        case .failure(let problems): return .failure(problems)
        case .success(let people): return .success(match(people, source: table.source))
        }
    }

    /// Maps a table's rows to people, or lists every bad row.
    public func rows(_ table: RosterTable) -> Result<[ImportedPerson], RosterProblems> {
        var people: [ImportedPerson] = []
        if let problems = forEachRow(table, { people.append($0) }) { return .failure(problems) }
        return .success(people)
    }

    /// `rows`, handing each good row to `body` as it is read instead of gathering them; nil when every row is good,
    /// else every problem, as `rows` lists them. `body` may have seen some rows of a file that then fails: a caller
    /// that applies rows as they come discards its work on a failure (all or nothing).
    public func forEachRow(_ table: RosterTable, _ body: (ImportedPerson) -> Void) -> RosterProblems? {
        var orgCache: [String: Result<String, ImportReason>] = [:]
        var reading = RosterReading<ImportedPerson>(
            sheet: table.sheet, problems: table.problems,
            headerProblems: { self.problems(of: $0, sheet: table.sheet) },
            readRow: { self.person($0, line: $1, orgCache: &orgCache) })
        let syntax = table.forEachRecord { record, hasSyntaxProblem in
            reading.take(record, hasSyntaxProblem: hasSyntaxProblem, body)
        }
        reading.finish(body)
        var problems = reading.problems + syntax
        if !reading.sawRecord, problems.isEmpty {
            problems.append(
                ImportProblem(
                    line: 1, reason: tr("the file is empty; the first line must name the columns (e.g. 姓名,单位,身份)")))
        }
        return problems.isEmpty ? nil : RosterProblems(problems)
    }

    /// The problems of a header: a column named twice, no name column, no organisation column without `--org`.
    func problems(of header: RosterHeader, sheet: String?) -> [ImportProblem] {
        let line = header.record.line
        let fields = header.record.fields
        func problem(_ reason: Phrase, column: Int? = nil) -> ImportProblem {
            ImportProblem(line: line, reason: reason, sheet: sheet, column: sheet == nil ? nil : column)
        }
        var problems: [ImportProblem] = []
        for repeat_ in header.repeatedColumns() {
            let a = fields[repeat_.first].trimmed, b = fields[repeat_.second].trimmed
            problems.append(
                problem(
                    tr(
                        "columns \(repeat_.first + 1) (\(a)) and \(repeat_.second + 1) (\(b)) both mean \(repeat_.column.rawValue); keep one"
                    ), column: repeat_.second))
        }
        if header.columns[.name] == nil {
            problems.append(
                problem(
                    tr(
                        "the header has no name column (name or 姓名); it reads: \(fields.map(\.trimmed).joined(separator: ","))"
                    )))
        }
        if header.columns[.organisation] == nil && defaultOrg == nil {
            problems.append(
                problem(tr("the header has no organisation column (organisation or 单位); add one or give --org")))
        }
        return problems
    }

    /// The person of one data row, or the reasons it cannot be imported, each with the column it is in.
    func person(
        _ row: RosterRow, line: Int, orgCache: inout [String: Result<String, ImportReason>]
    ) -> Result<ImportedPerson, RowProblems> {
        var reasons: [(column: RosterColumn?, text: Phrase)] = []
        // Controls are refused at the door, so no stored name can later drive a terminal: every kept column.
        for column in RosterColumn.allCases {
            guard let value = row.cell(column), let control = Self.firstControl(in: value) else { continue }
            let described = TextCells.controlDescription(control)
            reasons.append(
                (
                    column,
                    tr("the \(column.label) contains the control character \(described); remove it and import again")
                ))
        }
        let name = row.cell(.name).map(RosterName.normalised)?.trimmedOrNil
        if name == nil { reasons.append((.name, tr("the name is empty"))) }
        if let name, name.contains(where: \.isNewline) {
            let shown = String(name.map { $0.isNewline ? "⏎" : $0 })
            reasons.append((.name, tr("the name '\(shown)' has a line break")))
        }
        if let name, !name.contains(where: \.isNewline), !NameText.hasVisibleCharacter(name) {
            reasons.append(
                (.name, tr("the name has no visible character (only spaces or invisible characters such as U+200B)")))
        }

        let standing = row.standing()
        reasons += standing.reasons

        var org: String?
        if let value = row.cell(.organisation) {
            let resolved = orgCache[value] ?? resolveOrganisation(value)
            orgCache[value] = resolved
            switch resolved {
            case .success(let id): org = id
            case .failure(let reason): reasons.append((.organisation, reason.text))
            }
        } else if let defaultOrg {
            org = defaultOrg
        } else {
            reasons.append((.organisation, tr("the organisation is empty (fill it in or give --org)")))
        }

        let email = row.cell(.email)
        if let email, !email.unicodeScalars.contains("@") {
            reasons.append((.email, tr("'\(email)' is not an email address (it has no @)")))
        }

        // Each missing field gave a reason above, so with no reasons both are there.
        guard reasons.isEmpty, let name, let org else { return .failure(RowProblems(reasons: reasons)) }
        return .success(
            ImportedPerson(
                line: line, name: name, latin: row.cell(.latin), org: org, title: row.cell(.title),
                politics: standing.politics, stage: standing.stage, phone: row.cell(.phone), email: email))
    }

    /// Splits rows into people to add and people already present (same name, after `RosterName`, in the same
    /// organisation), in the book or earlier in the file, with a warning for each repeat in the file and each match
    /// the book spells with other spaces.
    public func match(_ people: [ImportedPerson], source: RosterTable.Source) -> RosterPlan {
        var matcher = RosterMatcher(book: book, orgs: Set(people.map(\.org)))
        var plan = RosterPlan(source: source, added: [], matched: [])
        let sheet: String? = if case .sheet(let name) = source { name } else { nil }
        for row in people {
            if let match = matcher.match(row, in: book) {
                plan.matched.append(match)
                if let warning = match.warning(sheet: sheet) { plan.warnings.append(warning) }
            } else {
                plan.added.append(row)
            }
        }
        return plan
    }

    struct ImportReason: Error, Hashable { let text: Phrase }

    func resolveOrganisation(_ value: String) -> Result<String, ImportReason> {
        do {
            return .success(try Resolver(book: book).organisation(value))
        } catch PlanError.ambiguous(_, _, let candidates) {
            return .failure(
                ImportReason(
                    text: tr(
                        "the organisation '\(value)' could be any of \(Phrase.series(candidates.map { $0.split(separator: " ").joined(separator: " ") })); write its full name or id"
                    )))
        } catch {
            return .failure(
                ImportReason(
                    text: tr(
                        "unknown organisation '\(value)' (add it with 'convene org add' first; 'convene orgs' lists them)"
                    )))
        }
    }

    /// Undoes the export's protection against spreadsheet formulas (`PeopleCSV.field`): the export put one `'`
    /// before any value that is a formula character (= + - @) after zero or more `'`, so exactly one comes off
    /// here: "'=x" was "=x", "''=x" was "'=x".
    static func unneutralised(_ value: String) -> String {
        let t = value.trimmed
        guard t.hasPrefix("'"), let first = t.first(where: { $0 != "'" }), "=+-@".contains(first) else { return value }
        return String(t.dropFirst())
    }

    /// The first control character in a cell: line breaks are allowed in every column but the name (whose line
    /// break has its own message); everything `TextCells.escapingControls` would escape is not.
    static func firstControl(in value: String) -> Unicode.Scalar? {
        value.unicodeScalars.first { scalar in
            guard NameText.isControl(scalar) else { return false }
            return !(scalar == "\n" || scalar == "\r" || scalar == "\u{85}")
        }
    }
}
