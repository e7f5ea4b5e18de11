import Foundation
import Phrasebook
import PlannerCore

#if canImport(Glibc)
    import Glibc
#endif

/// Owns one plan file: reads it, writes it atomically (temp file, fsync, rename, numbered backups), and locks it.
///
/// Nobody else writes the file. New files are created 0600 (they hold personal data); an existing plan of this
/// user's keeps its mode and group. Every file the store makes beside the plan is new (`O_EXCL | O_NOFOLLOW`) and
/// checked to be a regular file of this user's, so a shared folder cannot point a save at another file
/// (`PlanStore+SafeFiles.swift`). A plan path that is a symbolic link is resolved once, here: saves, backups, the
/// lock and the journal all work on the real file, and the link stays a link.
public struct PlanStore: Sendable {
    /// The plan file, its symbolic links resolved (the path given when it is not a link).
    public let path: String
    /// The path as given (a symbolic link, perhaps).
    public let displayPath: String
    /// How long a writer waits for another one to finish.
    public var lockTimeout: Double
    /// Why the path cannot be used (a dangling link), thrown by every read and write.
    private let linkProblem: PlanFileError?
    /// Makes the identity of a plan this store creates, or reads from a file that has none yet.
    public let identities: PlanIdentity
    /// The tag the place the file is kept gives the ids its books issue (a git clone's, `convene setup-git`), set on
    /// every book this store reads (`Book.copyTag`); nil for short ids.
    public var copyTag: CopyTag?

    public init(path: String, lockTimeout: Double = 5, identities: PlanIdentity = .random) {
        self.displayPath = path
        self.lockTimeout = lockTimeout
        self.identities = identities
        switch Self.resolveLink(path) {
        case .success(let resolved):
            self.path = resolved
            linkProblem = nil
        case .failure(let problem):
            self.path = path
            linkProblem = problem
        }
    }

