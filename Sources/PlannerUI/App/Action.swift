import Phrasebook
import PlannerCore
import TerminalKit

/// What the user asked for, independent of the key that asked, or what an effect reported back.
public enum Action: Equatable, Sendable {
    case show(Screen)
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case nextPane
    case open, add, edit, delete, addPart, toggle, moveItemEarlier, moveItemLater
    /// Participants: set the reply of the marked participants (or the one under the cursor).
    case reply(RSVP)
    /// Participants: sign in now, or mark absent, the marked participants (or the one under the cursor).
    case signIn, markAbsent
    /// Participants: the leave form, the capacity pick-list, the organisation pick-list that adds everyone of one.
    case beginLeave, beginCapacity, addEveryone
    /// Participants: mark or unmark the row under the cursor; mark every row shown (or clear the marks).
    case mark, markAllShown
    /// Participants: the sign-in desk (type a name, Enter signs them in).
    case beginSignIn
    /// Checks: resolve the merge conflict under the cursor to one side's version.
    case resolveConflict(MergeSide)
    case undo, redo, save, saveAs, quit, help, switchEvent
    case beginFilter
    /// `P`: the print dialog.
    case print
    /// Typing and caret keys for the focused text field.
    case textKey(Key)
    case nextField, previousField, accept, cancel
    /// Enter in a form: the next field, or accept on the last one.
    case submit
    /// Ctrl-Z: suspend to the shell.
    case suspend
    case choiceNext, choicePrevious
    case answer(Bool)
    case resize(Size)
    case click(x: Int, y: Int)
    case hangup, terminate
    /// What a save or save-as effect did.
    case saveFinished(SaveOutcome)
    /// What writing a printout did.
    case printFinished(PrintOutcome)
    /// The journal could not be written: the edits are in memory only until the next save.
    case journalFailed(Phrase)
    /// A journal of an earlier session was set aside under this path.
    case journalSetAside(String)
    /// After the file changed on disk: take the other writer's version and reapply this session's edits on top.
    case reload
    /// After the file changed on disk: write this version over the other writer's.
    case overwrite
    case none
}

/// How a save ended, as the program around the planner reports it back.
public enum SaveOutcome: Equatable, Sendable {
    /// Written to this path (which is the plan file from now on); the journal is folded into it.
    case saved(path: String)
    /// Not written: another program changed the plan file since it was read; `theirs` is what it holds now
    /// (nil when it cannot be read as a plan).
    case changedOnDisk(fileName: String, theirs: Book?)
    /// Not written: save-as would replace an existing file.
    case exists(path: String)
    /// Not written, for this reason.
    case failed(Phrase)
}

/// What `update` asks the program around it to do; each may report back with an action.
public enum Effect: Equatable, Sendable {
    /// Save to the plan file; `overwrite` writes even if another program changed the file since it was read.
    case save(Book, overwrite: Bool)
    /// Save to another file, which becomes the plan from then on; `replace` writes over an existing file.
    case saveAs(Book, path: String, replace: Bool)
    /// Write a printout of the book; `replace` writes over an existing file.
    case print(Book, PrintRequest, replace: Bool)
    /// Append a step to the journal (before the screen shows it).
    case journal(HistoryStep)
    /// Rename an earlier session's journal so that it is no longer offered.
    case setJournalAside(path: String)
    /// Delete an earlier session's journal whose steps were replayed (and journaled again).
    case discardJournal(path: String)
    /// The plan now stands on the version of the file last reported changed on disk: compare later saves with
    /// that version, and start the journal again with these steps (this session's edits, reapplied).
    case rebase(steps: [HistoryStep])
    case quit
}
