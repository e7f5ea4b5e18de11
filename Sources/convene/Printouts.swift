import Foundation
import Phrasebook
import PlanFile
import PlannerCore
import PlannerUI
import Printing
import RosterSheets

/// The planner's printouts: renders what the print dialog asked for with `Printing` and writes it with
/// `PrintoutFile` (personal data 0600, an existing file only when asked to replace it); CSV in `csv_encoding` of
/// config.toml, else UTF-8 with a byte order mark, and workbooks from the sheets `--format xlsx` writes, as the
/// command line writes them.
enum Printouts {
    /// Writes the printout of `book`; the path is resolved as save-as resolves it (`~`, relative to the folder).
    static func write(_ book: Book, _ request: PrintRequest, replace: Bool) -> PrintOutcome {
        var resolved = request
        resolved.path = PlannerEffects.resolve(request.path)
        guard let event = book.event(request.eventID) else {
            return .failed(tr("the event \(request.eventID) is no longer in the plan"))
        }
        do {
            let bytes = try data(book, event, request)
            try PrintoutFile.write(
                bytes, to: resolved.path, mode: PrintoutFile.mode(personal: request.kind.holdsPersonalData),
                replace: replace)
            return .written(request.kind, path: resolved.path)
        } catch PrintoutFile.Failure.exists {
            return .exists(resolved)
        } catch {
            return .failed(Phrase(error: error))
        }
    }

    /// The format written: the dialog offers only the formats a printout comes in; any other gets its first.
    static func format(of request: PrintRequest) -> PrintFormat {
        request.kind.formats.contains(request.format) ? request.format : request.kind.formats[0]
    }

    /// The printout's bytes: a workbook, CSV in the configured encoding, or UTF-8 text.
    static func data(_ book: Book, _ event: Event, _ request: PrintRequest) throws -> Data {
        let format = format(of: request)
        if format == .xlsx, let table = sheet(book, event, request) { return try XLSXWriter.data(table) }
        let text = try render(book, event, request)
        guard format == .csv else { return Data(text.utf8) }
        let config = try ConfigFile.load(environment: ProcessInfo.processInfo.environment)
        return try (config.csvEncoding ?? .standard).data(text)
    }

    /// The printout as the one sheet of a workbook, the table `--format xlsx` writes; nil for a printout that is
    /// not a table.
    static func sheet(_ book: Book, _ event: Event, _ request: PrintRequest) -> SheetTable? {
        let language = request.language
        switch request.kind {
        case .participants: return PeopleCSV(book: book, event: event, language: language).sheet
        case .signIn: return signInSheet(book, event, request).sheet
        case .attendance: return AttendanceCSV(book: book, event: event, language: language).sheet
        case .agenda, .record, .brief, .checks: return nil
        }
    }

    /// The sign-in sheet with the blank rows the dialog asked for.
    private static func signInSheet(_ book: Book, _ event: Event, _ request: PrintRequest) -> SignInSheet {
        SignInSheet(
            book: book, event: event, language: request.language,
            blankRows: request.blankRows ?? SignInSheet.defaultBlankRows)
    }

    /// The printout's text (a workbook's is its sheet: `data`).
    static func render(_ book: Book, _ event: Event, _ request: PrintRequest) throws -> String {
        let language = request.language
        switch (request.kind, format(of: request)) {
        case (.agenda, .text): return AgendaText(book: book, event: event, language: language).render()
        case (.agenda, .markdown): return AgendaMarkdown(book: book, event: event, language: language).render()
        case (.agenda, .ics):
            let stamp = AgendaICS.stamp(environment: ProcessInfo.processInfo.environment)
            return try AgendaICS(book: book, event: event, language: language, stamp: stamp).render()
        case (.agenda, _): return AgendaHTML(book: book, event: event, language: language).render()
        case (.participants, .text): return PeopleText(book: book, event: event, language: language).render()
        case (.participants, .markdown): return PeopleMarkdown(book: book, event: event, language: language).render()
        case (.participants, .csv): return PeopleCSV(book: book, event: event, language: language).render()
        case (.participants, _): return PeopleHTML(book: book, event: event, language: language).render()
        case (.signIn, .text): return signInSheet(book, event, request).renderText()
        case (.signIn, _): return signInSheet(book, event, request).renderHTML()
        case (.attendance, .text): return AttendanceText(book: book, event: event, language: language).render()
        case (.attendance, .markdown): return AttendanceMarkdown(book: book, event: event, language: language).render()
        case (.attendance, .csv): return AttendanceCSV(book: book, event: event, language: language).render()
        case (.attendance, _): return AttendanceHTML(book: book, event: event, language: language).render()
        case (.record, .text): return MeetingRecord(book: book, event: event, language: language).renderText()
        case (.record, .markdown): return MeetingRecord(book: book, event: event, language: language).renderMarkdown()
        case (.record, _): return MeetingRecord(book: book, event: event, language: language).renderHTML()
        case (.brief, .text): return ActivityBrief(book: book, event: event, language: language).renderText()
        case (.brief, .markdown): return ActivityBrief(book: book, event: event, language: language).renderMarkdown()
        case (.brief, _): return ActivityBrief(book: book, event: event, language: language).renderHTML()
        case (.checks, _):
            return CheckReport.text(Checks.problems(in: event, book: book), event: event, language: language)
        }
    }
}
