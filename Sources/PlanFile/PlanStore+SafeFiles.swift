import Foundation
import Phrasebook

#if canImport(Glibc)
    import Glibc
#endif

/// The files a save makes beside the plan, made so that nobody else who can write to the folder can steer them.
///
/// A temp file's name is `.plan.json.<pid>.<16 random hex digits>.tmp`: the pid tells `removeStaleTemps` whether its
/// writer still lives, the random part makes the name impossible to plant in advance. It is opened
/// `O_CREAT | O_EXCL | O_NOFOLLOW`, so it is always a new file (never a planted file or symbolic link), and checked
/// with `fstat` to be a regular file of this user's with one link before a byte is written.
extension PlanStore {
    /// `.plan.json.` — temp files are this, the writer's pid, a random part, `.tmp`.
    var tempPrefix: String { ".\((path as NSString).lastPathComponent)." }

    /// The mode and group a new plan file gets: the existing plan's, when it is a regular file of this user's, else
    /// 0600 and the process's group. Only the permission bits are kept (no set-id bits).
    func keptAttributes() -> (mode: mode_t, group: gid_t?) {
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_uid == geteuid() else {
            return (0o600, nil)
        }
        return (st.st_mode & 0o777, st.st_gid == getegid() ? nil : st.st_gid)
    }

    /// A temp name no one can guess: `<folder>/.plan.json.<pid>.<16 random hex digits>.tmp`.
    func newTempName() -> String {
        let random = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        return "\(folder)/\(tempPrefix)\(getpid()).\(String(repeating: "0", count: 16 - random.count))\(random).tmp"
    }

    /// Creates a new temp file beside the plan, `mode` and `group` set, and returns its path and descriptor.
    func createTemp(mode: mode_t, group: gid_t?) throws -> (path: String, fd: Int32) {
        for _ in 0..<8 {
            let name = newTempName()
            let fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd < 0 {
                if errno == EEXIST { continue }  // a planted name: draw another
                throw PlanFileError.writeFailed(
                    path: path, reason: tr("cannot create a file in \(folder): \(SystemReason.current)"))
            }
            var st = stat()
            guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_uid == geteuid(), st.st_nlink == 1
            else {
                close(fd)
                unlink(name)
                throw PlanFileError.writeFailed(
                    path: path,
                    reason: tr(
                        "the new file \(name) is not a fresh file of this user's; is someone else writing in \(folder)?"
                    )
                )
            }
            // fchmod, not the open's mode: the umask must not widen or narrow a kept mode.
            if let group { _ = fchown(fd, uid_t.max, group) }  // keeps the plan's group when this user may
            guard fchmod(fd, mode) == 0 else {
                let reason = SystemReason.current
                close(fd)
                unlink(name)
                throw PlanFileError.writeFailed(path: path, reason: tr("cannot set the mode of \(name): \(reason)"))
            }
            return (name, fd)
        }
        throw PlanFileError.writeFailed(
            path: path, reason: tr("cannot create a new file in \(folder): every name tried was taken"))
    }

    /// Removes temp files that a killed writer left behind: `.plan.json.<pid>.<random>.tmp` (or the older
    /// `.plan.json.<pid>.tmp`) of a process that no longer exists, or older than `staleTempAge` (the pid may have
    /// been reused), and an older Convene's `plan.json.bak.tmp`. Only regular files of this user's with those exact
    /// names are removed, never a link or another user's file. Runs after each successful save, so a stale temp
    /// lives at most until the next save.
    func removeStaleTemps(now: Date = Date()) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let me = getpid()
        let legacyBackupTemp = (path as NSString).lastPathComponent + ".bak.tmp"
        for name in names {
            let file = "\(folder)/\(name)"
            var st = stat()
            guard lstat(file, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_uid == geteuid() else { continue }
            if name == legacyBackupTemp {
                unlink(file)
                continue
            }
            guard name.hasPrefix(tempPrefix), name.hasSuffix(".tmp"), let pid = Self.tempPID(name, prefix: tempPrefix),
                pid != me
            else { continue }
            let age = now.timeIntervalSince1970 - Double(st.st_mtim.tv_sec)
            let dead = kill(pid, 0) != 0 && errno == ESRCH
            if dead || age > Self.staleTempAge { unlink(file) }
        }
    }

    /// The pid in a temp name (`<prefix><pid>.<16 hex>.tmp` or `<prefix><pid>.tmp`), nil for any other name.
    static func tempPID(_ name: String, prefix: String) -> Int32? {
        let middle = name.dropFirst(prefix.count).dropLast(4)
        let parts = middle.split(separator: ".", omittingEmptySubsequences: false)
        guard let pid = parts.first.flatMap({ Int32($0) }), pid > 0 else { return nil }
        switch parts.count {
        case 1: return pid
        case 2 where parts[1].count == 16 && parts[1].allSatisfy(\.isHexDigit): return pid
        default: return nil
        }
    }

    /// A temp file this old is stale even when its pid is alive (no save takes ten minutes).
    static let staleTempAge: Double = 600
}
