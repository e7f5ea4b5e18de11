import Foundation
import TextCells

/// The one way the command line writes to stdout and stderr: every message and printout passes
/// `TextCells.escapingControls`, so no name, id or value from a plan or a roster can drive the terminal
/// (ESC/OSC/CSI sequences, BEL, C1 controls, bidi overrides become visible `\u001b` escapes). Data formats
/// (csv, ics, html, markdown) already drop controls and JSON escapes them, so for them this changes nothing.
enum Console {
    /// Writes to standard output (buffered, like `print`).
    static func out(_ text: String, terminator: String = "\n") {
        Swift.print(printable(text), terminator: terminator)
    }

    /// The text as it goes out: controls escaped (a printout written to a file gets the same bytes).
    static func printable(_ text: String) -> String { TextCells.escapingControls(text) }

    /// Writes bytes that are not UTF-8 text (a CSV in GB18030) to standard output, after anything printed before. The
    /// CSV has no controls left to escape (`PeopleCSV.field`).
    static func out(_ data: Data) {
        fflush(nil)
        FileHandle.standardOutput.write(data)
    }

    /// Writes one message and a line end to standard error.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((printable(text) + "\n").utf8))
    }
}
