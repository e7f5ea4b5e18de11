/// Greedy line filling for `TextCells.wrapped`: words are runs of narrow characters,
/// every East Asian Wide character is a word of its own, and spaces separate words. An ambiguous character
/// counted as two cells (`—`, a Cyrillic letter) stays inside its word. An unbreakable span is one word (with
/// the narrow characters touching it) when it fits a line.
struct LineWrapper {
    let width: Int

    struct Word {
        var text: String
        var cells: Int
        var spaces: Int  // spaces before the word
        /// Where an unbreakable span meets the letters it touches (UTF-8 offset, cells before it): the
        /// places to break this word, before breaking it anywhere, when it is wider than a line.
        var joints: [(utf8: Int, cells: Int)] = []
    }

    /// The scalar of a one-scalar character (nil for a cluster of several).
    @inline(__always)
    private static func scalar(_ c: Character) -> UInt32? {
        var scalars = c.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return nil }
        return first.value
    }

    /// Closing punctuation that must not begin a line (kinsoku): ，。、；：！？）」』》〉】〕…”’ and , . ; : ! ? ) ] }
    static func mustNotStartLine(_ c: Character) -> Bool {
        switch scalar(c) {
        case 0xFF0C, 0x3002, 0x3001, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0xFF09, 0x300D, 0x300F, 0x300B, 0x3009, 0x3011,
            0x3015, 0x2026, 0x201D, 0x2019, 0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D:
            return true
        default:
            return false
        }
    }

    /// Opening punctuation that must not end a line, so it stays with what follows: （「『《〈【〔“‘ and ( [ {
    static func mustNotEndLine(_ c: Character) -> Bool {
        switch scalar(c) {
        case 0xFF08, 0x300C, 0x300E, 0x300A, 0x3008, 0x3010, 0x3014, 0x201C, 0x2018, 0x28, 0x5B, 0x7B:
            return true
        default:
            return false
        }
    }

    func wrap(_ paragraph: Substring, into lines: inout [String]) {
        var words = Words()
        for c in paragraph { words.add(c) }
        fill(words.finish(), into: &lines)
    }

    /// One paragraph given in spans (no line breaks inside).
    func wrap(_ spans: [TextCells.Span], into lines: inout [String]) {
        var words = Words()
        for span in spans {
            if span.isUnbreakable && TextCells.width(of: span.text) <= width {
                words.add(unbreakable: span.text)
            } else {
                for c in span.text { words.add(c) }
            }
        }
        fill(words.finish(), into: &lines)
    }

    private func fill(_ words: [Word], into lines: inout [String]) {
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
            } else if !word.joints.isEmpty {
                fill(word.pieces, into: &lines)
                line = lines.removeLast()
                lineCells = TextCells.width(of: line)
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

    /// Cuts a paragraph into words, one character or unbreakable span at a time.
    struct Words {
        private var words: [Word] = []
        private var current = Word(text: "", cells: 0, spaces: 0)
        private var pendingSpaces = 0
        /// The last character was opening punctuation: the next one joins its word.
        private var glueNext = false

        /// An unbreakable span ended the current word: letters after it join it at a joint.
        private var spanEnded = false

        private mutating func flush() {
            if !current.text.isEmpty { words.append(current) }
            current = Word(text: "", cells: 0, spaces: 0)
            spanEnded = false
        }

        private mutating func joint() {
            current.joints.append((current.text.utf8.count, current.cells))
            spanEnded = false
        }

        private mutating func startIfEmpty() {
            if current.text.isEmpty {
                current.spaces = pendingSpaces
                pendingSpaces = 0
            }
        }

        mutating func add(_ c: Character) {
            if c == " " || c == "\t" {
                flush()
                pendingSpaces += 1
                glueNext = false
                return
            }
            let w = TextCells.width(of: c)
            if pendingSpaces == 0 && LineWrapper.mustNotStartLine(c) {
                if !current.text.isEmpty {
                    current.text.append(c)
                    current.cells += w
                    return
                }
                if var last = words.popLast() {
                    last.text.append(c)
                    last.cells += w
                    words.append(last)
                    return
                }
            }
            let opening = LineWrapper.mustNotEndLine(c)
            // East Asian Wide: a line may break before and after it. An ambiguous character counted as two
            // cells is not, and stays inside its word.
            let wide = w == 2 && TextCells.width(of: c, ambiguous: .narrow) == 2
            if glueNext {
                current.text.append(c)
                current.cells += w
                glueNext = opening
                if wide && !opening { flush() }
                return
            }
            if wide {
                flush()
                if opening {
                    startIfEmpty()
                    current.text.append(c)
                    current.cells = w
                    glueNext = true
                } else {
                    words.append(Word(text: String(c), cells: 2, spaces: pendingSpaces))
                    pendingSpaces = 0
                }
                return
            }
            startIfEmpty()
            if spanEnded { joint() }
            current.text.append(c)
            current.cells += w
            glueNext = opening
        }

        /// A span that must stay on one line: it joins the narrow characters it touches.
        mutating func add(unbreakable text: String) {
            guard !text.isEmpty else { return }
            startIfEmpty()
            if !current.text.isEmpty { joint() }
            current.text += text
            current.cells += TextCells.width(of: text)
            glueNext = false
            spanEnded = true
        }

        mutating func finish() -> [Word] {
            flush()
            return words
        }
    }
}

extension LineWrapper.Word {
    /// The word cut at its joints, each piece a word of its own (the first keeps the spaces before it).
    var pieces: [LineWrapper.Word] {
        let bytes = Array(text.utf8)
        var pieces: [LineWrapper.Word] = []
        var start = (utf8: 0, cells: 0)
        for end in joints + [(bytes.count, cells)] {
            let piece = String(decoding: bytes[start.utf8..<end.utf8], as: UTF8.self)
            pieces.append(.init(text: piece, cells: end.cells - start.cells, spaces: 0))
            start = end
        }
        return pieces
    }
}
