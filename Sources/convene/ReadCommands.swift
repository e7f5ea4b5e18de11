import ArgumentParser
import Foundation
import Phrasebook
import PlanFile
import PlannerCore
import Printing

/// Output formats of `convene agenda`.
enum AgendaFormat: String, ExpressibleByArgument, CaseIterable { case text, markdown, html, ics, json }
/// Output formats of `convene people`.
enum PeopleFormat: String, ExpressibleByArgument, CaseIterable { case text, csv, markdown, html, json, xlsx }
/// Output formats of the lists: `convene overview`, `events`, `orgs` and `venues`.
enum ListFormat: String, ExpressibleByArgument, CaseIterable { case text, json }
/// Output formats of `convene roster`.
enum RosterFormat: String, ExpressibleByArgument, CaseIterable { case text, json, xlsx }

struct AgendaCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "agenda", abstract: tr("Print an event's agenda.").cli)
    }
    @OptionGroup var plan: PlanOptions
    @OptionGroup var event: EventOption
    @OptionGroup var printing: PrintOptions
    @Option(help: ArgumentHelp(tr("text, markdown, html (a printable page), ics (a calendar) or json.").cli))
    var format: AgendaFormat = .text
    @Flag(
        help: ArgumentHelp(tr("Print every event's agenda in date order (text, markdown or ics), in one process.").cli))
    var allEvents =
        false
    @OptionGroup var output: OutputOption

    func run() throws {
        let book = try plan.load()
        if allEvents {
            guard [.text, .markdown, .ics].contains(format) else {
                throw ValidationError(tr("--all-events prints text, markdown or ics").cli)
            }
            let events = book.events.sorted { ($0.date, $0.start.minutes) < ($1.date, $1.start.minutes) }
            let everyone = book.peopleByID
            if format == .ics {
                let stamp = AgendaICS.stamp(environment: ProcessInfo.processInfo.environment)
                return try output.write(
                    try PlanICS(book: book, events: events, language: printing.language, stamp: stamp, people: everyone)
                        .render(), personal: false)
            }
            let agendas = try events.map { try agenda(book, $0, people: everyone) }
            return try output.write(agendas.joined(separator: "\n"), personal: false)
        }
        let chosen = try book.requireEvent(try Resolver(book: book).event(event.event))
        try output.write(try agenda(book, chosen), personal: false)
    }

    private func agenda(_ book: Book, _ chosen: Event, people: PersonLookup? = nil) throws -> String {
        let language = printing.language
        switch format {
        case .text:
            return AgendaText(
                book: book, event: chosen, language: language, width: try printing.resolvedWidth(), people: people
            ).render()
        case .markdown: return AgendaMarkdown(book: book, event: chosen, language: language, people: people).render()
        case .html: return AgendaHTML(book: book, event: chosen, language: language, people: people).render()
        case .ics:
            let stamp = AgendaICS.stamp(environment: ProcessInfo.processInfo.environment)
            return try AgendaICS(book: book, event: chosen, language: language, stamp: stamp, people: people).render()
        case .json: return try AgendaJSON(book: book, event: chosen).render()
        }
    }
}

struct PeopleCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "people", abstract: tr("Print an event's participant list.").cli)
    }
    @OptionGroup var plan: PlanOptions
    @OptionGroup var event: EventOption
    @OptionGroup var printing: PrintOptions
    @Flag(name: .long, help: ArgumentHelp(tr("Group by organisation.").cli)) var byOrg = false
    @Flag(name: .long, help: ArgumentHelp(tr("Include phone and email (personal data).").cli)) var withContacts = false
    @Flag(
        name: .long,
        help: ArgumentHelp(
            tr(
                "Print the sign-in sheet (per organisation: number, name, organisation, title, political status, a signature column); text or html."
            ).cli)
    ) var signIn = false
    @Option(
        help: ArgumentHelp(
            tr(
                "Empty rows under each organisation of the sign-in sheet, for walk-ins (default: \(SignInSheet.defaultBlankRows))."
            )
            .cli, valueName: "n"))
    var blankRows: Int?
    @Option(help: ArgumentHelp(tr("text, csv, markdown, html (a printable page), json or xlsx (with -o).").cli))
    var format: PeopleFormat = .text
    @OptionGroup var csv: CSVOptions
    @OptionGroup var output: OutputOption

    func run() throws {
        let book = try plan.load()
        let chosen = try book.requireEvent(try Resolver(book: book).event(event.event))
        try csv.check(isCSV: format == .csv && !signIn)
        try output.check(isXLSX: format == .xlsx)
        if signIn { return try printSignInSheet(book: book, event: chosen) }
        if blankRows != nil { throw UsageError(tr("--blank-rows goes with --sign-in")) }
        let language = printing.language
        let text: String
        switch format {
        case .text:
            text = PeopleText(
                book: book, event: chosen, language: language, byOrganisation: byOrg,
                withContacts: withContacts, width: try printing.resolvedWidth()
            ).render()
        case .csv:
            let table = PeopleCSV(book: book, event: chosen, language: language, withContacts: withContacts)
            return try output.write(try csv.data(table.render()), personal: true)
        case .markdown:
            text = PeopleMarkdown(
                book: book, event: chosen, language: language, byOrganisation: byOrg, withContacts: withContacts
            ).render()
        case .html:
            text = PeopleHTML(
                book: book, event: chosen, language: language, byOrganisation: byOrg, withContacts: withContacts
            ).render()
        case .json: text = try PeopleJSON(book: book, event: chosen, withContacts: withContacts).render()
        case .xlsx:
            return try output.write(
                PeopleCSV(book: book, event: chosen, language: language, withContacts: withContacts).sheet)
        }
        try output.write(text, personal: true)
    }

    private func printSignInSheet(book: Book, event: Event) throws {
        let blank = blankRows ?? SignInSheet.defaultBlankRows
        guard (0...100).contains(blank) else {
            throw UsageError(tr("--blank-rows must be between 0 and 100 (got \(blank))"))
        }
        switch format {
        case .text:
            let sheet = SignInSheet(
                book: book, event: event, language: printing.language, withContacts: withContacts, blankRows: blank,
                width: try printing.resolvedWidth())
            try output.write(sheet.renderText(), personal: true)
        case .html:
            try output.write(
                SignInSheet(
                    book: book, event: event, language: printing.language, withContacts: withContacts, blankRows: blank
                ).renderHTML(), personal: true)
        case .xlsx:
            try output.write(
                SignInSheet(
                    book: book, event: event, language: printing.language, withContacts: withContacts, blankRows: blank
                ).sheet)
        default:
            throw UsageError(tr("--sign-in prints text, html or xlsx (not \(format.rawValue))"))
        }
    }
}

