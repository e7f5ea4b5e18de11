import ArgumentParser
import Foundation
import Phrasebook
import PlannerCore
import Printing
import RosterSheets

/// `convene import people FILE.csv`: rosters from spreadsheets, all or nothing.
struct ImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import", abstract: tr("Bring in data from other programs.").cli,
            subcommands: [People.self, Replies.self, ICS.self])
    }

    struct People: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "people",
                abstract: tr("Add people from a roster, .xlsx or CSV (all or nothing); prints the new ids.").cli,
                discussion: tr(
                    "Columns by header, English or Chinese, in any order, below any title rows: name/姓名, latin/拼音/英文名, organisation/单位, politics/政治面貌/政治身份 (中共党员 member, 中共预备党员 probationary, 共青团员 league, 群众 masses … : GB/T 4762), stage/发展阶段 (入党申请人, 入党积极分子, 发展对象), status/身份 (either of those, or 企业代表 and 嘉宾: 政治面貌 not recorded), title/职务, phone/电话/手机, email/邮箱; other columns are ignored. Spaces in names are normalised (王　芳 is 王芳). People already on the organisation's roster (same name) are matched, not added again, and a name given twice is a warning. Any bad row is reported with its line number (or cell) and nothing is imported."
                ).cli)
        }

        @OptionGroup var plan: PlanOptions

        @Argument(
            help: ArgumentHelp(
                tr(
                    "The roster: an .xlsx workbook (its first sheet), or CSV, tab- or semicolon-separated text in UTF-8 (with or without BOM), GB18030 or UTF-16 with BOM; - reads standard input."
                ).cli, valueName: "file"))
        var csv: String

        @Option(
            help: ArgumentHelp(
                tr("Organisation (id or name) for rows without one, or when the file has no organisation column.").cli),
            completion: .organisations)
        var org: String?

        @Option(
            help: ArgumentHelp(tr("Also add the people of the file as participants of this event.").cli),
            completion: .events)
        var event: String?

        @Option(help: ArgumentHelp(tr("RSVP for the participants added with --event (default: invited).").cli))
        var rsvp: RSVP?

        @Option(
            help: ArgumentHelp(
                tr(
                    "The text file's encoding: utf-8, gb18030, utf-16 or auto (UTF-16 after its byte-order mark; else UTF-8 unless the bytes read as GB18030 give Chinese names and as UTF-8 do not)."
                ).cli))
        var encoding: RosterEncoding = .auto

        @Flag(help: ArgumentHelp(tr("Show what would be added and matched; change nothing.").cli))
        var dryRun = false

        func validate() throws {
            if rsvp != nil && event == nil { throw ValidationError(tr("--rsvp needs --event").cli) }
        }

        func run() throws {
            var source: Data? = try ImportCommand.read(csv)
            if dryRun {
                var book = try plan.load()
                var listing: [String] = []
                let outcome = try importRows(from: &source, into: &book) { listing.append($0.cli) }
                for line in listing { Console.out(line) }
                noteEncoding(outcome)
                for warning in outcome.warnings { printNote(tr("warning: \(warning.phrase)")) }
                printError(tr("dry run: would \(summary(outcome)); nothing was changed"))
                return
            }
            let outcome = try plan.editInPlace { book in
                let outcome = try importRows(from: &source, into: &book, listing: nil)
                // The decoded text and the import's tables are freed by now; the save comes next.
                FreedMemory.giveBack()
                return (outcome, outcome.changes > 0)
            }
            for id in outcome.newIDs { Console.out(id) }
            noteEncoding(outcome)
            for warning in outcome.warnings { printNote(tr("warning: \(warning.phrase)")) }
            printError(summary(outcome))
        }

        /// Says so when auto took bytes that are valid UTF-8 for GB18030, and how to have them read the other way.
        private func noteEncoding(_ outcome: Outcome) {
            guard encoding == .auto, outcome.encoding == .gb18030, outcome.isValidUTF8 else { return }
            printNote(
                tr(
                    "read \(ImportCommand.shown(csv)) as GB18030: its bytes are also valid UTF-8, but only as GB18030 do they read as Chinese names; give --encoding utf-8 if it is UTF-8"
                ))
        }

        // MARK: - Work

        /// What an import did (or, in a dry run, would do): counts and ids, not the rows, which are applied as they
        /// are read.
        struct Outcome {
            /// The text file's encoding; nil for a workbook.
            var encoding: RosterEncoding?
            /// Whether the file's bytes are valid UTF-8 (for `noteEncoding`).
            var isValidUTF8: Bool
            var newIDs: [String] = []
            /// A name given twice, or spelt with other spaces than on the roster (`RosterPlan.Match.warning`).
            var warnings: [ImportProblem] = []
            /// How many people were added to each organisation (by id), in the order the file first names them.
            var addedByOrg: [(org: String, count: Int)] = []
            var matched = 0
            /// Names of the organisations people were added to, by id.
            var orgNames: [String: String]
            /// The event and how many people were added to it.
            var event: (title: String, added: Int, alreadyIn: Int)?
            /// How many edits were applied to the book.
            var changes = 0
        }

        /// Applies the file to `book` row by row as it is read, or throws a `PlanError` listing every bad row (the
        /// book is then half-changed, and the caller discards it: all or nothing). `listing` gets the dry run's line
        /// for each row, in file order.
        ///
        /// Streamed for memory (issue 11: at most three times the plan's size): the bytes are dropped once decoded
        /// (`source` becomes nil), no list of rows or of edits is kept, and the importer sees the organisations only,
        /// so the roster it would otherwise share is not copied when the first person is added.
        private func importRows(
            from source: inout Data?, into book: inout Book, listing: ((Phrase) -> Void)?
        ) throws -> Outcome {
            let (defaultOrg, eventID) = try references(in: book)
            let table: RosterTable
            let isValidUTF8: Bool
            do {
                guard let bytes = source.take() else { preconditionFailure("the file is read once") }
                isValidUTF8 = encoding == .auto && String(data: bytes, encoding: .utf8) != nil
                switch RosterFile.table(consume bytes, path: csv, encoding: encoding) {
                case .success(let read): table = read
                case .failure(let error): throw PlanError.refused(tr("\(ImportCommand.shown(csv)): \(error.reason)"))
                }
            }
            // The bytes and the decoder's lines are freed: before the roster grows, not beside it.
            FreedMemory.giveBack()
            var outcome = Outcome(
                encoding: table.encoding, isValidUTF8: isValidUTF8,
                orgNames: book.organisationsByID.mapValues(\.displayName))
            // The rows are at most the file's lines: reserved, the roster grows without a second buffer beside it.
            book.people.reserveCapacity(book.people.count + table.recordCountBound)
            let importer = RosterImport(book: Book(organisations: book.organisations), defaultOrg: defaultOrg)
            var matcher = RosterMatcher(book: book)
            // One scan of the roster for the highest id, not one per row: the same ids as `newID` after each add.
            var allocator = book.idAllocator(.person)
            var batch = InPlaceBatch()
            var orgPosition: [String: Int] = [:]
            var alreadyPresent: [String] = []
            // A refusal of the core (an over-long name) counts only when the file has no bad rows, as when the whole
            // file was checked before the first edit.
            var refusal: Error?
            let problems = importer.forEachRow(table) { row in
                if let match = matcher.match(row, in: book) {
                    outcome.matched += 1
                    if let warning = match.warning(sheet: table.sheet) { outcome.warnings.append(warning) }
                    if let existing = match.existing { alreadyPresent.append(existing) }
                    if let listing {
                        let person = describePerson(row, outcome.orgNames)
                        if let existing = match.existing {
                            listing(tr("line \(row.line): already present as \(existing): \(person)"))
                        } else {
                            listing(tr("line \(row.line): repeats line \(match.earlierLine ?? 0): \(person)"))
                        }
                    }
                    return
                }
                let id = allocator.next()
                outcome.newIDs.append(id)
                if let i = orgPosition[row.org] {
                    outcome.addedByOrg[i].count += 1
                } else {
                    orgPosition[row.org] = outcome.addedByOrg.count
                    outcome.addedByOrg.append((row.org, 1))
                }
                listing?(tr("line \(row.line): add \(id) \(describePerson(row, outcome.orgNames))"))
                guard refusal == nil else { return }
                do {
                    try batch.apply(.addPerson(row.person(id: id)), to: &book)
                } catch {
                    refusal = error
                }
            }
            if let problems { throw PlanError.refused(problems.report(file: ImportCommand.shown(csv))) }
            if let refusal { throw refusal }
            if let eventID {
                outcome.event = try addParticipants(
                    outcome.newIDs + alreadyPresent, to: eventID, in: &book, batch: &batch)
            }
            outcome.changes = batch.count
            return outcome
        }

        /// `--org` and `--event` resolved in `book`.
        private func references(in book: Book) throws -> (org: String?, event: String?) {
            let r = Resolver(book: book)
            return (try org.map { try r.organisation($0) }, try event.map { try r.event($0) })
        }

        /// Adds those of `ids` not yet taking part to the event; its title and the counts.
        private func addParticipants(
            _ ids: [String], to eventID: String, in book: inout Book, batch: inout InPlaceBatch
        ) throws -> (title: String, added: Int, alreadyIn: Int)? {
            // By position, so no copy of the event holds its list while participants are added to it.
            guard let e = book.events.firstIndex(where: { $0.id == eventID }) else { return nil }
            let title = book.events[e].title
            var inEvent = Set(book.events[e].participants.map(\.person))
            var added = 0, alreadyIn = 0
            for id in ids {
                if inEvent.insert(id).inserted {
                    try batch.apply(.addParticipant(event: eventID, person: id, rsvp: rsvp ?? .invited), to: &book)
                    added += 1
                } else {
                    alreadyIn += 1
                }
            }
            return (title, added, alreadyIn)
        }

        /// "added 12 people to 数字出版, 3 already present".
        private func summary(_ outcome: Outcome) -> Phrase {
            let counts = outcome.addedByOrg
            var text: Phrase
            if counts.isEmpty {
                text = dryRun ? tr("add 0 people") : tr("added 0 people")
            } else {
                let total = outcome.newIDs.count
                let orgs: Phrase =
                    counts.count == 1
                    ? .verbatim(outcome.orgNames[counts[0].org] ?? counts[0].org)
                    : .series(counts.map { tr("\(outcome.orgNames[$0.org] ?? $0.org) (\($0.count))") })
                text =
                    dryRun ? tr("add \(count: total) people to \(orgs)") : tr("added \(count: total) people to \(orgs)")
            }
            text = tr("\(text), \(outcome.matched) already present")
            if let event = outcome.event {
                let rsvp = (rsvp ?? .invited).phrase
                text =
                    dryRun
                    ? tr("\(text); \(event.added) to add to '\(event.title)' as \(rsvp)")
                    : tr("\(text); \(event.added) added to '\(event.title)' as \(rsvp)")
                if event.alreadyIn > 0 { text = tr("\(text) (\(event.alreadyIn) already taking part)") }
            }
            return text
        }

        /// "徐晓敏 Xu Xiaomin, 数字出版, member, 党支部书记": the status as it is typed in English, by its name in Chinese.
        private func describePerson(_ row: ImportedPerson, _ orgNames: [String: String]) -> Phrase {
            var parts: [Phrase] = [
                .verbatim(row.latin.map { "\(row.name) \($0)" } ?? row.name),
                .verbatim(orgNames[row.org] ?? row.org),
                CommandLineLanguage.current == .zh ? row.politics.phrase : .verbatim(row.politics.rawValue),
            ]
            if let title = row.title { parts.append(.verbatim(title)) }
            return .series(parts)
        }
    }
}

extension RosterEncoding: ExpressibleByArgument {}

extension ImportCommand {
    /// The bytes of the file an import is handed (`-`: standard input), or a usage error saying why they cannot be
    /// read.
    static func read(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw UsageError(tr("\(path): no such file"))
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw UsageError(
                isDirectory.boolValue ? tr("\(path): cannot be read (it is a folder)") : tr("\(path): cannot be read"))
        }
        return data
    }

    /// The file as messages name it: its path, or "standard input" for `-`.
    static func shown(_ path: String) -> String { path == "-" ? tr("standard input").cli : path }
}
