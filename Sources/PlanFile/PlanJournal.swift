import Foundation
import Glibc
import Phrasebook
import PlannerCore

/// The planner's journal beside the plan: every applied edit, undo and redo, appended and fsync'd before the screen
/// shows it, so no death of the planner loses an edit (vim's swap file). One per planner session, named
/// `.plan.json.<session>.journal`, 0600, held under `flock` while its planner lives: a journal nobody holds belongs
/// to a planner that died, and the next start offers it. A save folds the journal into the plan: it is removed.
public final class PlanJournal {
    public let path: String
    private let fd: Int32

    /// What a journal file holds.
    public struct Contents: Sendable {
        /// The plan file's fingerprint (`PlanFingerprint.description`) when the first step was written.
        public var base: String
        /// When the first step was written (ISO 8601, UTC).
        public var started: String
        public var steps: [HistoryStep]
    }

    private static let header = "convene-journal"
    private static let suffix = ".journal"

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    deinit { Glibc.close(fd) }

    /// The journal names of a plan start with this: `.plan.json.`.
    static func prefix(forPlan plan: String) -> String { "." + (plan as NSString).lastPathComponent + "." }

    static func folder(ofPlan plan: String) -> String {
        let dir = (plan as NSString).deletingLastPathComponent
        return dir.isEmpty ? "." : dir
    }

    /// Creates this session's journal for `plan` (a new file: never one that exists or a symlink) and writes its
    /// header; holds its lock until the journal is closed.
    public static func create(forPlan plan: String, base: PlanFingerprint, now: Date = Date()) throws -> PlanJournal {
        let session = "\(getpid())-" + String(UInt32.random(in: 0...UInt32.max), radix: 16)
        let path = folder(ofPlan: plan) + "/" + prefix(forPlan: plan) + session + suffix
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC | O_APPEND, 0o600)
        guard fd >= 0 else {
            throw PlanFileError.writeFailed(
                path: path, reason: tr("cannot create the journal: \(SystemReason.current)"))
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            Glibc.close(fd)
            throw PlanFileError.writeFailed(path: path, reason: tr("cannot lock the journal: \(SystemReason.current)"))
        }
        let journal = PlanJournal(path: path, fd: fd)
        let head: [String: Any] = [
            header: 1, "plan": (plan as NSString).lastPathComponent, "base": base.description,
            "started": timestamp(now),
        ]
        let data = try JSONSerialization.data(withJSONObject: head, options: [.sortedKeys])
        try journal.writeLine(data)
        // The new name itself must survive a power cut.
        let dir = open(folder(ofPlan: plan), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dir >= 0 {
            fsync(dir)
            Glibc.close(dir)
        }
        return journal
    }

    /// Appends one step and waits until it is on disk.
    public func append(_ step: HistoryStep, now: Date = Date()) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try writeLine(try encoder.encode(JournalLine(at: Self.timestamp(now), step: step)))
    }

    private func writeLine(_ data: Data) throws {
        var line = data
        line.append(0x0A)
        if let failure = writeAllAndSync(fd, line) { throw PlanFileError.writeFailed(path: path, reason: failure) }
    }

    /// Removes the journal (its edits are in the plan file now, or the user discarded them).
    public func remove() { unlink(path) }

    /// The journals of `plan` whose planner is gone (nobody holds their lock), newest first.
    public static func orphans(forPlan plan: String) -> [String] {
        let dir = folder(ofPlan: plan), prefix = prefix(forPlan: plan)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return [] }
        var found: [(path: String, time: Int)] = []
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(suffix) {
            let path = dir + "/" + name
            let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { continue }
            defer { Glibc.close(fd) }
            var st = stat()
            guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_uid == getuid() else { continue }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { continue }  // its planner is alive
            flock(fd, LOCK_UN)
            found.append((path, Int(st.st_mtim.tv_sec)))
        }
        return found.sorted { $0.time > $1.time }.map(\.path)
    }

    /// Reads a journal; a torn last line (the planner died while writing it) is left out.
    public static func read(_ path: String) throws -> Contents {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PlanFileError.writeFailed(path: path, reason: tr("cannot read the journal"))
        }
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: true)
        guard let first = lines.first,
            let head = try? JSONSerialization.jsonObject(with: Data(first)) as? [String: Any], head[header] as? Int == 1
        else {
            throw PlanFileError.invalid(
                path: path, location: tr("line \(1)"), detail: tr("is not a Convene journal header"))
        }
        var steps: [HistoryStep] = []
        let decoder = JSONDecoder()
        for (n, line) in lines.dropFirst().enumerated() {
            do {
                steps.append(try decoder.decode(JournalLine.self, from: Data(line)).step)
            } catch {
                // Only the last line may be torn; anything else is damage, and the steps after it are not used.
                if n + 2 < lines.count {
                    throw PlanFileError.invalid(path: path, location: tr("line \(n + 2)"), detail: tr("cannot be read"))
                }
            }
        }
        return Contents(base: head["base"] as? String ?? "", started: head["started"] as? String ?? "", steps: steps)
    }

    /// Where `setAside` puts a journal: beside the plan, visible, named after when it was set aside.
    public static func asidePath(for plan: String, now: Date = Date()) -> String {
        let stamp = timestamp(now).replacingOccurrences(of: ":", with: "").replacingOccurrences(of: "-", with: "")
        return folder(ofPlan: plan) + "/" + (plan as NSString).lastPathComponent + ".journal-" + stamp
    }

    /// Renames a journal so it is no longer offered; returns its new path. Nothing is deleted.
    public static func setAside(_ path: String, to target: String) throws -> String {
        var chosen = target, n = 1
        while access(chosen, F_OK) == 0 {
            n += 1
            chosen = target + "-\(n)"
        }
        guard rename(path, chosen) == 0 else {
            throw PlanFileError.writeFailed(
                path: path, reason: tr("cannot rename the journal: \(SystemReason.current)"))
        }
        return chosen
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
