import Foundation
import Synchronization

/// A book with its undo and redo stacks. Every change goes through `apply`, so every change can be undone.
public struct History: Sendable {
    /// How many steps are kept; older ones are dropped.
    public static let depth = 200

    private struct Step: Sendable {
        let edit: Edit
        let before: Book
        let beforeVersion: Int
    }

    public private(set) var book: Book
    private var undoStack: [Step] = []
    private var redoStack: [Step] = []
    /// Identifies the current book, unique in the process: undo brings back the earlier number, so "modified"
    /// survives undo/redo, and views can cache what they derive from a book by its version.
    public private(set) var version: Int
    private var savedVersion: Int
    /// When an edit happens: the `modified` time of the agenda items it changes (tests pass a fixed clock).
    private let clock: @Sendable () -> Date

    public init(book: Book, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.book = book
        self.clock = clock
        version = History.freshVersion()
        savedVersion = version
    }

    private static let counter = Atomic<Int>(0)
    private static func freshVersion() -> Int { counter.add(1, ordering: .relaxed).newValue }

    public var canUndo: Bool { !undoStack.isEmpty }
    public var canRedo: Bool { !redoStack.isEmpty }
    /// True when the book differs from what was last marked saved.
    public var isModified: Bool { version != savedVersion }

    /// Applies an edit as one undoable step; on error nothing changes.
    public mutating func apply(_ edit: Edit) throws {
        let next = try book.applying(edit, at: clock())
        undoStack.append(Step(edit: edit, before: book, beforeVersion: version))
        if undoStack.count > History.depth { undoStack.removeFirst(undoStack.count - History.depth) }
        redoStack.removeAll()
        book = next
        version = History.freshVersion()
    }

    /// Undoes the last step and returns its edit, or nil when there is nothing to undo.
    @discardableResult
    public mutating func undo() -> Edit? {
        guard let step = undoStack.popLast() else { return nil }
        redoStack.append(Step(edit: step.edit, before: book, beforeVersion: version))
        // A revision moved on is a change the file does not hold yet: the book is not the one saved with that step.
        version = restore(step.before) ? History.freshVersion() : step.beforeVersion
        return step.edit
    }

    /// Redoes the last undone step and returns its edit, or nil when there is nothing to redo.
    @discardableResult
    public mutating func redo() -> Edit? {
        guard let step = redoStack.popLast() else { return nil }
        undoStack.append(Step(edit: step.edit, before: book, beforeVersion: version))
        // A revision moved on is a change the file does not hold yet: the book is not the one saved with that step.
        version = restore(step.before) ? History.freshVersion() : step.beforeVersion
        return step.edit
    }

    /// Puts back an earlier book, keeping the ids issued since: undoing an add does not make its id free again.
    /// The items it changes get a higher revision (`Book.reviseItems`), so a calendar takes the change; returns
    /// whether any did.
    private mutating func restore(_ earlier: Book) -> Bool {
        var restored = earlier
        restored.issued.raise(to: book.issued)
        let revised = restored.reviseItems(replacing: book, at: clock())
        book = restored
        return revised
    }

    /// Records that the current book is what the file now holds.
    public mutating func markSaved() { savedVersion = version }

    /// Records that the current book is not what the file holds (e.g. it came from a recovery file).
    public mutating func markUnsaved() { savedVersion = -1 }

    /// Replaces the book outright (e.g. after reloading the file), forgetting the history.
    public mutating func reset(to book: Book) {
        self = History(book: book, clock: clock)
    }
}
