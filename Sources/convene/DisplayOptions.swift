import ArgumentParser
import Foundation
import Phrasebook
import PlannerUI
import TextCells

/// `--ambiguous-width`, on the planner and on the commands that print text laid out in cells.
struct DisplayOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            tr(
                "Cells that East Asian Ambiguous characters (— · … “ ” ═ │ ○) take: narrow (1) or wide (2, as terminals set up for CJK draw them). Default: $CONVENE_AMBIGUOUS_WIDTH, else ambiguous_width in config.toml, else narrow."
            ).cli, valueName: "narrow|wide"))
    // A string, checked in `resolved`, rather than `TextCells.AmbiguousWidth`: each type an option parses into costs
    // every start of the program ArgumentParser's look-ups of its protocol conformances (0.7 M instructions here).
    var ambiguousWidth: String?

    /// The option, else `CONVENE_AMBIGUOUS_WIDTH`, else `ambiguous_width` in config.toml, else narrow.
    func resolved(environment env: [String: String]) throws -> TextCells.AmbiguousWidth {
        if let ambiguousWidth {
            guard let width = TextCells.AmbiguousWidth(rawValue: ambiguousWidth) else {
                throw UsageError(tr("--ambiguous-width must be narrow or wide (got '\(ambiguousWidth)')"))
            }
            return width
        }
        if let value = env["CONVENE_AMBIGUOUS_WIDTH"], !value.isEmpty {
            guard let width = TextCells.AmbiguousWidth(rawValue: value) else {
                throw UsageError(tr("CONVENE_AMBIGUOUS_WIDTH must be narrow or wide (got '\(value)')"))
            }
            return width
        }
        return try ConfigFile.load(environment: env).ambiguousWidth ?? .narrow
    }
}

extension DisplayOptions {
    /// The `--ambiguous-width` of the command about to run; nil for one that measures no text. `main` binds
    /// `TextCells.ambiguousWidth` around the run from it. The commands are named one by one: a protocol and
    /// `command as? SomeProtocol` would search the binary's protocol conformances at every start (0.6 M
    /// instructions, 0.3 % of `convene agenda` on a 10k plan), where a cast to a struct compares one pointer.
    static func of(_ command: ParsableCommand) -> DisplayOptions? {
        switch command {
        case let c as ConveneCommand: c.display
        case let c as AgendaCommand: c.printing.display
        case let c as PeopleCommand: c.printing.display
        case let c as OverviewCommand: c.printing.display
        case let c as CheckCommand: c.display
        case let c as EventsCommand: c.display
        case let c as OrgsCommand: c.display
        case let c as VenuesCommand: c.display
        case let c as RosterCommand: c.display
        default: nil
        }
    }
}
