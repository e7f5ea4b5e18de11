import TextCells

/// The editing state of one line of text: its characters, a cursor and a horizontal
/// scroll, all counted in graphemes (so 徐 or é is one step). Rendering asks
/// `layout(width:)` for what to show; keys go through `handle(_:)`.
public struct TextField: Hashable, Sendable {
    private var characters: [Character]
    /// Cursor position as a grapheme index, 0…count (count: after the last one).
    public var cursor: Int {
        didSet { cursor = min(max(0, cursor), characters.count) }
    }
    /// The first visible grapheme.
    public var scroll: Int {
        didSet { scroll = min(max(0, scroll), characters.count) }
    }

    /// True while the whole text is selected (a pre-filled field just entered): the first typed or pasted text
    /// replaces it, Backspace or Delete clears it, and a caret key drops the selection and keeps the text.
    public private(set) var isAllSelected = false

    /// A field holding `text`, cursor at the end.
    public init(text: String = "") {
        self.characters = Array(Self.cleaned(text))
        self.cursor = characters.count
        self.scroll = 0
    }

    /// Selects the whole text (when there is any), as entering a pre-filled field does.
    public mutating func selectAll() {
        isAllSelected = !characters.isEmpty
        cursor = characters.count
    }

    /// Drops the selection and keeps the text.
    public mutating func deselect() { isAllSelected = false }

    /// Removes the selected text, if any; true when there was a selection.
    private mutating func replaceSelection() -> Bool {
        guard isAllSelected else { return false }
        isAllSelected = false
        characters = []
        cursor = 0
        scroll = 0
        return true
    }

    /// The field's text. Setting it cleans it as `insert` does and keeps the cursor in range.
    public var text: String {
        get { String(characters) }
        set {
            characters = Array(Self.cleaned(newValue))
            isAllSelected = false
            cursor = min(cursor, characters.count)
            scroll = min(scroll, cursor)
        }
    }

    /// The number of graphemes.
    public var count: Int { characters.count }
    public var isEmpty: Bool { characters.isEmpty }

    // MARK: Editing

    /// Inserts typed or pasted text at the cursor: line breaks and tabs become spaces,
    /// other control characters are dropped. A combining mark joins the character before.
    public mutating func insert(_ s: String) {
        let clean = Self.cleaned(s)
        guard !clean.isEmpty else { return }
        _ = replaceSelection()
        let before = String(characters[..<cursor]) + clean
        let after = String(characters[cursor...])
        characters = Array(before + after)
        cursor = min(Array(before).count, characters.count)
    }

    public mutating func deleteBackward() {
        if replaceSelection() { return }
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        if replaceSelection() { return }
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    /// Deletes the word before the cursor and the spaces after it (Ctrl-W).
    public mutating func deleteWordBackward() {
        var start = cursor
        while start > 0 && characters[start - 1].isWhitespace { start -= 1 }
        while start > 0 && !characters[start - 1].isWhitespace { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Deletes from the cursor to the end (Ctrl-K).
    public mutating func deleteToEnd() {
        characters.removeSubrange(cursor...)
    }

    /// Deletes from the start to the cursor (Ctrl-U).
    public mutating func deleteToStart() {
        characters.removeSubrange(..<cursor)
        cursor = 0
    }

    public mutating func moveLeft() {
        isAllSelected = false
        cursor -= 1
    }
    public mutating func moveRight() {
        isAllSelected = false
        cursor += 1
    }
    public mutating func moveHome() {
        isAllSelected = false
        cursor = 0
    }
    public mutating func moveEnd() {
        isAllSelected = false
        cursor = characters.count
    }

    /// Applies an editing or movement key; returns false for keys a field does not use.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .backspace, .ctrl("h"), .delete, .ctrl("w"), .ctrl("k"), .ctrl("u"):
            if replaceSelection() { return true }
        case .char: break
        default: isAllSelected = false
        }
        switch key {
        case .char(let c):
            guard !Self.cleaned(String(c)).isEmpty || c == "\t" else { return false }
            insert(String(c))
        case .backspace, .ctrl("h"): deleteBackward()
        case .delete: deleteForward()
        case .left, .ctrl("b"): moveLeft()
        case .right, .ctrl("f"): moveRight()
        case .home, .ctrl("a"): moveHome()
        case .end, .ctrl("e"): moveEnd()
        case .ctrl("w"): deleteWordBackward()
        case .ctrl("k"): deleteToEnd()
        case .ctrl("u"): deleteToStart()
        default: return false
        }
        return true
    }

    // MARK: Layout

    /// Scrolls so the cursor (and the character under it) is visible in a field
    /// `width` cells wide, then returns the visible text and the cursor's column in it.
    /// Leaves no empty room on the right while text is hidden on the left.
    public mutating func layout(width: Int) -> (visible: String, cursorColumn: Int) {
        guard width > 0 else { return ("", 0) }
        if scroll > cursor { scroll = cursor }
        let caret = cursor < characters.count ? TextCells.width(of: characters[cursor]) : 1
        while scroll < cursor && cells(scroll, cursor) + caret > width { scroll += 1 }
        let tail = cells(scroll, characters.count) + (cursor == characters.count ? 1 : 0)
        if tail < width {
            var room = width - tail
            while scroll > 0 {
                let w = TextCells.width(of: characters[scroll - 1])
                guard w <= room else { break }
                room -= w
                scroll -= 1
            }
        }
        var visible = ""
        var used = 0
        for c in characters[scroll...] {
            let w = TextCells.width(of: c)
            if used + w > width { break }
            visible.append(c)
            used += w
        }
        return (visible, cells(scroll, cursor))
    }

    private func cells(_ from: Int, _ to: Int) -> Int {
        guard from < to else { return 0 }
        var total = 0
        for c in characters[from..<to] { total += TextCells.width(of: c) }
        return total
    }

    /// Newlines and tabs become spaces; other controls and bidi overrides are dropped.
    static func cleaned(_ s: String) -> String {
        TextCells.removingControls(s, lineBreaks: .space)
    }
}
