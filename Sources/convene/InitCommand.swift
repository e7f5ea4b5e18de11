import ArgumentParser
import Phrasebook
import PlanFile
import PlannerCore

struct InitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "init", abstract: tr("Create a plan file: empty, or holding the sample event.").cli)
    }
    @OptionGroup var plan: PlanOptions
    @Flag(name: .long, help: ArgumentHelp(tr("Create an empty plan instead of the sample.").cli)) var empty = false

    func run() throws {
        let store = plan.store
        try store.withLock {
            guard !store.exists else { throw UsageError(tr("\(store.path) already exists; it was left untouched")) }
            try store.save(store.newPlan(empty ? Book() : SampleBook.make()))
        }
        Console.out(store.path)
    }
}
