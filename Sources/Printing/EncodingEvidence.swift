/// Whether bytes that are valid UTF-8 are really GB18030. Short GB18030 text can be valid UTF-8: 谢伟 is D0 BB CE B0
/// in GB18030, which as UTF-8 is "лΰ" (Cyrillic el, Greek upsilon). Read as UTF-8 such a roster makes no sense;
/// read as GB18030 it is common hanzi. The evidence is that contrast, measured on the non-ASCII characters.
enum EncodingEvidence {
    /// GB18030 wins only when at least 80% of its non-ASCII characters are common hanzi (or CJK punctuation) and
    /// fewer than half of the UTF-8 reading's characters are plausible. A European or Russian roster in UTF-8
    /// (José, Müller, Иван) keeps UTF-8: its letters stand in words, which counts as plausible.
    static func prefersGB18030(utf8: String, gb18030: String) -> Bool {
        let gb = ratio(gb18030, wordsCount: false)
        guard gb >= 0.8 else { return false }
        return ratio(utf8, wordsCount: true) < 0.5
    }

    /// The share of the non-ASCII characters of `text` that are plausible in a roster: common hanzi, CJK and
    /// full-width punctuation, the middle dot of transcribed names; with `wordsCount`, also letters inside a word
    /// (next to an ASCII letter, or in a run of at least three letters).
    static func ratio(_ text: String, wordsCount: Bool) -> Double {
        // Line by line, which counts the same (a line feed is neither a letter nor next to one that counts) and keeps
        // one line's scalars at a time, not a whole roster's.
        var nonASCII = 0
        var plausible = 0
        var line: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                count(line, wordsCount: wordsCount, nonASCII: &nonASCII, plausible: &plausible)
                line.removeAll(keepingCapacity: true)
            } else {
                line.append(scalar)
            }
        }
        count(line, wordsCount: wordsCount, nonASCII: &nonASCII, plausible: &plausible)
        return nonASCII == 0 ? 1 : Double(plausible) / Double(nonASCII)
    }

    private static func count(
        _ scalars: [Unicode.Scalar], wordsCount: Bool, nonASCII: inout Int, plausible: inout Int
    ) {
        var runStart = 0
        var runLength = 0  // length of the run of letters the current scalar is in
        for (i, s) in scalars.enumerated() {
            if i >= runStart + runLength {
                runStart = i
                runLength = 0
                while runStart + runLength < scalars.count && scalars[runStart + runLength].properties.isAlphabetic {
                    runLength += 1
                }
                if runLength == 0 { runLength = 1 }
            }
            guard s.value >= 0x80 else { continue }
            nonASCII += 1
            if commonHanzi.contains(s) || isCJKPunctuation(s) {
                plausible += 1
            } else if wordsCount && s.properties.isAlphabetic {
                let asciiNeighbour = [i - 1, i + 1].contains { j in
                    j >= 0 && j < scalars.count && scalars[j].isASCII && scalars[j].properties.isAlphabetic
                }
                if asciiNeighbour || runLength >= 3 { plausible += 1 }
            }
        }
    }

    private static func isCJKPunctuation(_ s: Unicode.Scalar) -> Bool {
        (0x3000...0x303F).contains(s.value) || (0xFF00...0xFFEF).contains(s.value) || s.value == 0xB7
    }

    /// The 3,755 hanzi of GB 2312 level 1 (一级汉字, rows B0–D7): the standard's list of frequently used characters,
    /// which covers about 99.7% of modern text and nearly all the 3,500 of the 现代汉语常用字表. Read from the
    /// decoder itself, so no table is kept in the source.
    static let commonHanzi: Set<Unicode.Scalar> = {
        var bytes: [UInt8] = []
        for row in UInt8(0xB0)...0xD7 {
            for cell in UInt8(0xA1)...(row == 0xD7 ? 0xF9 : 0xFE) { bytes += [row, cell] }
        }
        guard case .success(let text) = RosterCSV.GB18030Decoder().decode(bytes[...]) else { return [] }
        return Set(text.unicodeScalars)
    }()
}
