import ArgumentParser
import Foundation
import PlanFile
import PlannerCore
import PlannerUI
import TerminalKit

/// `convene-bench first-frame --file F`: the planner's work before its first frame, once, in this process:
/// read the plan, build the state, draw the Overview into a cell buffer. Run it under
/// `valgrind --tool=callgrind` for instruction counts, which this noisy machine's clocks cannot give.
struct FirstFrame: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "first-frame",
        abstract: "Load a plan and draw the planner's first frame once (for profiling).")
    @Option(help: "The plan file.") var file: String
    @Flag(help: "Also draw the second frame, with the checks' results.") var checks = false

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let book = try PlanStore(path: file).load()
        let loaded = clock.now
        var state = AppState(book: book, file: file, size: Measure.size)
        state.defersChecks = true
        var width = Render.frame(state, theme: .builtIn).width
        let drawn = clock.now
        if checks {
            state.defersChecks = false
            width += Render.frame(state, theme: .builtIn).width
        }
        let end = clock.now
        func ms(_ d: Duration) -> String {
            String(format: "%.1f", Double(d.components.attoseconds) / 1e15 + Double(d.components.seconds) * 1000)
        }
        print(
            "load \(ms(loaded - start)) ms · state + first frame \(ms(drawn - loaded)) ms"
                + (checks ? " · frame with checks \(ms(end - drawn)) ms" : "") + " (\(width) columns)")
    }
}
