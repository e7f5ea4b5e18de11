import Foundation
import TextCells

/// JSON for scripts, safe to print on a terminal: stable key order, and the characters a terminal would act on
/// (DEL, C1 controls, bidi overrides) written as `\u` escapes — the same JSON value, no raw control bytes.
public enum JSONOutput {
    /// The version of every JSON printout's keys and their meaning, written as `formatVersion` at the top of each;
    /// raised when a key is removed, renamed or changes meaning (new keys keep it).
    public static let formatVersion = 1

    static func render<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        return escapingInvisible(text) + "\n"
    }

    /// Inside JSON strings only these scalars can appear raw (the encoder already escapes C0 controls): DEL, C1
    /// and the bidi controls, which the output layer writes as the same `\u` escapes JSON uses.
    static func escapingInvisible(_ text: String) -> String { TextCells.escapingControls(text) }
}
