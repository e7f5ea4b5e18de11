import ArgumentParser
import Foundation
import Phrasebook
import PlanFile
import PlannerCore
import Printing

/// `convene`: with no subcommand, the full-screen planner; subcommands for scripts.
struct ConveneCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "convene",
            abstract: tr("Plan joint activities of several organisations: agenda, venue, roles, participants.").cli,
            discussion: tr(
                "Without a subcommand, opens the planner on the plan file. Exit codes: 0 success, 1 a check found an error, 2 usage or reference error, 3 plan-file error."
            ).cli,
            version: ConveneVersion.number,
            subcommands: [
                AgendaCommand.self, PeopleCommand.self, CheckCommand.self, OverviewCommand.self,
                EventsCommand.self, OrgsCommand.self, VenuesCommand.self, RosterCommand.self,
                InitCommand.self, EventCommand.self, VenueCommand.self, OrgCommand.self, PersonCommand.self,
                ParticipantCommand.self, ItemCommand.self, ImportCommand.self, AttendanceCommand.self,
                RecordCommand.self, BriefCommand.self, DiffCommand.self, MergeCommand.self, ConflictsCommand.self,
                ResolveCommand.self, ShareCommand.self, SetupGitCommand.self,
            ])
    }

    @OptionGroup var plan: PlanOptions

    @OptionGroup var display: DisplayOptions

    @Option(
        name: .long,
        help: ArgumentHelp(tr("Colour theme for the planner (a name in themes/ or a path to a .toml file).").cli))
    var theme: String?

    func run() throws {
        try PlannerLauncher.run(plan: plan, themeName: theme, language: plan.language)
    }
}
