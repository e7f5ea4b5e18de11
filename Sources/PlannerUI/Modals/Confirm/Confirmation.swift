import Phrasebook
import PlannerCore

/// A yes/no question with what happens on yes (and on no).
public struct Confirmation: Sendable {
    public enum Purpose: Sendable {
        /// Yes applies the edit.
        case apply(Edit)
        /// Yes saves and quits, no quits without saving.
        case quit
        /// An earlier session's journal: yes replays its steps, no sets it aside.
        case replayJournal(JournalOffer)
        /// Save-as would replace an existing file: yes replaces it.
        case replaceFile(path: String)
        /// A printout would replace an existing file: yes replaces it.
        case replacePrintout(PrintRequest)
        /// The plan file changed on disk: reload and reapply, overwrite, or save as (keys of their own).
        case fileChanged(theirs: Book?)
    }
    public var question: String
    public var purpose: Purpose

    public init(question: String, purpose: Purpose) {
        self.question = question
        self.purpose = purpose
    }
}

/// What an earlier planner's journal holds, as the program found it at start.
public struct JournalOffer: Sendable {
    /// The journal's path, to discard or set aside.
    public var path: String
    /// Where it would be set aside.
    public var asidePath: String
    public var steps: [HistoryStep]
    /// When its first step was written, as the user reads it ("2026-12-01 10:42").
    public var since: String
    /// True when the plan file is no longer what the journal's edits were made against.
    public var fileChanged: Bool

    public init(path: String, asidePath: String, steps: [HistoryStep], since: String, fileChanged: Bool) {
        self.path = path
        self.asidePath = asidePath
        self.steps = steps
        self.since = since
        self.fileChanged = fileChanged
    }

    /// How many edits (undo and redo steps not counted).
    public var editCount: Int { steps.filter { if case .apply = $0 { return true } else { return false } }.count }

    /// The question the planner asks at start, in `language`.
    public func question(fileName: String, _ language: Language = .en) -> String {
        let aside = asidePath.split(separator: "/").last.map(String.init) ?? asidePath
        let question =
            fileChanged
            ? tr(
                "A planner on \(fileName) did not close: its journal holds \(count: editCount) edits since \(since), made against an earlier version of \(fileName) (the file changed since; edits that no longer apply will be listed).  y: replay them (then s saves) · n: set the journal aside as \(aside)"
            )
            : tr(
                "A planner on \(fileName) did not close: its journal holds \(count: editCount) edits since \(since), made against \(fileName) as it is now.  y: replay them (then s saves) · n: set the journal aside as \(aside)"
            )
        return question.text(language)
    }
}
