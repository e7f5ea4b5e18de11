import ArgumentParser
import Foundation
import Phrasebook
import PlannerCore
import Printing

extension ImportCommand {
    /// `convene import ics FILE [--event E]`: a calendar's entries as agenda items, all or nothing; importing the same
    /// file again updates its items (by UID), never doubles them.
    struct ICS: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "ics",
                abstract: tr("Bring in a calendar's entries (.ics) as agenda items (all or nothing).").cli,
                discussion: tr(
                    "Reads calendars of calcurse, khal, Google, Outlook and Convene itself. Each entry becomes an item (its SUMMARY the title, LOCATION the room where the venue has it, DESCRIPTION the notes; the kind from CATEGORIES or from the title: 重温入党誓词 oath, 参观 visit, 座谈会 symposium, 交流 discussion, 党员大会 meeting, else other), in its event's time zone. Convene's own calendar restores its events and items; with --event every entry goes into that event; otherwise other calendars' entries make one event a day, titled by the calendar's name. An all-day entry is an item from 00:00 to 24:00. DAILY and WEEKLY series with COUNT or UNTIL are expanded; other repeating entries are refused with their line. Importing the same file again updates the items (by UID) and adds none twice. Any bad entry is reported with its line and nothing is changed."
                ).cli)
        }

        @OptionGroup var plan: PlanOptions

        @Argument(
            help: ArgumentHelp(
                tr("The calendar: an .ics file in UTF-8; - reads standard input.").cli, valueName: "file"))
        var file: String

        @Option(
            help: ArgumentHelp(tr("Make every entry an item of this event (id or title).").cli), completion: .events)
        var event: String?

        @Flag(help: ArgumentHelp(tr("Show what each entry would add or change; change nothing.").cli))
        var dryRun = false

        func run() throws {
            let calendars: [ICSComponent]
            do {
                calendars = try ICSReader.read(try ImportCommand.read(file))
            } catch let error as ICSReadError {
                throw PlanError.refused(RosterProblems([error.problem]).report(file: ImportCommand.shown(file)))
            }
            if dryRun {
                var book = try plan.load()
                let planned = try apply(calendars, to: &book)
                for change in planned.changes { Console.out(listing(change).cli) }
                for line in summary(planned, in: book) { printError(tr("dry run: \(line)")) }
                printError(tr("dry run: nothing was changed"))
                return
            }
            let (planned, said) = try plan.editInPlace { book in
                let planned = try apply(calendars, to: &book)
                return ((planned, summary(planned, in: book)), !planned.edits.isEmpty)
            }
            for change in planned.changes where change.action == .add { Console.out(change.item.id) }
            for line in said { printError(line) }
        }

        /// Applies the file's entries to `book` in place, each edit checked by the core's rules (a room the venue
        /// lacks, a title too long …), or throws listing every bad entry with its line (the book is then half-changed,
        /// and the caller discards it: all or nothing). One batch: each edit costs O(1), not a copy of the book.
        private func apply(_ calendars: [ICSComponent], to book: inout Book) throws -> CalendarImport.Plan {
            let eventID = try event.map { try Resolver(book: book).event($0) }
            let floating =
                eventID.flatMap { book.event($0) }.flatMap { TimeZone(identifier: $0.tz) }
                ?? TimeZone(identifier: Event.defaultTimeZone) ?? .gmt
            var entries: [CalendarEntry] = []
            var problems: [ImportProblem] = []
            let readers = calendars.map { CalendarEntries(calendar: $0, floating: floating) }
            for reader in readers {
                switch reader.entries() {
                case .success(let read): entries += read
                case .failure(let bad): problems += bad.problems
                }
            }
            let shown = ImportCommand.shown(file)
            if !problems.isEmpty { throw PlanError.refused(RosterProblems(problems).report(file: shown)) }
            let importer = CalendarImport(
                book: book, event: eventID, calendarName: readers.lazy.compactMap(\.name).first,
                zone: readers.first?.zones.floating ?? floating)
            let planned: CalendarImport.Plan
            switch importer.plan(entries) {
            case .success(let made): planned = made
            case .failure(let bad): throw PlanError.refused(bad.report(file: shown))
            }
            var batch = InPlaceBatch()
            for (line, edit) in planned.editsByLine {
                do {
                    try batch.apply(edit, to: &book)
                } catch {
                    problems.append(ImportProblem(line: line, reason: Phrase(error: error)))
                }
            }
            if !problems.isEmpty { throw PlanError.refused(RosterProblems(problems).report(file: shown)) }
            return planned
        }

        /// "line 12: add i5 09:00–09:20 重温入党誓词 (Oath review) to e2".
        private func listing(_ change: CalendarImport.Change) -> Phrase {
            let item = change.item
            let end = ClockTime(minutes: item.endMinutes)?.description ?? "?"
            let what = tr("\(item.start.description)–\(end) \(item.title) (\(item.kind.phrase))")
            switch change.action {
            case .add: return tr("line \(change.line): add \(item.id) \(what) to \(change.event)")
            case .update: return tr("line \(change.line): update \(item.id) to \(what)")
            case .unchanged: return tr("line \(change.line): \(item.id) unchanged")
            case .older: return tr("line \(change.line): \(item.id) kept: the plan's item is newer than the entry")
            }
        }

        /// A line per event, the first 20, then one for the rest: "new event e2 '党建活动' on 2023-06-16: 3 added, 0
        /// updated, 0 unchanged".
        private func summary(_ planned: CalendarImport.Plan, in book: Book) -> [Phrase] {
            // Grouped in one pass: a calendar of years has thousands of events.
            var order: [String] = []
            var byEvent: [String: [CalendarImport.Change]] = [:]
            for change in planned.changes {
                if byEvent[change.event] == nil { order.append(change.event) }
                byEvent[change.event, default: []].append(change)
            }
            let newEvents = Dictionary(planned.newEvents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let lines = order.prefix(Self.eventsShown).map { id in
                let changes = byEvent[id] ?? []
                let count = { (action: CalendarImport.Action) in changes.count { $0.action == action } }
                var counts = tr("\(count(.add)) added, \(count(.update)) updated, \(count(.unchanged)) unchanged")
                if count(.older) > 0 { counts = tr("\(counts), \(count(.older)) kept as the plan has them (newer)") }
                if let new = newEvents[id] {
                    return tr("new event \(id) '\(new.title)' on \(new.date.description): \(counts)")
                }
                let title = book.event(id)?.title ?? id
                return tr("event \(id) '\(title)': \(counts)")
            }
            guard order.count > Self.eventsShown else { return lines }
            let rest = order.dropFirst(Self.eventsShown).flatMap { byEvent[$0] ?? [] }
            let count = { (action: CalendarImport.Action) in rest.count { $0.action == action } }
            return lines + [
                tr(
                    "… and \(order.count - Self.eventsShown) more events: \(count(.add)) added, \(count(.update)) updated, \(count(.unchanged)) unchanged"
                )
            ]
        }

        /// The most events the summary names one by one.
        static let eventsShown = 20
    }
}
