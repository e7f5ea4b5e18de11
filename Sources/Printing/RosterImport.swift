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

/// Why one line of a roster file cannot be imported.
public struct ImportProblem: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var reason: Phrase

    public init(line: Int, reason: Phrase) {
        self.line = line
        self.reason = reason
    }

    public var description: String { phrase.text(.en) }

    /// "line 3: the name is empty", in each reader's language.
    public var phrase: Phrase { tr("line \(line): \(reason)") }
}

/// What importing a roster would do to a book: the new people, the rows that matched someone already there.
public struct RosterPlan: Hashable, Sendable {
    public struct Match: Hashable, Sendable {
        public var row: ImportedPerson
        /// The id of the person already in the plan; nil for a repeat of an earlier line of the file.
        public var existing: String?
        /// The earlier line of the same file, when the match is a repeat within the file.
        public var earlierLine: Int?
    }

    public var encoding: RosterEncoding
    /// People to add, in file order.
    public var added: [ImportedPerson]
    public var matched: [Match]
}

/// The columns a roster can have.
public enum RosterColumn: String, CaseIterable, Hashable, Sendable {
    case name, latin, organisation, status, title, phone, email

    /// Header names, compared lowercased and without spaces, underscores or hyphens.
    static let names: [String: RosterColumn] = {
        let table: [RosterColumn: [String]] = [
            .name: ["name", "姓名", "名字"],
            .latin: ["latin", "latinname", "pinyin", "englishname", "拼音", "英文名", "英文姓名"],
            .organisation: ["organisation", "organization", "org", "单位", "单位名称", "工作单位"],
            .status: ["status", "politics", "身份", "政治面貌"],
            .title: ["title", "职务", "职位"],
            .phone: ["phone", "mobile", "tel", "telephone", "电话", "手机", "手机号", "手机号码", "联系电话"],
            .email: ["email", "mail", "邮箱", "电子邮箱", "电子邮件"],
        ]
        var names: [String: RosterColumn] = [:]
        for (column, list) in table { for name in list { names[name] = column } }
        return names
    }()

    static func normalised(_ header: String) -> String {
        String(
            header.lowercased().unicodeScalars.filter {
                !CharacterSet.whitespacesAndNewlines.contains($0) && $0 != "_" && $0 != "-" && $0 != "\u{FEFF}"
            })
    }
}

/// What a 政治面貌 (status) cell says: a 政治面貌, a stage of the pipeline (then 政治面貌 not recorded), or the words
/// Convene's own version-1 export wrote for people of no party (企业代表, 嘉宾: not recorded).
struct RosterPolitics {
    var politics: Politics
    var stage: Stage?

    init(politics: Politics, stage: Stage? = nil) {
        self.politics = politics
        self.stage = stage
    }

    init?(rosterValue: String) {
        let text = rosterValue.trimmingCharacters(in: .whitespacesAndNewlines)
        // "群众（入党积极分子）", "masses (activist)": 政治面貌 with the stage.
        if let open = text.firstIndex(where: { $0 == "(" || $0 == "（" }), text.last == ")" || text.last == "）",
            let politics = Politics(named: String(text[..<open])),
            let stage = Stage(named: String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
        {
            self.politics = politics
            self.stage = stage
            return
        }
        if let politics = Politics(named: text) {
            self.politics = politics
        } else if let stage = Stage(named: text) {
            politics = .unrecorded
            self.stage = stage
        } else if ["representative", "guest", "企业代表", "代表", "嘉宾", "来宾"].contains(text.lowercased()) {
            politics = .unrecorded
        } else {
            return nil
        }
    }
}

/// Turns a roster file into people for a book: decode, read CSV, map columns, check every row.
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

    /// Reads the file's bytes: the people to add and those already present, or every problem found (all or nothing).
    public func plan(_ data: Data, encoding: RosterEncoding = .auto) -> Result<RosterPlan, RosterProblems> {
        let decoded = RosterCSV.decode(data, encoding: encoding)
        switch rows(decoded) {
        case .failure(let problems): return .failure(problems)
        case .success(let people): return .success(match(people, encoding: decoded.encoding))
        }
    }

