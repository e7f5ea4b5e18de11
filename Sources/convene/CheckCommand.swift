import ArgumentParser
import Foundation
import Phrasebook
import PlannerCore
import Printing

/// Output formats of `convene check`.
enum CheckFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

struct CheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "check",
            abstract: tr("List the problems of an event's plan; exit 1 when there is an error.").cli,
            discussion: tr(
                "Each problem has a severity (error, warning, note), a stable code (see the README), a message and the ids it concerns."
            ).cli
        )
    }
    @OptionGroup var plan: PlanOptions
    @OptionGroup var event: EventOption
    @OptionGroup var display: DisplayOptions
    @Option(help: ArgumentHelp(tr("text or json.").cli)) var format: CheckFormat = .text
    @Flag(
        help: ArgumentHelp(
            tr("Check every event in date order, and the plan-wide problems once at the end, in one process.").cli))
    var allEvents = false
    @OptionGroup var output: OutputOption

    func run() throws {
        let book = try plan.load()
        if allEvents { return try checkAll(book) }
        let chosen = try book.requireEvent(try Resolver(book: book).event(event.event))
        let problems = Checks.problems(in: chosen, book: book)
        switch format {
        case .text: try output.write(CheckReport.text(problems, event: chosen, language: plan.language), personal: true)
        case .json: try output.write(try CheckReport.json(problems, event: chosen), personal: true)
        }
        if problems.contains(where: { $0.severity == .error }) { throw ExitCode(ExitStatus.checkFailed) }
    }

    /// `--all-events`: the plan-wide problems and the people's lookup worked out once, not once per event.
    private func checkAll(_ book: Book) throws {
        let people = book.peopleByID, wide = Checks.planProblems(in: book)
        let events = book.events.sorted { ($0.date, $0.start.minutes) < ($1.date, $1.start.minutes) }
        let reports = events.map { event in
            let own = Checks.problems(in: event, book: book, people: people, plan: [])
            return (event: event, problems: own)
        }
        switch format {
        case .text: try output.write(CheckReport.text(reports, plan: wide, language: plan.language), personal: true)
        case .json: try output.write(try CheckReport.json(reports, plan: wide), personal: true)
        }
        let all = reports.flatMap(\.problems) + wide
        if all.contains(where: { $0.severity == .error }) { throw ExitCode(ExitStatus.checkFailed) }
    }
}
