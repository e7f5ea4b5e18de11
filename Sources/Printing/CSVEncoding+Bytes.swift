import Foundation
import Phrasebook
import TextCells

#if canImport(Glibc)
    import Glibc
#endif

extension CSVEncoding {
    /// The bytes of a CSV printout's text in this encoding. GB18030 goes through glibc's iconv, as `RosterCSV` reads
    /// it, so the two agree on every character; GB18030 has a code for every Unicode character, so nothing is lost.
    public func data(_ text: String) throws -> Data {
        switch self {
        case .utf8: return Data(text.utf8)
        case .utf8BOM: return Data(("\u{FEFF}" + text).utf8)
        case .gb18030:
            if let bytes = Self.iconvGB18030(text) { return bytes }
            // No iconv converter for GB18030 on this system: Foundation's.
            if let bytes = text.data(using: String.Encoding(rawValue: 0x8000_0632)) { return bytes }
            throw CSVEncodingError(phrase: tr("this system cannot write GB18030; use --encoding utf-8-bom"))
        }
    }

    /// UTF-8 → GB18030 with iconv; nil when there is no converter or it fails.
    private static func iconvGB18030(_ text: String) -> Data? {
        guard let cd = iconv_open("GB18030", "UTF-8"), cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        let input = Array(text.utf8)
        // A character is at most 4 bytes in GB18030 and at least 1 in UTF-8.
        let outcome = Iconv.convert(cd, input, capacity: input.count * 4 + 16)
        return outcome.unconverted == 0 ? Data(outcome.output) : nil
    }
}

/// A CSV printout that cannot be written in the encoding asked for.
public struct CSVEncodingError: PhrasedError {
    public let phrase: Phrase
}
