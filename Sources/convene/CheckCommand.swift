import ArgumentParser
import Foundation
import PlannerCore
import Printing

/// Output formats of `convene check`.
enum CheckFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "List the problems of an event's plan; exit 1 when there is an error.",
        discussion:
            "Each problem has a severity (error, warning, note), a stable code (see the README), a message and the ids it concerns."
    )
    @OptionGroup var plan: PlanOptions
    @OptionGroup var event: EventOption
    @OptionGroup var display: DisplayOptions
    @Option(help: "text or json.") var format: CheckFormat = .text

    func run() throws {
        let book = try plan.load()
        let chosen = try book.requireEvent(try Resolver(book: book).event(event.event))
        let problems = Checks.problems(in: chosen, book: book)
        switch format {
        case .text: Console.out(CheckReport.text(problems, event: chosen), terminator: "")
        case .json: Console.out(try CheckReport.json(problems), terminator: "")
        }
        if problems.contains(where: { $0.severity == .error }) { throw ExitCode(ExitStatus.checkFailed) }
    }
}
