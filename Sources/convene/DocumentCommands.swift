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
    /// Drafts the document of `kind` from the chosen event and prints it in this format (0600 in a file when it
    /// holds `personal` data).
    func print<Document: EventDocument>(
        _ kind: Document.Type, plan: PlanOptions, event: EventOption, printing: PrintOptions, output: OutputOption,
        personal: Bool
    ) throws {
        let book = try plan.load()
        let chosen = try book.requireEvent(try Resolver(book: book).event(event.event))
        let width = self == .text ? try printing.resolvedWidth() : 80
        let document = Document(book: book, event: chosen, language: printing.language, width: width)
        switch self {
        case .text: try output.write(document.renderText(), personal: personal)
        case .markdown: try output.write(document.renderMarkdown(), personal: personal)
        case .html: try output.write(document.renderHTML(), personal: personal)
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
    @OptionGroup var output: OutputOption

    func run() throws {
        let book = try plan.load()
        let chosen = try book.requireEvent(try Resolver(book: book).event(event.event))
        try csv.check(isCSV: format == .csv)
        try output.check(isXLSX: format == .xlsx)
        let language = printing.language
        let text: String
        switch format {
        case .text:
            text = AttendanceText(book: book, event: chosen, language: language, width: try printing.resolvedWidth())
                .render()
        case .markdown: text = AttendanceMarkdown(book: book, event: chosen, language: language).render()
        case .html: text = AttendanceHTML(book: book, event: chosen, language: language).render()
        case .csv:
            let table = AttendanceCSV(book: book, event: chosen, language: language)
            return try output.write(try csv.data(table.render()), personal: true)
        case .json: text = try AttendanceJSON(book: book, event: chosen).render()
        case .xlsx: return try output.write(AttendanceCSV(book: book, event: chosen, language: language).sheet)
        }
        try output.write(text, personal: true)
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
    @OptionGroup var output: OutputOption

    func run() throws {
        try format.print(
            MeetingRecord.self, plan: plan, event: event, printing: printing, output: output, personal: true)
    }
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
    @OptionGroup var output: OutputOption

    func run() throws {
        try format.print(
            ActivityBrief.self, plan: plan, event: event, printing: printing, output: output, personal: false)
    }
}