    /// Maps decoded text to people, or lists every bad row.
    public func rows(_ decoded: DecodedRoster) -> Result<[ImportedPerson], RosterProblems> {
        var people: [ImportedPerson] = []
        if let problems = forEachRow(decoded, { people.append($0) }) { return .failure(problems) }
        return .success(people)
    }

    /// `rows`, handing each good row to `body` as it is read instead of gathering them; nil when every row is good,
    /// else every problem, as `rows` lists them. `body` may have seen some rows of a file that then fails: a caller
    /// that applies rows as they come discards its work on a failure (all or nothing).
    public func forEachRow(_ decoded: DecodedRoster, _ body: (ImportedPerson) -> Void) -> RosterProblems? {
        var problems: [ImportProblem] = []
        var decodeLines = Set<Int>()
        for (line, reason) in decoded.badLines {
            problems.append(ImportProblem(line: line, reason: reason))
            decodeLines.insert(line)
        }
        var header: CSVRecord?
        var columns: [RosterColumn: Int] = [:]
        // A bad header reports the file's decoding and syntax problems and its own, not the rows'.
        var headerFailed = false
        var orgCache: [String: Result<String, ImportReason>] = [:]
        let syntax = RosterCSV.forEachRecord(decoded.text) { record, hasSyntaxProblem in
            let isBad = hasSyntaxProblem || (record.line...record.endLine).contains { decodeLines.contains($0) }
            guard !headerFailed else { return }
            guard let header else {
                header = record
                if isBad {
                    headerFailed = true
                } else {
                    columns = self.columns(of: record, into: &problems)
                    headerFailed = problems.contains { $0.line == record.line }
                }
                return
            }
            guard !isBad else { return }
            if let person = row(record, header: header, columns: columns, orgCache: &orgCache, problems: &problems) {
                body(person)
            }
        }
        for p in syntax { problems.append(ImportProblem(line: p.line, reason: p.reason)) }
        if header == nil, problems.isEmpty {
            problems.append(
                ImportProblem(
                    line: 1, reason: tr("the file is empty; the first line must name the columns (e.g. 姓名,单位,身份)")))
        }
        return problems.isEmpty ? nil : RosterProblems(problems)
    }

    /// The columns a header names; its problems (a repeated column, a missing one) go to `problems`.
    private func columns(of header: CSVRecord, into problems: inout [ImportProblem]) -> [RosterColumn: Int] {
        var columns: [RosterColumn: Int] = [:]
        for (index, cell) in header.fields.enumerated() {
            guard let column = RosterColumn.names[RosterColumn.normalised(cell)] else { continue }
            if let earlier = columns[column] {
                problems.append(
                    ImportProblem(
                        line: header.line,
                        reason: tr(
                            "columns \(earlier + 1) (\(header.fields[earlier].trimmed)) and \(index + 1) (\(cell.trimmed)) both mean \(column.rawValue); keep one"
                        )))
            } else {
                columns[column] = index
            }
        }
        if columns[.name] == nil {
            problems.append(
                ImportProblem(
                    line: header.line,
                    reason: tr(
                        "the header has no name column (name or 姓名); it reads: \(header.fields.map(\.trimmed).joined(separator: ","))"
                    )))
        }
        if columns[.organisation] == nil && defaultOrg == nil {
            problems.append(
                ImportProblem(
                    line: header.line,
                    reason: tr("the header has no organisation column (organisation or 单位); add one or give --org")))
        }
        return columns
    }

