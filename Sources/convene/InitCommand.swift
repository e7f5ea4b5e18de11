import ArgumentParser
import Phrasebook
import PlanFile
import PlannerCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create a plan file: empty, or holding the sample event.")
    @OptionGroup var plan: PlanOptions
    @Flag(name: .long, help: "Create an empty plan instead of the sample.") var empty = false

    func run() throws {
        let store = plan.store
        try store.withLock {
            guard !store.exists else { throw UsageError(tr("\(store.path) already exists; it was left untouched")) }
            try store.save(empty ? Book() : SampleBook.make())
        }
        Console.out(store.path)
    }
}
