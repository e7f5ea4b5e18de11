import ArgumentParser
import Foundation
import Phrasebook
import PlannerCore
import Printing

/// Output formats of `convene attendance`.
enum AttendanceFormat: String, ExpressibleByArgument, CaseIterable { case text, markdown, html, csv, json, xlsx }
/// Output formats of `convene record` and `convene brief`.
enum DocumentFormat: String, ExpressibleByArgument, CaseIterable { case text, markdown, html }

extension DocumentFormat {
    /// Drafts the document of `kind` from the chosen event and prints it in this format.
    func print<Document: EventDocument>(
        _ kind: Document.Type, plan: PlanOptions, event: EventOption, printing: PrintOptions
    ) throws {
        let book = try plan.load()
        let chosen = try book.requireEvent(try Resolver(book: book).event(event.event))
        let width = self == .text ? try printing.resolvedWidth() : 80
        let document = Document(book: book, event: chosen, language: printing.language, width: width)
        switch self {
        case .text: Console.out(document.renderText(), terminator: "")
        case .markdown: Console.out(document.renderMarkdown(), terminator: "")
        case .html: Console.out(document.renderHTML(), terminator: "")
        }
    }
}

struct AttendanceCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "attendance",
            abstract: tr(
                "Print an event's attendance: expected, present, excused, absent and the rate, per organisation."
            )
            .cli)
    }
    @OptionGroup var plan: PlanOptions
    @OptionGroup var event: EventOption
    @OptionGroup var printing: PrintOptions
    @Option(
        help: ArgumentHelp(
            tr("text, markdown, html (a printable page), csv (a spreadsheet), json or xlsx (with -o).").cli))
    var format: AttendanceFormat = .text
    @OptionGroup var csv: CSVOptions
    @OptionGroup var xlsx: XLSXOutput

    func run() throws {
        let book = try plan.load()
        let chosen = try book.requireEvent(try Resolver(book: book).event(event.event))
        try csv.check(isCSV: format == .csv)
        try xlsx.check(isXLSX: format == .xlsx)
        let language = printing.language
        let text: String
        switch format {
        case .text:
            text = AttendanceText(book: book, event: chosen, language: language, width: try printing.resolvedWidth())
                .render()
        case .markdown: text = AttendanceMarkdown(book: book, event: chosen, language: language).render()
        case .html: text = AttendanceHTML(book: book, event: chosen, language: language).render()
        case .csv: return try csv.write(AttendanceCSV(book: book, event: chosen, language: language).render())
        case .json: text = try AttendanceJSON(book: book, event: chosen).render()
        case .xlsx: return try xlsx.write(AttendanceCSV(book: book, event: chosen, language: language).sheet)
        }
        Console.out(text, terminator: "")
    }
}

struct RecordCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "record",
            abstract: tr("Print the meeting record to fill in: time, place, host, recorder, attendance, the agenda.")
                .cli)
    }
    @OptionGroup var plan: PlanOptions
    @OptionGroup var event: EventOption
    @OptionGroup var printing: PrintOptions
    @Option(help: ArgumentHelp(tr("text, markdown or html (a printable page).").cli)) var format: DocumentFormat = .text

    func run() throws { try format.print(MeetingRecord.self, plan: plan, event: event, printing: printing) }
}

struct BriefCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "brief",
            abstract: tr("Print a draft of the activity brief (a news item in the shape of the seed report) to edit.")
                .cli)
    }
    @OptionGroup var plan: PlanOptions
    @OptionGroup var event: EventOption
    @OptionGroup var printing: PrintOptions
    @Option(help: ArgumentHelp(tr("text, markdown or html (a printable page).").cli)) var format: DocumentFormat = .text

    func run() throws { try format.print(ActivityBrief.self, plan: plan, event: event, printing: printing) }
}
