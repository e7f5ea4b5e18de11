import ArgumentParser
import Foundation
import PlanFile
import PlannerCore
import Printing

/// Output formats of `convene agenda`.
enum AgendaFormat: String, ExpressibleByArgument, CaseIterable { case text, json }
/// Output formats of `convene people`.
enum PeopleFormat: String, ExpressibleByArgument, CaseIterable { case text, csv, json }

struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "agenda", abstract: "Print an event's agenda.")
    @OptionGroup var plan: PlanOptions
    @OptionGroup var event: EventOption
    @OptionGroup var printing: PrintOptions
    @Option(help: "text or json.") var format: AgendaFormat = .text

    func run() throws {
        let book = try plan.load()
        let chosen = book.event(try Resolver(book: book).event(event.event))!
        switch format {
        case .text: print(AgendaText(book: book, event: chosen, language: printing.language, width: try printing.resolvedWidth()).render(), terminator: "")
        case .json: print(try AgendaJSON(book: book, event: chosen).render(), terminator: "")
        }
    }
}

struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "people", abstract: "Print an event's participant list.")
    @OptionGroup var plan: PlanOptions
    @OptionGroup var event: EventOption
    @OptionGroup var printing: PrintOptions
    @Flag(name: .long, help: "Group by organisation.") var byOrg = false
    @Flag(name: .long, help: "Include phone and email (personal data).") var withContacts = false
    @Option(help: "text, csv or json.") var format: PeopleFormat = .text

    func run() throws {
        let book = try plan.load()
        let chosen = book.event(try Resolver(book: book).event(event.event))!
        switch format {
        case .text:
            print(PeopleText(book: book, event: chosen, language: printing.language, byOrganisation: byOrg,
                             withContacts: withContacts, width: try printing.resolvedWidth()).render(), terminator: "")
        case .csv: print(PeopleCSV(book: book, event: chosen, withContacts: withContacts).render(), terminator: "")
        case .json: print(try PeopleJSON(book: book, event: chosen, withContacts: withContacts).render(), terminator: "")
        }
    }
}

struct OverviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "overview", abstract: "Print a summary of every event in the plan.")
    @OptionGroup var plan: PlanOptions
    @OptionGroup var printing: PrintOptions

    func run() throws {
        print(OverviewText(book: try plan.load(), language: printing.language).render(), terminator: "")
    }
}

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "events", abstract: "List the events.")
    @OptionGroup var plan: PlanOptions

    func run() throws {
        let book = try plan.load()
        print(ListText.events(book), terminator: "")
    }
}

struct OrgsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "orgs", abstract: "List the organisations.")
    @OptionGroup var plan: PlanOptions

    func run() throws { print(ListText.organisations(try plan.load()), terminator: "") }
}

struct VenuesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "venues", abstract: "List the venues and their rooms.")
    @OptionGroup var plan: PlanOptions

    func run() throws { print(ListText.venues(try plan.load()), terminator: "") }
}

struct RosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "roster", abstract: "List the people on the organisations' rosters.")
    @OptionGroup var plan: PlanOptions
    @Option(help: "Only this organisation (id or name).") var org: String?
    @Option(help: "Only people whose name, or its pinyin or initials, matches (e.g. xxm).") var search: String?
    @Flag(name: .long, help: "Include phone and email (personal data).") var withContacts = false

    func run() throws {
        let book = try plan.load()
        let orgID = try org.map { try Resolver(book: book).organisation($0) }
        print(ListText.people(book, org: orgID, search: search, withContacts: withContacts), terminator: "")
    }
}