    /// `path` itself unless it is a symbolic link, else the real file it leads to (`realpath`).
    static func resolveLink(_ path: String) -> Result<String, PlanFileError> {
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFLNK else { return .success(path) }
        if let real = realpath(path, nil) {
            defer { free(real) }
            return .success(String(cString: real))
        }
        let code = errno
        var target = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(path, &target, Int(PATH_MAX))
        let shown = n > 0 ? String(decoding: target[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "?"
        if code == ENOENT { return .failure(.danglingLink(path: path, target: shown)) }
        return .failure(
            .unreadable(path: path, reason: tr("a symbolic link to \(shown): \(SystemReason.phrase(code))")))
    }

    public var backupPath: String { path + ".bak" }
    public var lockPath: String { path + ".lock" }
    var folder: String {
        (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
    }

    public var exists: Bool { access(path, F_OK) == 0 }

    /// Reads and checks the plan.
    public func load() throws -> Book { try loadWithBytes().book }

    /// Reads and checks the plan, and returns the bytes it was read from: one read, so the two always agree.
    public func loadWithBytes() throws -> (book: Book, bytes: Data) {
        let bytes = try readBytes()
        return (try identified(decoded(bytes), bytes: bytes), bytes)
    }

    /// `book` as the start of a new plan: with an identity of its own, whatever it held (the sample's is fixed).
    public func newPlan(_ book: Book) -> Book {
        var plan = book
        plan.identity = identities.make()
        return plan
    }

    /// `book`, given an identity when its file had none (version 1, or version 2 before identities): derived from
    /// the file's bytes (`PlanIdentity.derive`), so it is the same at every read until the next save writes it; and
    /// given the store's copy tag.
    private func identified(_ book: Book, bytes: Data) -> Book {
        guard book.identity == nil || copyTag != nil else { return book }
        var plan = book
        if plan.identity == nil { plan.identity = identities.derive(bytes) }
        if let copyTag { plan.copyTag = copyTag }
        return plan
    }

    /// The book in `bytes`, read from this store's file; a refusal offers the newest backup, if there is one.
    private func decoded(_ bytes: Data) throws -> Book {
        do {
            return try PlanFormat.decode(bytes, path: path)
        } catch let error as PlanFileError {
            throw error.offering(backup: newestBackup)
        }
    }

    /// Reads and checks the plan, and returns what it held (to notice, at the next save, that another program
    /// changed the file): one read, so the two always agree. The fingerprint is worked out on another core, so the
    /// planner does not wait for it.
    public func loadWithFingerprint() throws -> (book: Book, fingerprint: PendingFingerprint) {
        let bytes = try readBytes()
        let book = try identified(decoded(bytes), bytes: bytes)
        return (book, PendingFingerprint(of: bytes))
    }

    /// The file's bytes, or a clear error: anything but a regular file is refused before it is opened, and a file
    /// changed in place while it is read is `changedWhileReading` (`PlanFileReader`).
    public func readBytes() throws -> Data {
        if let linkProblem { throw linkProblem }
        return try PlanFileReader.read(path)
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
        let book = newPlan(initial())
        try withLock {
            if !exists { try save(book) }
        }
    }

    /// Locks, reads, lets `change` edit the book, and saves if it changed — one read-modify-write no other writer can interleave with.
    @discardableResult
    ///
    /// It keeps the book as loaded beside the changed one, to save only when they differ; `edit` keeps one book.
    public func update<T>(_ change: (inout Book) throws -> T) throws -> T {
        try withLock {
            var book = try load()
            let before = book
            let result = try change(&book)
            if book != before { try save(book) }
            return result
        }
    }

    /// Loads the plan under the lock, lets `change` change the book in place, and saves it when `change` says it
    /// changed something; returns what `change` returned.
    ///
    /// One book is alive at a time, so a command's memory stays near the plan's own size (issue 11: at most three
    /// times): the in-place change copies no records, and `change` says itself whether it changed anything.
    public func edit<T>(_ change: (inout Book) throws -> (result: T, changed: Bool)) throws -> T {
        try withLock {
            var book = try load()
            let (result, changed) = try change(&book)
            if changed { try save(book) }
            return result
        }
    }

    /// Runs `body` holding the advisory lock on `<plan>.lock`; waits up to `lockTimeout` seconds for another holder.
    /// The lock file is never followed through a symbolic link (a dangling one would create a file where it points)
    /// and must be a regular file.
    public func withLock<T>(_ body: () throws -> T) throws -> T {
        if let linkProblem { throw linkProblem }
        try ensureFolder()
        let fd = open(lockPath, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == ELOOP {
                throw PlanFileError.writeFailed(
                    path: path,
                    reason: tr(
                        "the lock file \(lockPath) is a symbolic link, which Convene never makes; remove it and try again"
                    )
                )
            }
            throw PlanFileError.writeFailed(
                path: path, reason: tr("cannot open the lock file \(lockPath): \(SystemReason.current)"))
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
            throw PlanFileError.writeFailed(
                path: path, reason: tr("the lock file \(lockPath) is not a regular file; remove it and try again"))
        }
        let deadline = Date().addingTimeInterval(lockTimeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                throw PlanFileError.writeFailed(
                    path: path, reason: tr("cannot lock \(lockPath): \(SystemReason.current)"))
            }
            guard Date() < deadline else { throw PlanFileError.locked(path: path, seconds: lockTimeout) }
            usleep(10_000)
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    /// Writes the book atomically: a new temp file in the same folder (0600, or the plan's own mode), fsync, the
    /// old file kept as `.bak` (older ones as `.bak.1` … `.bak.3`), rename, fsync the folder.
    public func save(_ book: Book) throws {
        let bytes: [UInt8]
        do {
            bytes = try PlanFormat.encodedBytes(book)
        } catch PlanFileError.invalid(_, let location, let detail, _) {
            throw PlanFileError.writeFailed(path: path, reason: tr("\(location) \(detail)"))
        }
        try write(bytes)
    }

    func write(_ data: some ContiguousBytes) throws {
        if let linkProblem { throw linkProblem }
        try ensureFolder()
        let keep = keptAttributes()
        let (temp, fd) = try createTemp(mode: keep.mode, group: keep.group)
        var failure = writeAllAndSync(fd, data)
        if close(fd) != 0, failure == nil { failure = SystemReason.current }
        if let failure {
            unlink(temp)
            throw PlanFileError.writeFailed(path: path, reason: failure)
        }
        keepOlderVersion(mode: keep.mode, group: keep.group)
        keepBackups(mode: keep.mode, group: keep.group)
        guard rename(temp, path) == 0 else {
            let reason = SystemReason.current
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

    private func ensureFolder() throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw PlanFileError.writeFailed(path: path, reason: tr("\(folder) is not a folder"))
            }
            return
        }
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw PlanFileError.writeFailed(
                path: path, reason: tr("cannot create the folder \(folder): \(SystemReason.of(error))"))
        }
    }
}

/// Writes all of `data` to `fd` (again after EINTR and short writes) and fsyncs it; the reason it failed, or nil.
func writeAllAndSync(_ fd: Int32, _ data: some ContiguousBytes) -> Phrase? {
    var failure: Phrase?
    data.withUnsafeBytes { raw in
        guard let start = raw.baseAddress else { return }  // nothing to write
        var offset = 0
        while offset < raw.count {
            let n = Glibc.write(fd, start + offset, raw.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                failure = SystemReason.current
                return
            }
            offset += n
        }
    }
    if failure == nil, fsync(fd) != 0 { failure = SystemReason.current }
    return failure
}
