import Phrasebook
import PlanFile
import PlannerCore
import TerminalKit
import Testing

@testable import PlannerUI

/// The save, overwrite, save-as, quit and journal flows, driven by actions and the results effects report back.
@Suite("Effects report back through update")
struct EffectFlowTests {
    func edited() -> AppState {
        var state = AppState(book: SampleBook.make(), file: "/plans/plan.json", size: Size(width: 100, height: 30))
        press(.char("3"), &state)
        #expect(press(.char(" "), &state).count == 1, "one journal step")
        return state
    }

    @Test("every applied edit, undo and redo asks for a journal step, in order")
    func journalSteps() {
        var state = edited()
        #expect(press(.char("u"), &state) == [.journal(.undo)])
        #expect(press(.ctrl("r"), &state) == [.journal(.redo)])
        #expect(press(.char("u"), &state) == [.journal(.undo)])
        #expect(press(.char("u"), &state).isEmpty, "nothing to undo: no step")
    }

    @Test("a file changed on disk: the question says what the other writer changed; o overwrites")
    func changedOnDiskOverwrite() {
        var state = edited()
        #expect(press(.char("s"), &state) == [.save(state.book, overwrite: false)])
        var theirs = SampleBook.make()
        theirs.people.append(Person(id: "p900", name: "王芳", org: theirs.organisations[1].id, politics: .unrecorded))
        Update.apply(.saveFinished(.changedOnDisk(fileName: "plan.json", theirs: theirs)), to: &state)
        guard case .confirm(let question) = state.mode else {
            Issue.record("no question")
            return
        }
        #expect(
            question.question.hasPrefix(
                "plan.json changed on disk since you opened it; the other writer's changes: 1 person added (王芳)."))
        #expect(question.question.contains("r: reload it and reapply your edit on top"))
        #expect(state.history.isModified)
        #expect(press(.char("o"), &state) == [.save(state.book, overwrite: true)])
        Update.apply(.saveFinished(.saved(path: "/plans/plan.json")), to: &state)
        #expect(!state.history.isModified)
        #expect(state.message?.text == "Saved plan.json")
    }

    @Test("a file changed on disk: r reloads theirs and reapplies this session's edits on top")
    func changedOnDiskReload() {
        var state = edited()
        let mine = state.book.events[0].participants
        press(.char("2"), &state)
        press(.char("a"), &state)
        typeKeys("我的议程", &state)
        press(.ctrl("s"), &state)
        var theirs = SampleBook.make()
        theirs.people.append(Person(id: "p900", name: "王芳", org: theirs.organisations[1].id, politics: .unrecorded))
        theirs.events[0].items.removeLast()
        press(.char("s"), &state)
        Update.apply(.saveFinished(.changedOnDisk(fileName: "plan.json", theirs: theirs)), to: &state)
        let effects = press(.char("r"), &state)
        guard case .rebase(let steps)? = effects.first else {
            Issue.record("no rebase: \(effects)")
            return
        }
        #expect(steps.count == 2)
        #expect(state.book.people.contains { $0.name == "王芳" }, "their person")
        #expect(state.book.events[0].items.contains { $0.title == "我的议程" }, "my item")
        #expect(state.book.events[0].items.count == theirs.events[0].items.count + 1)
        #expect(state.book.events[0].participants == mine, "my RSVP change")
        #expect(state.history.isModified)
        #expect(state.message?.text.hasPrefix("Reloaded plan.json and reapplied 2 edits on top; s saves") == true)
        #expect(press(.char("s"), &state) == [.save(state.book, overwrite: false)])
    }

    @Test("a file changed on disk that no longer reads as a plan: overwrite or save as, no reload")
    func changedOnDiskUnreadable() {
        var state = edited()
        Update.apply(.saveFinished(.changedOnDisk(fileName: "plan.json", theirs: nil)), to: &state)
        guard case .confirm(let question) = state.mode else {
            Issue.record("no question")
            return
        }
        #expect(question.question.contains("cannot be read as a plan now"))
        #expect(!question.question.contains("r: reload"))
        #expect(press(.char("r"), &state).isEmpty)
        press(.char("S"), &state)
        #expect(currentForm(state)?.title == "Save as")
    }

    @Test("a failed save and a failed journal say why in the planner's language, the system's reason too")
    func failedSaveInChinese() {
        var state = edited()
        state.language = .zh
        let failure = PlanFileError.writeFailed(path: "/plans/plan.json", reason: tr("the disk is full"))
        Update.apply(.saveFinished(.failed(failure.phrase)), to: &state)
        #expect(
            state.message?.text.hasPrefix("未保存：/plans/plan.json：无法保存（磁盘已满）。") == true, "\(state.message?.text ?? "")")
        Update.apply(.journalFailed(tr("cannot create the journal: \(tr("no permission"))")), to: &state)
        #expect(state.message?.text.contains("无法创建日志：没有权限") == true, "\(state.message?.text ?? "")")
    }

    @Test("a failed save keeps the edits and says how to save elsewhere")
    func failedSave() {
        var state = edited()
        Update.apply(.saveFinished(.failed(tr("the disk is full"))), to: &state)
        #expect(state.history.isModified)
        #expect(state.message?.text.contains("the disk is full · your edits are kept; S saves to another file") == true)
    }

    @Test("save-as asks before replacing an existing file, then replaces it and keeps the new path")
    func saveAsExisting() {
        var state = edited()
        press(.char("S"), &state)
        press(.ctrl("e"), &state)
        press(.ctrl("u"), &state)
        typeKeys("~/other.json", &state)
        #expect(press(.enter, &state) == [.saveAs(state.book, path: "~/other.json", replace: false)])
        Update.apply(.saveFinished(.exists(path: "/home/u/other.json")), to: &state)
        guard case .confirm(let question) = state.mode else {
            Issue.record("no question")
            return
        }
        #expect(question.question == "/home/u/other.json exists. Replace it with this plan?  y/n")
        #expect(press(.char("y"), &state) == [.saveAs(state.book, path: "/home/u/other.json", replace: true)])
        Update.apply(.saveFinished(.saved(path: "/home/u/other.json")), to: &state)
        #expect(state.filePath == "/home/u/other.json")
        #expect(state.message?.text == "Saved as /home/u/other.json; it is the plan file now")
    }

    @Test("save and quit ends the planner only once the save succeeded")
    func quitAfterSave() {
        var state = edited()
        press(.char("q"), &state)
        #expect(press(.char("y"), &state) == [.save(state.book, overwrite: false)])
        #expect(!state.isFinished)
        Update.apply(.saveFinished(.failed(tr("no permission"))), to: &state)
        #expect(!state.isFinished, "a failed save does not quit")
        press(.char("q"), &state)
        press(.char("y"), &state)
        #expect(Update.apply(.saveFinished(.saved(path: "/plans/plan.json")), to: &state) == [.quit])
        #expect(state.isFinished)
        #expect(!state.terminalWentAway)
    }

    @Test("a journal that cannot be written is said at once; the edit stays")
    func journalFailure() {
        var state = edited()
        Update.apply(.journalFailed(tr("the disk is full")), to: &state)
        #expect(state.message?.kind == .error)
        #expect(state.message?.text.hasPrefix("Journal not written (the disk is full)") == true)
        #expect(state.history.isModified)
    }

    @Test("an earlier session's journal: y replays and journals the steps again, n sets it aside")
    func journalOffer() {
        let book = SampleBook.make()
        let event = book.events[0]
        let steps: [HistoryStep] = [
            .apply(.removeItem(event: event.id, item: event.items[3].id)),
            .apply(.setRSVP(event: event.id, person: "gone", rsvp: .declined)),
        ]
        let offer = JournalOffer(
            path: "/plans/.plan.json.1-a.journal", asidePath: "/plans/plan.json.journal-20261201T000000Z",
            steps: steps, since: "2026-12-01 09:00", fileChanged: true)
        #expect(
            offer.question(fileName: "plan.json").hasPrefix(
                "A planner on plan.json did not close: its journal holds 2 edits since 2026-12-01 09:00"))
        var state = AppState(book: book, file: "/plans/plan.json", size: Size(width: 100, height: 30))
        state.mode = .confirm(Confirmation(question: "?", purpose: .replayJournal(offer)))
        var yes = state
        #expect(
            press(.char("y"), &yes) == [.journal(steps[0]), .discardJournal(path: "/plans/.plan.json.1-a.journal")])
        #expect(yes.event?.items.count == 3)
        #expect(yes.history.isModified)
        #expect(
            yes.message?.text.contains("Replayed 1 edit from the journal; s saves them · 1 no longer applies") == true)
        var no = state
        #expect(press(.char("n"), &no) == [.setJournalAside(path: "/plans/.plan.json.1-a.journal")])
        #expect(no.book == book)
        Update.apply(.journalSetAside("/plans/plan.json.journal-20261201T000000Z"), to: &no)
        #expect(no.message?.text == "The journal was set aside as /plans/plan.json.journal-20261201T000000Z")
    }
}

@Suite("Status messages keep their remedy visible")
struct StatusRemedyTests {
    @Test("a failed save's message is readable to its last word at 60, 80 and 120 columns", arguments: [60, 80, 120])
    func wraps(width: Int) {
        var state = AppState(
            book: SampleBook.make(), file: "/a/rather/long/folder/name/plan.json", size: Size(width: width, height: 24))
        Update.apply(
            .saveFinished(
                .failed(.verbatim("/a/rather/long/folder/name/plan.json: could not be saved (the disk is full)"))),
            to: &state)
        let text = rows(frame(state)).suffix(4).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(text.hasSuffix("S saves to another file"), "\(text)")
        #expect(rows(frame(state)).allSatisfy { $0.cellWidth <= width })
    }
}
