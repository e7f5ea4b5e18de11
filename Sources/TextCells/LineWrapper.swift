/// Greedy line filling for `TextCells.wrapped`: words are runs of narrow characters,
/// every East Asian Wide character is a word of its own, and spaces separate words. An ambiguous character
/// counted as two cells (`—`, a Cyrillic letter) stays inside its word.
struct LineWrapper {
    let width: Int

    private struct Word {
        var text: String
        var cells: Int
        var spaces: Int  // spaces before the word
    }

    /// Closing punctuation that must not begin a line (kinsoku).
    private static let noLineStart: Set<Character> = [
        "，", "。", "、", "；", "：", "！", "？", "）", "」", "』", "》", "〉", "】", "〕", "…",
        ",", ".", ";", ":", "!", "?", ")", "]", "}",
    ]

    func wrap(_ paragraph: Substring, into lines: inout [String]) {
        let words = Self.words(of: paragraph)
        var line = ""
        var lineCells = 0
        for word in words {
            let spaces = word.spaces
            if lineCells + spaces + word.cells <= width {
                line += String(repeating: " ", count: spaces) + word.text
                lineCells += spaces + word.cells
                continue
            }
            if lineCells > 0 {
                lines.append(line)
            }
            line = ""
            lineCells = 0
            if word.cells <= width {
                line = word.text
                lineCells = word.cells
            } else {
                for c in word.text {
                    let w = TextCells.width(of: c)
                    if lineCells + w > width && lineCells > 0 {
                        lines.append(line)
                        line = ""
                        lineCells = 0
                    }
                    line.append(c)
                    lineCells += w
                }
            }
        }
        lines.append(line)
    }

    private static func words(of paragraph: Substring) -> [Word] {
        var words: [Word] = []
        var current = Word(text: "", cells: 0, spaces: 0)
        var pendingSpaces = 0
        func flush() {
            if !current.text.isEmpty { words.append(current) }
            current = Word(text: "", cells: 0, spaces: 0)
        }
        for c in paragraph {
            if c == " " || c == "\t" {
                flush()
                pendingSpaces += 1
                continue
            }
            let w = TextCells.width(of: c)
            if noLineStart.contains(c) && pendingSpaces == 0 {
                if !current.text.isEmpty {
                    current.text.append(c)
                    current.cells += w
                    continue
                }
                if var last = words.popLast() {
                    last.text.append(c)
                    last.cells += w
                    words.append(last)
                    continue
                }
            }
            if w == 2 && TextCells.width(of: c, ambiguous: .narrow) == 2 {
                flush()
                words.append(Word(text: String(c), cells: 2, spaces: pendingSpaces))
                pendingSpaces = 0
                continue
            }
            if current.text.isEmpty {
                current.spaces = pendingSpaces
                pendingSpaces = 0
            }
            current.text.append(c)
            current.cells += w
        }
        flush()
        return words
    }
}
