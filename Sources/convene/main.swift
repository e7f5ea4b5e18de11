import ArgumentParser
import Foundation
import PlanFile
import PlannerCore
import TextCells

/// Exit codes: 0 success, 1 a check found an error, 2 usage or reference error, 3 plan-file error.
enum ExitStatus {
    static let checkFailed: Int32 = 1
    static let usage: Int32 = 2
    static let planFile: Int32 = 3
}

/// An error message on stderr, through the output layer (`Console`), so a name it quotes cannot drive the terminal.
func printError(_ message: String) {
    let text = message.hasPrefix("convene: ") ? String(message.dropFirst(9)) : message
    Console.error("convene: " + text)
}

/// A sentence about what a command did beyond its name, on stderr (stdout is for what scripts read).
func printNote(_ note: String) {
    Console.error("convene: " + note.split(whereSeparator: \.isNewline).joined(separator: " "))
}

// Over a file-size limit (ulimit -f) a write must fail with EFBIG, which the store reports, instead of SIGXFSZ killing us mid-save.
signal(SIGXFSZ, SIG_IGN)

do {
    var command = try ConveneCommand.parseAsRoot()
    // Every measurement of the run counts ambiguous characters as the command's setting says (a task-local:
    // bound once here, before anything is measured, and read on this thread only).
    let width =
        try DisplayOptions.of(command)?.resolved(environment: ProcessInfo.processInfo.environment) ?? .narrow
    try TextCells.$ambiguousWidth.withValue(width) { try command.run() }
} catch let error as PlanError {
    printError(error.description)
    exit(ExitStatus.usage)
} catch let error as PlanFileError {
    printError(error.description)
    exit(ExitStatus.planFile)
} catch let error as UsageError {
    printError(error.message)
    exit(ExitStatus.usage)
} catch let error as ExitCode {
    exit(error.rawValue)
} catch {
    let code = ConveneCommand.exitCode(for: error)
    if code == .success {
        Console.out(ConveneCommand.fullMessage(for: error))
        exit(0)
    }
    Console.error(ConveneCommand.fullMessage(for: error))
    exit(ExitStatus.usage)
}
