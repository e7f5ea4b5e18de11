import Phrasebook

/// UTF-16 roster bytes (after the byte-order mark) decoded line by line, so a bad line is reported with its number
/// like the UTF-8 and GB18030 ones.
enum RosterUTF16 {
    static func decode(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> DecodedRoster {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        let oddByte = bytes.count % 2 == 1
        let lines = units.split(separator: 0x000A, omittingEmptySubsequences: false)
        var texts: [String] = []
        texts.reserveCapacity(lines.count)
        var bad: [Int: Phrase] = [:]
        for (index, line) in lines.enumerated() {
            if let text = String(validating: line, as: UTF16.self) {
                texts.append(text)
                continue
            }
            texts.append(String(decoding: line, as: UTF16.self))
            let offset = firstLoneSurrogate(line)
            let unit = String(format: "%04X", line[line.startIndex + offset])
            bad[index + 1] = tr(
                "cannot be read as UTF-16 (a lone surrogate \(unit) at character \(offset + 1) of the line)")
        }
        if oddByte {
            bad[lines.count] = tr("the file ends in the middle of a UTF-16 character (an odd number of bytes)")
        }
        return DecodedRoster(text: texts.joined(separator: "\n"), encoding: .utf16, badLines: bad)
    }

    /// 0-based offset of the first unpaired surrogate of a line that does not decode.
    private static func firstLoneSurrogate(_ line: ArraySlice<UInt16>) -> Int {
        var k = line.startIndex
        while k < line.endIndex {
            let u = line[k]
            if (0xD800...0xDBFF).contains(u) {
                if k + 1 < line.endIndex, (0xDC00...0xDFFF).contains(line[k + 1]) {
                    k += 2
                    continue
                }
                return k - line.startIndex
            }
            if (0xDC00...0xDFFF).contains(u) { return k - line.startIndex }
            k += 1
        }
        return 0
    }
}
