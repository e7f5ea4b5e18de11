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

func printError(_ message: String) {
    let text = message.hasPrefix("convene: ") ? String(message.dropFirst(9)) : message
    FileHandle.standardError.write(Data(("convene: " + text + "\n").utf8))
}

/// A sentence about what a command did beyond its name, on stderr (stdout is for what scripts read).
func printNote(_ note: String) {
    FileHandle.standardError.write(Data(("convene: " + TextCells.sanitized(note) + "\n").utf8))
}

// Over a file-size limit (ulimit -f) a write must fail with EFBIG, which the store reports, instead of SIGXFSZ killing us mid-save.
signal(SIGXFSZ, SIG_IGN)

do {
    var command = try ConveneCommand.parseAsRoot()
    try command.run()
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
        print(ConveneCommand.fullMessage(for: error))
        exit(0)
    }
    FileHandle.standardError.write(Data((ConveneCommand.fullMessage(for: error) + "\n").utf8))
    exit(ExitStatus.usage)
}
