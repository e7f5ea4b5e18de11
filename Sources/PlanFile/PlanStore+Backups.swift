import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The last saves, kept beside the plan: `plan.json.bak` is the version before the latest save, `plan.json.bak.1`
/// the one before that, … `plan.json.bak.3` the oldest. Each save shifts them by one (`.bak.2` → `.bak.3`, …,
/// `.bak` → `.bak.1`, the old plan → `.bak`) and the oldest goes.
///
/// Three numbered ones (four versions in all): each backup is a whole copy of the personal data in the plan, and the
/// command line saves once per command, so a longer chain would keep more copies lying around without covering much
/// more time; four undo the last few commands or planner saves. All moves are `rename`s, which replace a name and
/// never follow a link, and only regular files of this user's are moved on (a planted file or link is replaced, not
/// carried along). The new `.bak` is the old plan's inode, hard-linked, so it keeps the plan's mode; where a hard link
/// is refused it is copied into a new temp file (`createTemp`) with that mode.
extension PlanStore {
    /// How many numbered backups (`.bak.1` …) are kept besides `.bak`.
    public static let numberedBackups = 3

    /// `plan.json.bak` for 0, `plan.json.bak.<n>` for n ≥ 1.
    public func backupPath(_ n: Int) -> String { n == 0 ? backupPath : backupPath + ".\(n)" }

    /// The newest backup there is: `.bak`, else the first of `.bak.1` … `.bak.3` that is there (a regular file this
    /// user can read; a link is not followed). What a refused file's message offers to restore; nil when there is none.
    public var newestBackup: String? {
        (0...Self.numberedBackups).map(backupPath).first { file in
            var st = stat()
            return lstat(file, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG && access(file, R_OK) == 0
        }
    }

    /// Keeps the current file as `.bak`, the older backups shifted by one. Best effort: a backup that cannot be
    /// made does not stop the save (the previous backups are then left as they are).
    func keepBackups(mode: mode_t, group: gid_t?) {
        guard let fresh = backupOfCurrentFile(mode: mode, group: group) else { return }
        for n in stride(from: Self.numberedBackups - 1, through: 0, by: -1) where isOwnRegularFile(backupPath(n)) {
            rename(backupPath(n), backupPath(n + 1))
        }
        if rename(fresh, backupPath) != 0 { unlink(fresh) }
    }

    /// A new temp name holding the current file: a hard link to it, else a copy. Nil when there is no file.
    func backupOfCurrentFile(mode: mode_t, group: gid_t?) -> String? {
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        // link(2) makes a new name (EEXIST if it is taken) and does not follow the plan if it were a link.
        let linked = newTempName()
        if link(path, linked) == 0 { return linked }
        guard let (temp, fd) = try? createTemp(mode: mode, group: group) else { return nil }
        let source = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        var ok = source >= 0
        if ok {
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = buffer.withUnsafeMutableBytes { Glibc.read(source, $0.baseAddress, $0.count) }
                if n < 0, errno == EINTR { continue }
                if n <= 0 {
                    ok = n == 0
                    break
                }
                let written = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, n) }
                if written != n {
                    ok = false
                    break
                }
            }
            close(source)
        }
        if ok, fsync(fd) != 0 { ok = false }
        close(fd)
        guard ok else {
            unlink(temp)
            return nil
        }
        return temp
    }

    /// Whether `file` (not followed if it is a link) is a regular file of this user's.
    func isOwnRegularFile(_ file: String) -> Bool {
        var st = stat()
        return lstat(file, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG && st.st_uid == geteuid()
    }
}

extension PlanStore {
    /// `plan.json.v1` for a plan read as version 1: where its first save keeps the file as that version wrote it.
    public func olderVersionPath(_ version: Int) -> String { path + ".v\(version)" }

    /// Before the first save over a file that was read as an older version, keeps it beside the plan as
    /// `plan.json.v<N>` (a hard link, else a copy), so an older Convene can still open it. An existing copy is never
    /// replaced. Best effort, like the backups.
    func keepOlderVersion(mode: mode_t, group: gid_t?) {
        guard PlanMigration.olderFiles.withLock({ $0.contains(path) }) else { return }
        guard let version = onDiskVersion(), version < PlanFormat.currentVersion else { return }
        let target = olderVersionPath(version)
        var st = stat()
        if lstat(target, &st) == 0 { return }
        if link(path, target) != 0, let copy = backupOfCurrentFile(mode: mode, group: group) {
            // link(2) never replaces: a name that appeared meanwhile stays.
            _ = link(copy, target)
            unlink(copy)
        }
        PlanMigration.olderFiles.withLock { _ = $0.remove(path) }
    }

    /// The format version of the file now at `path`, or nil when it cannot be read.
    private func onDiskVersion() -> Int? {
        struct Probe: Decodable { var formatVersion: Int? }
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return (try? JSONDecoder().decode(Probe.self, from: data))?.formatVersion
    }
}
