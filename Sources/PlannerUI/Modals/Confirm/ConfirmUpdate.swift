import Phrasebook
import PlannerCore
import TerminalKit

/// Answers to a question: what yes, no and Esc do for each purpose.
enum ConfirmUpdate {
    static func apply(_ action: Action, _ confirmation: Confirmation, _ state: inout AppState) {
        switch (action, confirmation.purpose) {
        case (.answer(true), .apply(let edit)):
            state.mode = .normal
            let note = state.book.consequences(of: edit)
            if Update.perform(edit, &state), let note {
                Update.info(&state, tr("\(state.message?.text ?? ""); \(note)"))
            }
        case (.answer(true), .quit):
            state.mode = .normal
            state.quitAfterSave = true
            state.outbox.append(.save(state.book, overwrite: false))
        case (.answer(false), .quit):
            state.mode = .normal
            state.isFinished = true
            state.outbox.append(.quit)
        case (.answer(true), .replayJournal(let offer)):
            state.mode = .normal
            replay(offer, &state)
        case (.answer(false), .replayJournal(let offer)):
            state.mode = .normal
            state.outbox.append(.setJournalAside(path: offer.path))
        case (.answer(true), .replaceFile(let path)):
            state.mode = .normal
            Update.saveAs(path, replace: true, &state)
        case (.answer(true), .replacePrintout(let request)):
            state.mode = .normal
            PrintUpdate.write(request, replace: true, &state)
        case (.reload, .fileChanged(let theirs?)):
            state.mode = .normal
            reload(theirs, &state)
        case (.overwrite, .fileChanged):
            state.mode = .normal
            state.outbox.append(.save(state.book, overwrite: true))
        case (.saveAs, .fileChanged):
            state.mode = .form(Forms.saveAs(state))
        case (.answer(false), _), (.cancel, _):
            state.mode = .normal
            if case .replayJournal(let offer) = confirmation.purpose {
                // Not now: the journal stays where it is and is offered again at the next start.
                Update.info(
                    &state,
                    tr("The journal \(offer.path.split(separator: "/").last ?? "") is kept and offered again next time")
                )
            }
        default: break
        }
    }

    /// Replays an earlier session's journal on top of the plan as it is now, journals what was replayed, and says
    /// what no longer applied.
    static func replay(_ offer: JournalOffer, _ state: inout AppState) {
        let (performed, skipped) = state.history.replay(offer.steps)
        for step in performed { Update.journal(step, &state) }
        state.outbox.append(.discardJournal(path: offer.path))
        state.clampLists()
        report(performed, skipped, &state) { tr("Replayed \(count: $0) edits from the journal; s saves them") }
    }

    /// Takes the other writer's version of the file and reapplies this session's edits on top of it; says what
    /// no longer applied. The journal starts again on that version.
    static func reload(_ theirs: Book, _ state: inout AppState) {
        var history = History(book: theirs)
        let (performed, skipped) = history.replay(state.unsavedSteps)
        state.history = history
        state.history.markUnsaved()
        state.savedBook = theirs
        state.unsavedSteps = performed
        state.outbox.append(.rebase(steps: performed))
        state.clampLists()
        let name = state.fileName
        report(performed, skipped, &state) { tr("Reloaded \(name) and reapplied \(count: $0) edits on top; s saves") }
    }

    /// Says how many edits a replay performed (`sentence` gets their number) and lists any that no longer
    /// applied, as an error so it is read.
    static func report(
        _ performed: [HistoryStep], _ skipped: [SkippedStep], _ state: inout AppState, _ sentence: (Int) -> Phrase
    ) {
        let edits = performed.filter { if case .apply = $0 { return true } else { return false } }.count
        var text = sentence(edits)
        if !skipped.isEmpty {
            let each = skipped.map { tr("\($0.edit.summary) (\($0.reason))") }
            text = tr("\(text) · \(count: skipped.count) no longer apply: \(Phrase.series(each))")
        }
        state.message = StatusMessage(text: state.text(text), kind: skipped.isEmpty ? .info : .error)
    }
}
