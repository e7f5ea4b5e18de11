/// One step of the undo history as the planner's journal keeps it: an edit applied, an undo, a redo.
public enum HistoryStep: Hashable, Sendable {
    case apply(Edit)
    case undo
    case redo
}

/// A journaled step that could not be replayed on the current book, and why.
public struct SkippedStep: Equatable, Sendable {
    /// Its place in the journal, from 0.
    public let index: Int
    public let edit: Edit
    public let reason: String
}

extension History {
    /// Performs one step; returns the edit it applied, undid or redid (nil for an undo or redo with nothing to do).
    @discardableResult
    public mutating func perform(_ step: HistoryStep) throws -> Edit? {
        switch step {
        case .apply(let edit):
            try apply(edit)
            return edit
        case .undo: return undo()
        case .redo: return redo()
        }
    }

    /// Replays journaled steps on top of the current book. An edit that no longer applies (the file changed under
    /// it) is skipped, and so are the undo and redo of it, so every other step keeps its meaning.
    /// Returns the skipped edits and the steps that were performed (to be journaled again).
    public mutating func replay(_ steps: [HistoryStep]) -> (performed: [HistoryStep], skipped: [SkippedStep]) {
        var undoable: [Bool] = []  // per step on the undo stack: was it really applied?
        var redoable: [Bool] = []
        var performed: [HistoryStep] = []
        var skipped: [SkippedStep] = []
        for (index, step) in steps.enumerated() {
            switch step {
            case .apply(let edit):
                redoable.removeAll()
                do {
                    try apply(edit)
                    undoable.append(true)
                    if undoable.count > History.depth { undoable.removeFirst() }
                    performed.append(step)
                } catch {
                    undoable.append(false)
                    skipped.append(SkippedStep(index: index, edit: edit, reason: "\(error)"))
                }
            case .undo:
                guard let real = undoable.popLast() else { continue }
                redoable.append(real)
                if real, undo() != nil { performed.append(step) }
            case .redo:
                guard let real = redoable.popLast() else { continue }
                undoable.append(real)
                if real, redo() != nil { performed.append(step) }
            }
        }
        return (performed, skipped)
    }
}
