import Foundation

/// The workbook's shared strings (xl/sharedStrings.xml), in order: each `<si>`'s text, its rich-text runs joined,
/// its phonetic guide (`<rPh>`, furigana and pinyin hints) left out.
enum XLSXSharedStrings {
    static func read(_ data: Data?) throws(RosterFileError) -> [String] {
        guard let data else { return [] }
        var strings: [String] = []
        var current = ""
        var inItem = false, inText = false, inPhonetic = false
        if let failure = XMLEvents.parse(
            data,
            { event in
                switch event {
                case .start("si", _):
                    inItem = true
                    current = ""
                case .end("si"):
                    strings.append(current)
                    inItem = false
                case .start("rPh", _): inPhonetic = true
                case .end("rPh"): inPhonetic = false
                case .start("t", _): inText = inItem && !inPhonetic
                case .end("t"): inText = false
                case .text(let text) where inText: current += text
                default: break
                }
            })
        {
            throw XLSXWorkbook.malformed("xl/sharedStrings.xml", failure)
        }
        return strings
    }
}
