import Phrasebook

/// Why one line (or one cell of a sheet) of a roster file cannot be imported, or what a warning is about.
public struct ImportProblem: Hashable, Sendable, CustomStringConvertible {
    /// The line of a text file, or the row of a sheet (1-based).
    public var line: Int
    public var reason: Phrase
    /// The sheet, for a spreadsheet: places are then written as cells ("Sheet1!C7").
    public var sheet: String?
    /// The 0-based column of the cell the problem is in, when known (sheets only).
    public var column: Int?

    public init(line: Int, reason: Phrase, sheet: String? = nil, column: Int? = nil) {
        self.line = line
        self.reason = reason
        self.sheet = sheet
        self.column = column
    }

    public var description: String { phrase.text(.en) }

    /// "line 3: the name is empty", "Sheet1!C7: the name is empty" or "Sheet1 row 7: …", in each reader's language.
    public var phrase: Phrase {
        guard let sheet else { return tr("line \(line): \(reason)") }
        guard let column else { return tr("\(sheet) row \(line): \(reason)") }
        let cell = "\(sheet)!\(Self.columnLetters(column))\(line)"
        return tr("\(cell): \(reason)")
    }

    /// A spreadsheet's column letters for a 0-based index: 0 → A, 25 → Z, 26 → AA.
    public static func columnLetters(_ index: Int) -> String {
        var n = index + 1
        var letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(65 + r))), at: 0)
            n = (n - 1) / 26
        }
        return String(letters)
    }
}

/// Every bad row of a roster file, in line order.
public struct RosterProblems: Error, Hashable, Sendable, CustomStringConvertible {
    public var problems: [ImportProblem]

    public init(_ problems: [ImportProblem]) {
        self.problems = problems.sorted {
            ($0.line, $0.column ?? -1, $0.reason.text(.en)) < ($1.line, $1.column ?? -1, $1.reason.text(.en))
        }
    }

    /// The report: up to 20 bad lines (or rows of a sheet), then "nothing was imported".
    public func report(file: String) -> Phrase {
        let lines = Set(problems.map(\.line)).count
        let shown = Array(problems.prefix(RosterImport.maxProblemsShown))
        let list = Phrase(key: shown.map { _ in "  {}\n" }.joined(), arguments: shown.map { .phrase($0.phrase) })
        let hidden = problems.count - shown.count
        let more = hidden > 0 ? tr("  … and \(hidden) more\n") : Phrase.verbatim("")
        if problems.contains(where: { $0.sheet != nil }) {
            return tr("\(file): \(count: lines) bad rows:\n\(list)\(more)nothing was imported")
        }
        return tr("\(file): \(count: lines) bad lines:\n\(list)\(more)nothing was imported")
    }

    public var description: String { report(file: "roster").text(.en) }
}
