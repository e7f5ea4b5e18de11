import ArgumentParser
import Foundation
import Phrasebook
import PlannerUI
import Printing
import TextCells

/// `--encoding` of the commands that print CSV: the bytes to write the CSV in.
struct CSVOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            tr(
                "Encoding of --format csv: utf-8-bom (opens right in Excel, the default), utf-8 or gb18030 (default: csv_encoding in config.toml, else utf-8-bom)."
            ).cli))
    var encoding: CSVEncoding?

    /// The option, else `csv_encoding` in config.toml, else `CSVEncoding.standard`.
    func resolved() throws -> CSVEncoding {
        if let encoding { return encoding }
        return try ConfigFile.load(environment: ProcessInfo.processInfo.environment).csvEncoding ?? .standard
    }

    /// Refuses `--encoding` with a format other than CSV, where it would be silently ignored.
    func check(isCSV: Bool) throws {
        if encoding != nil && !isCSV { throw UsageError(tr("--encoding goes with --format csv")) }
    }

    /// The CSV text's bytes in the encoding chosen.
    func data(_ text: String) throws -> Data {
        try resolved().data(text)
    }
}

extension CSVEncoding: ExpressibleByArgument {}
