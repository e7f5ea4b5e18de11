import ArgumentParser
import Foundation
import Phrasebook
import PlanFile
import Printing
import RosterSheets

/// `-o/--output FILE` of every printout command: the printout goes to the file instead of standard output (`-` is
/// standard output), written safely by `PrintoutFile`. A workbook (`--format xlsx`) is a file, never terminal output.
struct OutputOption: ParsableArguments {
    @Option(
        name: [.customShort("o"), .customLong("output")],
        help: ArgumentHelp(
            tr("Write the printout to this file instead of standard output (- is standard output; xlsx needs a file).")
                .cli, valueName: "file"))
    var output: String?

    /// The file to write, or nil for standard output.
    var file: String? { output == "-" ? nil : output }

    /// Refuses `--format xlsx` without a file to write.
    func check(isXLSX: Bool) throws {
        if isXLSX && file == nil { throw UsageError(tr("--format xlsx writes a file: give -o FILE.xlsx")) }
    }

    /// Writes a text printout: the bytes standard output would get, to the file when there is one. A file of
    /// `personal` data is 0600.
    func write(_ text: String, personal: Bool) throws {
        guard let file else { return Console.out(text, terminator: "") }
        try save(Data(Console.printable(text).utf8), to: file, personal: personal)
    }

    /// Writes bytes that are not UTF-8 text (a CSV in GB18030) as `write(_:personal:)` writes text.
    func write(_ data: Data, personal: Bool) throws {
        guard let file else { return Console.out(data) }
        try save(data, to: file, personal: personal)
    }

    /// Writes the table as a workbook to the file (replacing it), 0600: every such printout names people.
    func write(_ table: SheetTable) throws {
        guard let file else { throw UsageError(tr("--format xlsx writes a file: give -o FILE.xlsx")) }
        try save(try XLSXWriter.data(table), to: file, personal: true)
    }

    private func save(_ data: Data, to path: String, personal: Bool) throws {
        do {
            try PrintoutFile.write(data, to: path, mode: PrintoutFile.mode(personal: personal), replace: true)
        } catch let failure as PrintoutFile.Failure {
            // "x.xlsx: the folder /nope does not exist", as convene's own message (exit 2), in the user's language.
            throw UsageError(failure.phrase)
        }
    }
}
