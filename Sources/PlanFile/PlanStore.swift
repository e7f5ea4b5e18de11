import Foundation
import PlannerCore

#if canImport(Glibc)
    import Glibc
#endif

/// Owns one plan file: reads it, writes it atomically (temp file, fsync, rename, `.bak`), and locks it.
///
/// Nobody else writes the file. Files are created 0600 (they hold personal data).
public struct PlanStore: Sendable {
    public let path: String
    /// How long a writer waits for another one to finish.
    public var lockTimeout: Double

    public init(path: String, lockTimeout: Double = 5) {
        self.path = path
        self.lockTimeout = lockTimeout
    }

    public var backupPath: String { path + ".bak" }
    public var lockPath: String { path + ".lock" }
    var folder: String {
        (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
    }

    public var exists: Bool { access(path, F_OK) == 0 }

    /// Reads and checks the plan.
    public func load() throws -> Book { try PlanFormat.decode(try readBytes(mapping: true), path: path) }

    /// Reads and checks the plan, and returns what it held (to notice, at the next save, that another program
    /// changed the file): one read, so the two always agree. A big file is read through a mapping (`MappedFile`),
    /// and its fingerprint is worked out on another core, so the planner does not wait for it.
    public func loadWithFingerprint() throws -> (book: Book, fingerprint: PendingFingerprint) {
        let bytes = try readBytes(mapping: true)
        let book = try PlanFormat.decode(bytes, path: path)
        return (book, PendingFingerprint(of: bytes))
    }

    /// The file's bytes, or a clear error.
    public func readBytes() throws -> Data { try readBytes(mapping: false) }

    /// The file's bytes, mapped when `mapping` is set and the file is big, else read.
    func readBytes(mapping: Bool) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw PlanFileError.missing(path: path)
        }
        guard !isDirectory.boolValue else {
            throw PlanFileError.unreadable(path: path, reason: "it is a folder, not a file")
        }
        var st = stat()
        if stat(path, &st) == 0, Int(st.st_size) > PlanLimits.maxFileBytes {
            throw PlanFileError.tooLarge(path: path, bytes: Int(st.st_size), limit: PlanLimits.maxFileBytes)
        }
        if mapping {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            if fd >= 0 {
                defer { close(fd) }
                // Sized by the open file itself: it may have been replaced since the stat above.
                var opened = stat()
                if fstat(fd, &opened) == 0, (opened.st_mode & S_IFMT) == S_IFREG,
                    Int(opened.st_size) <= PlanLimits.maxFileBytes,
                    let mapped = MappedFile.map(fd, size: Int(opened.st_size))
                {
                    return mapped
                }
            }
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PlanFileError.unreadable(
                path: path, reason: String(cString: strerror(access(path, R_OK) == 0 ? EIO : EACCES)))
        }
        return data
    }

    /// Reads the plan; when the file does not exist yet, creates it holding `initial()` first.
    public func loadOrCreate(_ initial: () -> Book) throws -> Book {
        if exists { return try load() }
        try create(initial)
        return try load()
    }

    /// `loadOrCreate`, also returning the file's fingerprint (see `loadWithFingerprint`).
    public func loadOrCreateWithFingerprint(_ initial: () -> Book) throws -> (
        book: Book, fingerprint: PendingFingerprint
    ) {
        if exists { return try loadWithFingerprint() }
        try create(initial)
        return try loadWithFingerprint()
    }

    /// Writes `initial()` unless another program created the file meanwhile.
    private func create(_ initial: () -> Book) throws {
        let book = initial()
        try withLock {
            if !exists { try save(book) }
        }
    }

    /// Locks, reads, lets `change` edit the book, and saves if it changed — one read-modify-write no other writer can interleave with.
    @discardableResult
    public func update<T>(_ change: (inout Book) throws -> T) throws -> T {
        try withLock {
            var book = try load()
            let before = book
            let result = try change(&book)
            if book != before { try save(book) }
            return result
        }
    }

    /// Runs `body` holding the advisory lock on `<plan>.lock`; waits up to `lockTimeout` seconds for another holder.
    public func withLock<T>(_ body: () throws -> T) throws -> T {
        try ensureFolder()
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw PlanFileError.writeFailed(
                path: path, reason: "cannot open the lock file \(lockPath): \(writeErrorText())")
        }
        defer { close(fd) }
        let deadline = Date().addingTimeInterval(lockTimeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                throw PlanFileError.writeFailed(path: path, reason: "cannot lock \(lockPath): \(errnoText())")
            }
            guard Date() < deadline else { throw PlanFileError.locked(path: path, seconds: lockTimeout) }
            usleep(10_000)
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    /// Writes the book atomically: a temp file (0600) in the same folder, fsync, the old file kept as `.bak`, rename, fsync the folder.
    public func save(_ book: Book) throws {
        let data: Data
        do {
            data = try PlanFormat.encode(book)
        } catch PlanFileError.invalid(_, let location, let detail) {
            throw PlanFileError.writeFailed(path: path, reason: "\(location) \(detail)")
        }
        try write(data)
    }

    func write(_ data: Data) throws {
        try ensureFolder()
        let temp = "\(folder)/\(tempPrefix)\(getpid()).tmp"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw PlanFileError.writeFailed(
                path: path, reason: "cannot create a file in \(folder): \(writeErrorText())")
        }
        var failure: String?
        data.withUnsafeBytes { raw in
            guard let start = raw.baseAddress else { return }  // nothing to write
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, start + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = writeErrorText()
                    return
                }
                offset += n
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = writeErrorText() }
        if close(fd) != 0, failure == nil { failure = writeErrorText() }
        if let failure {
            unlink(temp)
            throw PlanFileError.writeFailed(path: path, reason: failure)
        }
        keepBackup()
        guard rename(temp, path) == 0 else {
            let reason = writeErrorText()
            unlink(temp)
            throw PlanFileError.writeFailed(path: path, reason: reason)
        }
        let dir = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dir >= 0 {
            fsync(dir)
            close(dir)
        }
        removeStaleTemps()
    }

    /// `.plan.json.` — temp files are this, the writer's pid, `.tmp`.
    var tempPrefix: String { ".\((path as NSString).lastPathComponent)." }

    /// Removes temp files that a killed writer left behind: `.plan.json.<pid>.tmp` of a process that no longer
    /// exists, or older than `staleTempAge` (the pid may have been reused). Runs after each successful save, so a
    /// stale temp lives at most until the next save. `plan.json.bak.tmp` is replaced at the start of every save.
    func removeStaleTemps(now: Date = Date()) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let me = getpid()
        for name in names where name.hasPrefix(tempPrefix) && name.hasSuffix(".tmp") {
            guard let pid = Int32(name.dropFirst(tempPrefix.count).dropLast(4)), pid > 0, pid != me else { continue }
            let file = "\(folder)/\(name)"
            var st = stat()
            guard lstat(file, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { continue }
            let age = now.timeIntervalSince1970 - Double(st.st_mtim.tv_sec)
            let dead = kill(pid, 0) != 0 && errno == ESRCH
            if dead || age > Self.staleTempAge { unlink(file) }
        }
    }

    /// A temp file this old is stale even when its pid is alive (no save takes ten minutes).
    static let staleTempAge: Double = 600

    /// Keeps the current file as `.bak` by hard-linking it (the rename that follows leaves that inode to the backup).
    private func keepBackup() {
        guard exists else { return }
        let temp = backupPath + ".tmp"
        unlink(temp)
        if link(path, temp) == 0 {
            if rename(temp, backupPath) != 0 { unlink(temp) }
        } else if let data = FileManager.default.contents(atPath: path) {
            let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            guard fd >= 0 else { return }
            let ok = data.withUnsafeBytes { raw in
                raw.baseAddress.map { Glibc.write(fd, $0, raw.count) == raw.count } ?? true
            }
            fsync(fd)
            close(fd)
            if !ok || rename(temp, backupPath) != 0 { unlink(temp) }
        }
    }

    private func ensureFolder() throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw PlanFileError.writeFailed(path: path, reason: "\(folder) is not a folder")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw PlanFileError.writeFailed(
                path: path, reason: "cannot create the folder \(folder): \(error.localizedDescription)")
        }
    }
}

func errnoText() -> String { String(cString: strerror(errno)) }

/// `errno` after a failed write, in words a user can act on (then the system's own text).
func writeErrorText() -> String {
    let code = errno
    let system = String(cString: strerror(code))
    switch code {
    case ENOSPC: return "the disk is full: \(system)"
    case EDQUOT: return "the disk quota is used up: \(system)"
    case EFBIG: return "the file is larger than this process may write (see ulimit -f): \(system)"
    case EROFS: return "the folder is on a read-only file system: \(system)"
    case EACCES, EPERM: return "no permission to write there: \(system)"
    default: return system
    }
}
