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

    func run() throws {
        let book = try plan.load()
        let chosen = try book.requireEvent(try Resolver(book: book).event(event.event))
        let problems = Checks.problems(in: chosen, book: book)
        switch format {
        case .text: Console.out(CheckReport.text(problems, event: chosen, language: plan.language), terminator: "")
        case .json: Console.out(try CheckReport.json(problems), terminator: "")
        }
        if problems.contains(where: { $0.severity == .error }) { throw ExitCode(ExitStatus.checkFailed) }
    }
}