struct OverviewCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "overview", abstract: tr("Print a summary of every event in the plan.").cli)
    }
    @OptionGroup var plan: PlanOptions
    @OptionGroup var printing: PrintOptions
    @Option(help: ArgumentHelp(tr("text or json.").cli)) var format: ListFormat = .text
    @OptionGroup var output: OutputOption

    func run() throws {
        let book = try plan.load()
        switch format {
        case .text:
            try output.write(
                OverviewText(book: book, language: printing.language, width: try printing.resolvedWidth()).render(),
                personal: false)
        case .json: try output.write(try OverviewJSON(book: book).render(), personal: false)
        }
    }
}

struct EventsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "events", abstract: tr("List the events.").cli)
    }
    @OptionGroup var plan: PlanOptions
    @OptionGroup var display: DisplayOptions
    @Option(help: ArgumentHelp(tr("text or json.").cli)) var format: ListFormat = .text
    @OptionGroup var output: OutputOption

    func run() throws {
        let book = try plan.load()
        switch format {
        case .text: try output.write(ListText.events(book, language: CommandLineLanguage.current), personal: false)
        case .json: try output.write(try EventsJSON(book: book).render(), personal: false)
        }
    }
}

struct OrgsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "orgs", abstract: tr("List the organisations.").cli)
    }
    @OptionGroup var plan: PlanOptions
    @OptionGroup var display: DisplayOptions
    @Option(help: ArgumentHelp(tr("text or json.").cli)) var format: ListFormat = .text
    @OptionGroup var output: OutputOption

    func run() throws {
        let book = try plan.load()
        switch format {
        case .text:
            try output.write(ListText.organisations(book, language: CommandLineLanguage.current), personal: false)
        case .json: try output.write(try OrganisationsJSON(book: book).render(), personal: false)
        }
    }
}

struct VenuesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "venues", abstract: tr("List the venues and their rooms.").cli)
    }
    @OptionGroup var plan: PlanOptions
    @OptionGroup var display: DisplayOptions
    @Option(help: ArgumentHelp(tr("text or json.").cli)) var format: ListFormat = .text
    @OptionGroup var output: OutputOption

    func run() throws {
        let book = try plan.load()
        switch format {
        case .text: try output.write(ListText.venues(book, language: CommandLineLanguage.current), personal: false)
        case .json: try output.write(try VenuesJSON(book: book).render(), personal: false)
        }
    }
}

struct RosterCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "roster", abstract: tr("List the people on the organisations' rosters.").cli)
    }
    @OptionGroup var plan: PlanOptions
    @OptionGroup var display: DisplayOptions
    @Option(help: ArgumentHelp(tr("Only this organisation (id or name).").cli), completion: .organisations) var org:
        String?
    @Option(help: ArgumentHelp(tr("Only people whose name, or its pinyin or initials, matches (e.g. xxm).").cli))
    var search: String?
    @Flag(name: .long, help: ArgumentHelp(tr("Include phone and email (personal data).").cli)) var withContacts = false
    @Option(help: ArgumentHelp(tr("text, json or xlsx (with -o; it reads back with convene import people).").cli))
    var format: RosterFormat = .text
    @OptionGroup var output: OutputOption

    func run() throws {
        let book = try plan.load()
        try output.check(isXLSX: format == .xlsx)
        let orgID = try org.map { try Resolver(book: book).organisation($0) }
        switch format {
        case .text:
            try output.write(
                ListText.people(
                    book, org: orgID, search: search, withContacts: withContacts,
                    language: CommandLineLanguage.current), personal: true)
        case .json:
            try output.write(
                try RosterJSON(book: book, org: orgID, search: search, withContacts: withContacts).render(),
                personal: true)
        case .xlsx:
            try output.write(
                RosterSheet.sheet(
                    book, org: orgID, search: search, withContacts: withContacts,
                    language: CommandLineLanguage.current))
        }
    }
}
