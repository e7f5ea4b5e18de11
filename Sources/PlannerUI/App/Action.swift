import PlannerCore
import TerminalKit

/// What the user asked for, independent of the key that asked.
public enum Action: Equatable, Sendable {
    case show(Screen)
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case nextPane
    case open, add, edit, delete, addPart, toggle, moveItemEarlier, moveItemLater
    case undo, redo, save, saveAs, quit, help, switchEvent
    case beginFilter
    /// Typing and caret keys for the focused text field.
    case textKey(Key)
    case nextField, previousField, accept, cancel
    case choiceNext, choicePrevious
    case answer(Bool)
    case resize(Size)
    case click(x: Int, y: Int)
    case hangup, terminate
    case none
}

/// What `update` asks the program around it to do.
public enum Effect: Equatable, Sendable {
    case save(Book)
    /// Save to another file, which becomes the plan from then on.
    case saveAs(Book, path: String)
    case quit
    /// Throw away the recovery file of an earlier session.
    case discardRecovery
    /// Write a recovery copy of unsaved work (the terminal is going away).
    case writeRecovery(Book)
}
