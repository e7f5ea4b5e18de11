import ArgumentParser
import Foundation
import PlannerUI
import TextCells

/// `--ambiguous-width`, on the planner and on the commands that print text laid out in cells.
struct DisplayOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Cells that East Asian Ambiguous characters (— · … “ ” ═ │ ○) take: narrow (1) or wide (2, as terminals set "
                + "up for CJK draw them). Default: $CONVENE_AMBIGUOUS_WIDTH, else ambiguous_width in config.toml, "
                + "else narrow.", valueName: "narrow|wide"))
    var ambiguousWidth: TextCells.AmbiguousWidth?

    /// The option, else `CONVENE_AMBIGUOUS_WIDTH`, else `ambiguous_width` in config.toml, else narrow.
    func resolved(environment env: [String: String]) throws -> TextCells.AmbiguousWidth {
        if let ambiguousWidth { return ambiguousWidth }
        if let value = env["CONVENE_AMBIGUOUS_WIDTH"], !value.isEmpty {
            guard let width = TextCells.AmbiguousWidth(rawValue: value) else {
                throw UsageError("CONVENE_AMBIGUOUS_WIDTH must be narrow or wide (got '\(value)')")
            }
            return width
        }
        do {
            return try ConfigFile.load(environment: env).ambiguousWidth ?? .narrow
        } catch {
            throw UsageError("\(error)")
        }
    }
}

/// A command whose output is measured in cells: `main` binds `TextCells.ambiguousWidth` around its run.
protocol MeasuresText {
    var display: DisplayOptions { get }
}

extension TextCells.AmbiguousWidth: ExpressibleByArgument {}
