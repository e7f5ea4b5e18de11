import Foundation
import Phrasebook
import PlanFile
import PlannerCore
import PlannerUI

/// Performs the planner's effects on the plan file and its journal, and reports each result back. It decides
/// nothing: whether to overwrite a changed file, or what a failure means, is `Update`'s.
final class PlannerEffects: EffectRunner {
    private(set) var store: PlanStore
    /// The plan file as it was read or last saved; the next save compares the file with it.
    private var expected: PendingFingerprint?
    private var expectedValue: PlanFingerprint?
    /// This session's journal, created with the first step.
    private var journal: PlanJournal?
    private var journalBroken = false
    /// The file as it was when a save found it changed on disk; the plan stands on it after a reload.
    private var onDisk: PlanFingerprint?

    init(store: PlanStore, fingerprint: PendingFingerprint) {
        self.store = store
        self.expected = fingerprint
    }

    private var fingerprint: PlanFingerprint {
        if let expectedValue { return expectedValue }
        let value = expected?.value ?? PlanFingerprint(Data())
        expectedValue = value
        expected = nil
        return value
    }

    func perform(_ effect: Effect) -> Action? {
        switch effect {
        case .save(let book, let overwrite):
            return .saveFinished(save(book, to: store, overwrite: overwrite))
        case .saveAs(let book, let path, let replace):
            let target = PlanStore(path: Self.resolve(path))
            if !replace, target.exists { return .saveFinished(.exists(path: target.path)) }
            return .saveFinished(save(book, to: target, overwrite: true))
        case .print(let book, let request, let replace):
            return .printFinished(Printouts.write(book, request, replace: replace))
        case .journal(let step):
            do {
                if journal == nil { journal = try PlanJournal.create(forPlan: store.path, base: fingerprint) }
                try journal?.append(step)
                journalBroken = false
                return nil
            } catch {
                journalBroken = true
                return .journalFailed(Phrase(error: error))
            }
        case .setJournalAside(let path):
            do {
                return .journalSetAside(try PlanJournal.setAside(path, to: PlanJournal.asidePath(for: store.path)))
            } catch {
                return .journalFailed(Phrase(error: error))
            }
        case .discardJournal(let path):
            // Its steps are in this session's journal now; if that failed, keep the old one instead.
            if journalBroken {
                return (try? PlanJournal.setAside(path, to: PlanJournal.asidePath(for: store.path))).map(
                    Action.journalSetAside)
            }
            unlink(path)
            return nil
        case .rebase(let steps):
            if let onDisk { expectedValue = onDisk }
            journal?.remove()
            journal = nil
            for step in steps {
                if let failure = perform(.journal(step)) { return failure }
            }
            return nil
        case .quit:
            return nil
        }
    }

    /// Writes the book under the lock unless the file changed on disk (and `overwrite` is off); on success the
    /// target is the plan file from then on and the journal is folded into it.
    private func save(_ book: Book, to target: PlanStore, overwrite: Bool) -> SaveOutcome {
        var theirs: Book?
        do {
            let written: PlanFingerprint? = try target.withLock {
                if target.path == store.path, !overwrite {
                    let bytes = (try? target.readBytes()) ?? Data()
                    let current = PlanFingerprint(bytes)
                    if current != fingerprint {
                        onDisk = current
                        theirs = try? PlanFormat.decode(bytes, path: target.path)
                        return nil
                    }
                }
                try target.save(book)
                return PlanFingerprint(try target.readBytes())
            }
            guard let written else {
                return .changedOnDisk(fileName: (store.path as NSString).lastPathComponent, theirs: theirs)
            }
            journal?.remove()
            journal = nil
            store = target
            expectedValue = written
            return .saved(path: target.path)
        } catch {
            return .failed(Phrase(error: error))
        }
    }

    /// Ends the session: a planner that quit (saved or not) leaves no journal; one whose terminal went away keeps it.
    func finish(keepingJournal: Bool) {
        if !keepingJournal { journal?.remove() }
        journal = nil
    }

    /// `~` expanded, and a relative path taken from the current folder.
    static func resolve(_ path: String) -> String {
        var path = path
        if path == "~" || path.hasPrefix("~/") {
            path = (ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()) + path.dropFirst()
        }
        return path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}
