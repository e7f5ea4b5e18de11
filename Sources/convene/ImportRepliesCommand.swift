import ArgumentParser
import Foundation
import Phrasebook
import PlannerCore
import Printing
import RosterSheets

extension ImportCommand {
    /// `convene import replies FILE --event E`: a member organisation's list of who comes, who does not and who asks
    /// for leave, all or nothing.
    struct Replies: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "replies",
                abstract: tr("Record an organisation's replies to an event from its list (all or nothing).").cli,
                discussion: tr(
                    "Columns by header, English or Chinese, below any title rows: name/姓名, organisation/单位 (else --org, else the name alone), reply/回复/是否参加 (参加 confirmed, 不参加 declined, 请假 leave; 是, 否, 已确认 … too), reason/请假事由 (因公, 因病, 因事, 其他, or any text: 因病住院 is sick), note/备注, capacity/参会身份 (企业代表, 列席, 嘉宾 …). Everyone named must be on the roster; someone not yet taking part is added. A reply that comes or does not come cancels earlier leave. Any bad row is reported with its line (or cell) and nothing is changed."
                ).cli)
        }

        @OptionGroup var plan: PlanOptions

        @Argument(
            help: ArgumentHelp(
                tr(
                    "The reply list: an .xlsx workbook (its first sheet), or CSV, tab- or semicolon-separated text; - reads standard input."
                )
                .cli, valueName: "file"))
        var file: String

        @Option(help: ArgumentHelp(tr("The event the replies are to (id or title).").cli), completion: .events)
        var event: String?

        @Option(
            help: ArgumentHelp(tr("Organisation (id or name) of rows without one.").cli), completion: .organisations)
        var org: String?

        @Option(
            help: ArgumentHelp(
                tr("The text file's encoding: utf-8, gb18030, utf-16 or auto.").cli))
        var encoding: RosterEncoding = .auto

        @Flag(help: ArgumentHelp(tr("Show what each row would change; change nothing.").cli))
        var dryRun = false

        func run() throws {
            let data = try ImportCommand.read(file)
            let table: RosterTable
            switch RosterFile.table(data, path: file, encoding: encoding) {
            case .success(let read): table = read
            case .failure(let error): throw PlanError.refused(tr("\(ImportCommand.shown(file)): \(error.reason)"))
            }
            if dryRun {
                let book = try plan.load()
                let planned = try planned(table, in: book)
                for line in listing(planned, in: book) { Console.out(line.cli) }
                printError(tr("dry run: would \(summary(planned, in: book)); nothing was changed"))
                return
            }
            let book = try plan.load()
            let planned = try planned(table, in: book)
            let edits = planned.changes.flatMap(\.edits)
            if !edits.isEmpty { try plan.edit { _ in (Edit.batch(edits, label: tr("import replies")), ()) } }
            printError(summary(planned, in: book))
        }

        /// Each row's reply and its edits, checked against the core row by row (a signed-in person who declines, …):
        /// every refusal is listed with its line, and nothing is changed.
        private func planned(_ table: RosterTable, in book: Book) throws -> Planned {
            let r = Resolver(book: book)
            let eventID = try r.event(event)
            let defaultOrg = try org.map { try r.organisation($0) }
            let importer = ReplyImport(book: book, event: eventID, defaultOrg: defaultOrg)
            let replies: [ImportedReply]
            switch importer.replies(table) {
            case .success(let read): replies = read
            case .failure(let problems): throw PlanError.refused(problems.report(file: ImportCommand.shown(file)))
            }
            let changes = importer.edits(for: replies)
            var trial = book
            var refused: [ImportProblem] = []
            for (reply, edits) in changes {
                do {
                    for edit in edits { trial = try trial.applying(edit) }
                } catch {
                    refused.append(ImportProblem(line: reply.line, reason: Phrase(error: error), sheet: table.sheet))
                }
            }
            if !refused.isEmpty {
                throw PlanError.refused(RosterProblems(refused).report(file: ImportCommand.shown(file)))
            }
            return Planned(event: eventID, changes: changes)
        }

        /// The event's id and each row's reply with its edits.
        private struct Planned {
            var event: String
            var changes: [(reply: ImportedReply, edits: [Edit])]
        }

        /// "line 3: 王芳, 天极电子: invited → confirmed", a line per row.
        private func listing(_ planned: Planned, in book: Book) -> [Phrase] {
            let event = book.event(planned.event)
            return planned.changes.map { reply, edits in
                let person = book.person(reply.person)
                let org = person.flatMap { book.organisation($0.org)?.displayName } ?? ""
                let before = event?.participant(reply.person)
                let said: [Phrase] = edits.map { edit in
                    switch edit {
                    case .addParticipant(_, _, let rsvp, let capacity):
                        capacity == .attendee
                            ? tr("added as \(rsvp.phrase)") : tr("added as \(rsvp.phrase), \(capacity.phrase)")
                    case .setRSVP(_, _, let rsvp): tr("\((before?.rsvp ?? .invited).phrase) → \(rsvp.phrase)")
                    case .setLeave(_, _, let leave?):
                        leave.note.map { tr("leave: \(leave.reason.phrase) (\($0))") }
                            ?? tr("leave: \(leave.reason.phrase)")
                    case .setLeave(_, _, nil): tr("leave cancelled")
                    case .setCapacity(_, _, let capacity): tr("now \(capacity.phrase)")
                    default: edit.summary
                    }
                }
                let what = said.isEmpty ? tr("no change") : Phrase.series(said)
                return tr("line \(reply.line): \(person?.name ?? reply.person), \(org): \(what)")
            }
        }

        /// "replies to '党建活动': 3 confirmed, 1 declined, 1 on leave; 2 added as participants, 1 unchanged".
        private func summary(_ planned: Planned, in book: Book) -> Phrase {
            let changes = planned.changes
            let title = book.event(planned.event)?.title ?? planned.event
            let answers = changes.map(\.reply.answer)
            let confirmed = answers.count { $0 == .confirmed }, declined = answers.count { $0 == .declined }
            let leave = answers.count { $0 == .leave }
            let added = changes.count { $0.edits.contains { if case .addParticipant = $0 { true } else { false } } }
            let unchanged = changes.count { $0.edits.isEmpty }
            let counts = tr("\(confirmed) confirmed, \(declined) declined, \(leave) on leave")
            return dryRun
                ? tr("record replies to '\(title)': \(counts); \(added) to add as participants, \(unchanged) unchanged")
                : tr(
                    "recorded replies to '\(title)': \(counts); \(added) added as participants, \(unchanged) unchanged")
        }
    }
}
