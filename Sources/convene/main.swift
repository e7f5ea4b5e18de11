import ArgumentParser
import Foundation
import Phrasebook
import PlanFile
import PlannerCore
import PlannerUI
import TextCells

/// Exit codes: 0 success, 1 a check found an error, 2 usage or reference error, 3 plan-file error.
enum ExitStatus {
    static let checkFailed: Int32 = 1
    static let usage: Int32 = 2
    static let planFile: Int32 = 3
}

/// An error message on stderr, through the output layer (`Console`), so a name it quotes cannot drive the terminal.
func printError(_ message: String) {
    let prefix = CommandLineLanguage.current == .zh ? "convene：" : "convene: "
    let text = message.hasPrefix("convene: ") ? String(message.dropFirst(9)) : message
    Console.error(prefix + text)
}

/// An error message in the command line's language.
func printError(_ message: Phrase) { printError(message.cli) }

/// A sentence about what a command did beyond its name, on stderr (stdout is for what scripts read).
func printNote(_ note: Phrase) {
    let prefix = CommandLineLanguage.current == .zh ? "convene：" : "convene: "
    Console.error(prefix + note.cli.split(whereSeparator: \.isNewline).joined(separator: " "))
}

// Over a file-size limit (ulimit -f) a write must fail with EFBIG, which the store reports, instead of SIGXFSZ killing us mid-save.
signal(SIGXFSZ, SIG_IGN)

// The language first: the parser reads the help texts, which are in it, when it builds the commands.
let arguments = Array(CommandLine.arguments.dropFirst())
let environment = ProcessInfo.processInfo.environment
do {
    let config = try ConfigFile.load(environment: environment)
    CommandLineLanguage.set(CommandLineLanguage.choose(arguments: arguments, config: config, environment: environment))
} catch let error as ConfigError {
    CommandLineLanguage.set(CommandLineLanguage.choose(arguments: arguments, config: nil, environment: environment))
    printError(error.phrase)
    exit(ExitStatus.usage)
}

do {
    var command = try ConveneCommand.parseAsRoot(arguments)
    // Every measurement of the run counts ambiguous characters as the command's setting says (a task-local:
    // bound once here, before anything is measured, and read on this thread only).
    let width = try DisplayOptions.of(command)?.resolved(environment: environment) ?? .narrow
    try TextCells.$ambiguousWidth.withValue(width) { try command.run() }
} catch let error as PlanError {
    printError(error.text(CommandLineLanguage.current))
    exit(ExitStatus.usage)
} catch let error as PlanFileError {
    printError(error.text(CommandLineLanguage.current))
    exit(ExitStatus.planFile)
} catch let error as UsageError {
    printError(error.message)
    exit(ExitStatus.usage)
} catch let error as ConfigError {
    printError(error.phrase)
    exit(ExitStatus.usage)
} catch let error as ExitCode {
    exit(error.rawValue)
} catch {
    let code = ConveneCommand.exitCode(for: error)
    let message = ParserMessages.translated(ConveneCommand.fullMessage(for: error), to: CommandLineLanguage.current)
    if code == .success {
        Console.out(message)
        exit(0)
    }
    Console.error(message)
    exit(ExitStatus.usage)
}