    /// The person of one row, or nil with its problems added to `problems` (nil without any for a blank row).
    private func row(
        _ record: CSVRecord, header: CSVRecord, columns: [RosterColumn: Int],
        orgCache: inout [String: Result<String, ImportReason>], problems: inout [ImportProblem]
    ) -> ImportedPerson? {
        let fields = record.fields
        if fields.allSatisfy({ $0.trimmed.isEmpty }) { return nil }  // a blank spreadsheet row
        guard fields.count == header.fields.count else {
            problems.append(
                ImportProblem(
                    line: record.line,
                    reason: tr("has \(count: fields.count) fields, the header has \(header.fields.count)")))
            return nil
        }
        func cell(_ column: RosterColumn) -> String? {
            guard let index = columns[column] else { return nil }
            return Self.unneutralised(fields[index]).trimmedOrNil
        }
        var reasons: [Phrase] = []
        // Controls are refused at the door, so no stored name can later drive a terminal: every kept column.
        for column in RosterColumn.allCases {
            guard let value = cell(column), let control = Self.firstControl(in: value) else {
                continue
            }
            let described = TextCells.controlDescription(control)
            reasons.append(
                tr("the \(column.label) contains the control character \(described); remove it and import again"))
        }
        let name = cell(.name)
        if name == nil { reasons.append(tr("the name is empty")) }
        if let name, name.contains(where: \.isNewline) {
            let shown = String(name.map { $0.isNewline ? "⏎" : $0 })
            reasons.append(tr("the name '\(shown)' has a line break"))
        }
        if let name, !name.contains(where: \.isNewline), !NameText.hasVisibleCharacter(name) {
            reasons.append(
                tr("the name has no visible character (only spaces or invisible characters such as U+200B)"))
        }

        // No column or an empty cell: 政治面貌 not recorded.
        var politics: RosterPolitics? = RosterPolitics(politics: .unrecorded)
        if let value = cell(.status) {
            politics = RosterPolitics(rosterValue: value)
            if politics == nil { reasons.append(tr("unknown status '\(value)' (use \(Self.statusHint))")) }
        }

        var org: String?
        if let value = cell(.organisation) {
            let resolved = orgCache[value] ?? resolveOrganisation(value)
            orgCache[value] = resolved
            switch resolved {
            case .success(let id): org = id
            case .failure(let reason): reasons.append(reason.text)
            }
        } else if let defaultOrg {
            org = defaultOrg
        } else {
            reasons.append(tr("the organisation is empty (fill it in or give --org)"))
        }

        let email = cell(.email)
        if let email, !email.unicodeScalars.contains("@") {
            reasons.append(tr("'\(email)' is not an email address (it has no @)"))
        }

        // Each missing field gave a reason above, so with no reasons all three are there.
        guard reasons.isEmpty, let name, let org, let politics else {
            let joined = Phrase(
                key: reasons.map { _ in "{}" }.joined(separator: "; "), arguments: reasons.map { .phrase($0) })
            problems.append(ImportProblem(line: record.line, reason: joined))
            return nil
        }
        return ImportedPerson(
            line: record.line, name: name, latin: cell(.latin), org: org, title: cell(.title),
            politics: politics.politics, stage: politics.stage, phone: cell(.phone), email: email)
    }

    /// Splits rows into people to add and people already present (same name in the same organisation),
    /// in the book or earlier in the file.
    public func match(_ people: [ImportedPerson], encoding: RosterEncoding) -> RosterPlan {
        var matcher = RosterMatcher(book: book, orgs: Set(people.map(\.org)))
        var plan = RosterPlan(encoding: encoding, added: [], matched: [])
        for row in people {
            if let match = matcher.match(row, in: book) {
                plan.matched.append(match)
            } else {
                plan.added.append(row)
            }
        }
        return plan
    }

    struct ImportReason: Error, Hashable { let text: Phrase }

    private func resolveOrganisation(_ value: String) -> Result<String, ImportReason> {
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

extension RosterColumn {
    /// The column as a message names it: "the latin name contains …".
    var label: String {
        switch self {
        case .latin: "latin name"
        default: rawValue
        }
    }
}

/// Every bad row of a roster file, in line order.
public struct RosterProblems: Error, Hashable, Sendable, CustomStringConvertible {
    public var problems: [ImportProblem]

    public init(_ problems: [ImportProblem]) {
        self.problems = problems.sorted { ($0.line, $0.reason.text(.en)) < ($1.line, $1.reason.text(.en)) }
    }

    /// The report: up to 20 bad lines, then "nothing was imported".
    public func report(file: String) -> Phrase {
        let lines = Set(problems.map(\.line)).count
        let shown = Array(problems.prefix(RosterImport.maxProblemsShown))
        let list = Phrase(key: shown.map { _ in "  {}\n" }.joined(), arguments: shown.map { .phrase($0.phrase) })
        let hidden = problems.count - shown.count
        let more = hidden > 0 ? tr("  … and \(hidden) more\n") : Phrase.verbatim("")
        return tr("\(file): \(count: lines) bad lines:\n\(list)\(more)nothing was imported")
    }

    public var description: String { report(file: "roster").text(.en) }
}
