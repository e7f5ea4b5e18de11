import ArgumentParser
import Foundation
import Phrasebook
import PlannerCore
import Printing

/// `convene import people FILE.csv`: rosters from spreadsheets, all or nothing.
struct ImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import", abstract: tr("Bring in data from other programs.").cli,
            subcommands: [People.self])
    }

    struct People: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "people",
                abstract: tr("Add people from a CSV roster (all or nothing); prints the new ids.").cli,
                discussion: tr(
                    "Columns by header, English or Chinese, in any order: name/姓名, latin/拼音/英文名, organisation/单位, status/身份 (member 党员, probationary 预备党员, representative 企业代表 or 群众, guest 嘉宾), title/职务, phone/电话/手机, email/邮箱; other columns are ignored. People already on the organisation's roster (same name) are matched, not added again. Any bad row is reported with its line number and nothing is imported."
                ).cli)
        }

        @OptionGroup var plan: PlanOptions

        @Argument(
            help: ArgumentHelp(tr("The CSV file (UTF-8 with or without BOM, or GB18030).").cli, valueName: "file.csv"))
        var csv: String

        @Option(
            help: ArgumentHelp(
                tr("Organisation (id or name) for rows without one, or when the file has no organisation column.").cli))
        var org: String?

        @Option(help: ArgumentHelp(tr("Also add the people of the file as participants of this event.").cli))
        var event: String?

        @Option(help: ArgumentHelp(tr("RSVP for the participants added with --event (default: invited).").cli))
        var rsvp: RSVP?

        @Option(
            help: ArgumentHelp(
                tr(
                    "The file's encoding: utf-8, gb18030 or auto (UTF-8 unless the bytes read as GB18030 give Chinese names and as UTF-8 do not)."
                ).cli))
        var encoding: RosterEncoding = .auto

        @Flag(help: ArgumentHelp(tr("Show what would be added and matched; change nothing.").cli))
        var dryRun = false

        func validate() throws {
            if rsvp != nil && event == nil { throw ValidationError(tr("--rsvp needs --event").cli) }
        }

        func run() throws {
            let data = try readCSV()
            if dryRun {
                let book = try plan.load()
                let outcome = try prepare(data, book: book)
                for line in describe(outcome, book: book) { Console.out(line) }
                noteEncoding(outcome, data)
                printError(tr("dry run: would \(summary(outcome, book: book)); nothing was changed"))
                return
            }
            let outcome: Outcome = try plan.edit { book in
                let outcome = try prepare(data, book: book)
                return (.batch(outcome.edits, label: "import people"), outcome)
            }
            for id in outcome.newIDs { Console.out(id) }
            noteEncoding(outcome, data)
            printError(summary(outcome, book: nil))
        }

        /// Says so when auto took bytes that are valid UTF-8 for GB18030, and how to have them read the other way.
        private func noteEncoding(_ outcome: Outcome, _ data: Data) {
            guard encoding == .auto, outcome.roster.encoding == .gb18030, String(data: data, encoding: .utf8) != nil
            else { return }
            printNote(
                tr(
                    "read \(csv) as GB18030: its bytes are also valid UTF-8, but only as GB18030 do they read as Chinese names; give --encoding utf-8 if it is UTF-8"
                ))
        }

        // MARK: - Work

        struct Outcome {
            var roster: RosterPlan
            var newIDs: [String]
            var edits: [PlannerCore.Edit]
            /// Names of the organisations people were added to, by id.
            var orgNames: [String: String]
            /// The event and how many people were added to it.
            var event: (title: String, added: Int, alreadyIn: Int)?
        }

        private func readCSV() throws -> Data {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: csv, isDirectory: &isDirectory) else {
                throw UsageError(tr("\(csv): no such file"))
            }
            guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: csv) else {
                throw UsageError(
                    isDirectory.boolValue ? tr("\(csv): cannot be read (it is a folder)") : tr("\(csv): cannot be read")
                )
            }
            return data
        }

        /// Everything the import would do to `book`, or a `PlanError` listing every bad row.
        private func prepare(_ data: Data, book: Book) throws -> Outcome {
            let r = Resolver(book: book)
            let defaultOrg = try org.map { try r.organisation($0) }
            let eventID = try event.map { try r.event($0) }
            let roster: RosterPlan
            switch RosterImport(book: book, defaultOrg: defaultOrg).plan(data, encoding: encoding) {
            case .success(let value): roster = value
            case .failure(let problems): throw PlanError.refused(problems.report(file: csv))
            }
            var edits: [PlannerCore.Edit] = []
            var ids: [String] = []
            var idByRow: [Int: String] = [:]
            // One scan of the roster for the highest id, not one per row: the same ids as `newID` after each add.
            var allocator = book.idAllocator(.person)
            for row in roster.added {
                let id = allocator.next()
                let person = row.person(id: id)
                edits.append(.addPerson(person))
                ids.append(id)
                idByRow[row.line] = id
            }
            var outcome = Outcome(
                roster: roster, newIDs: ids, edits: edits,
                orgNames: book.organisationsByID.mapValues(\.displayName), event: nil)
            if let eventID, let e = book.event(eventID) {
                var inEvent = Set(e.participants.map(\.person))
                var added = 0, alreadyIn = 0
                var everyone = roster.added.compactMap { idByRow[$0.line] }
                everyone += roster.matched.compactMap(\.existing)
                for id in everyone {
                    if inEvent.insert(id).inserted {
                        outcome.edits.append(.addParticipant(event: eventID, person: id, rsvp: rsvp ?? .invited))
                        added += 1
                    } else {
                        alreadyIn += 1
                    }
                }
                outcome.event = (e.title, added, alreadyIn)
            }
            return outcome
        }

        /// "added 12 people to 数字出版, 3 already present".
        private func summary(_ outcome: Outcome, book: Book?) -> Phrase {
            let roster = outcome.roster
            var counts: [(String, Int)] = []
            var position: [String: Int] = [:]
            for row in roster.added {
                if let i = position[row.org] {
                    counts[i].1 += 1
                } else {
                    position[row.org] = counts.count
                    counts.append((row.org, 1))
                }
            }
            var text: Phrase
            if counts.isEmpty {
                text = dryRun ? tr("add 0 people") : tr("added 0 people")
            } else {
                let total = roster.added.count
                let orgs: Phrase =
                    counts.count == 1
                    ? .verbatim(outcome.orgNames[counts[0].0] ?? counts[0].0)
                    : .series(counts.map { tr("\(outcome.orgNames[$0.0] ?? $0.0) (\($0.1))") })
                text =
                    dryRun ? tr("add \(count: total) people to \(orgs)") : tr("added \(count: total) people to \(orgs)")
            }
            text = tr("\(text), \(roster.matched.count) already present")
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

        /// The dry run's listing: one line per row of the file.
        private func describe(_ outcome: Outcome, book: Book) -> [String] {
            var lines: [(Int, Phrase)] = []
            for (row, id) in zip(outcome.roster.added, outcome.newIDs) {
                lines.append((row.line, tr("line \(row.line): add \(id) \(describePerson(row, outcome))")))
            }
            for match in outcome.roster.matched {
                let person = describePerson(match.row, outcome)
                let line = match.row.line
                if let existing = match.existing {
                    lines.append((line, tr("line \(line): already present as \(existing): \(person)")))
                } else {
                    lines.append((line, tr("line \(line): repeats line \(match.earlierLine ?? 0): \(person)")))
                }
            }
            return lines.sorted { $0.0 < $1.0 }.map { $0.1.cli }
        }

        /// "徐晓敏 Xu Xiaomin, 数字出版, member, 党支部书记": the status as it is typed in English, by its name in Chinese.
        private func describePerson(_ row: ImportedPerson, _ outcome: Outcome) -> Phrase {
            var parts: [Phrase] = [
                .verbatim(row.latin.map { "\(row.name) \($0)" } ?? row.name),
                .verbatim(outcome.orgNames[row.org] ?? row.org),
                CommandLineLanguage.current == .zh ? row.politics.phrase : .verbatim(row.politics.rawValue),
            ]
            if let title = row.title { parts.append(.verbatim(title)) }
            return .series(parts)
        }
    }
}

extension RosterEncoding: ExpressibleByArgument {}
