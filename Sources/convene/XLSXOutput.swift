import ArgumentParser
import Foundation
import Phrasebook
import PlanFile
import Printing
import RosterSheets

/// `-o FILE` of the commands that print a workbook (`--format xlsx`): a workbook is a file, never terminal output.
struct XLSXOutput: ParsableArguments {
    @Option(
        name: [.customShort("o"), .customLong("output")],
        help: ArgumentHelp(tr("The .xlsx file to write (with --format xlsx).").cli, valueName: "file"))
    var output: String?

    /// Refuses `-o` without `--format xlsx` and `--format xlsx` without `-o`.
    func check(isXLSX: Bool) throws {
        if isXLSX && output == nil { throw UsageError(tr("--format xlsx writes a file: give -o FILE.xlsx")) }
        if !isXLSX && output != nil { throw UsageError(tr("-o goes with --format xlsx")) }
    }

    /// Writes the table as a workbook to the file `-o` names (replacing it), 0600: every such printout names people.
    func write(_ table: SheetTable) throws {
        guard let output else { throw UsageError(tr("--format xlsx writes a file: give -o FILE.xlsx")) }
        do {
            try PrintoutFile.write(
                try XLSXWriter.data(table), to: output, mode: PrintoutFile.mode(personal: true), replace: true)
        } catch let failure as PrintoutFile.Failure {
            // "x.xlsx: the folder /nope does not exist", as convene's own message (exit 2), in the user's language.
            throw UsageError(failure.phrase)
        }
    }
}
