import Foundation
import Phrasebook

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a printout (an agenda page, a participant list) the way the store writes the plan: a new temp file in the
/// target's folder (`O_EXCL | O_NOFOLLOW`, checked to be a fresh file of this user's), fsync, then into place, and
/// the folder fsynced. A reader never sees half a printout, and a shared folder cannot steer the write.
public enum PrintoutFile {
    /// Why a printout was not written.
    public enum Failure: PhrasedError, Equatable, CustomStringConvertible {
        /// The file exists (or a link by that name), and replacing it was not asked for.
        case exists(path: String)
        case failed(path: String, reason: Phrase)

        public var description: String { phrase.description }

        /// The message, in either language.
        public var phrase: Phrase {
            switch self {
            case .exists(let path): return tr("\(path) exists")
            case let .failed(path, reason): return tr("\(path): \(reason)")
            }
        }
    }

    /// The mode of a printout: 0600 for personal data, else 0644 less the umask (as any new file).
    public static func mode(personal: Bool) -> mode_t {
        personal ? 0o600 : 0o644 & ~currentUmask()
    }

    /// The process's umask, read from `/proc/self/status` where it can be: setting and restoring it (the only
    /// other way) would change it for a moment under the other threads' feet.
    static func currentUmask() -> mode_t {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
            let mask = mode_t(line.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8)
        {
            return mask
        }
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    /// Writes `data` to `path` with `mode`. Without `replace`, an existing name is never touched: the temp file is
    /// linked into place, which fails when the name is taken, even by a file made a moment ago. With `replace`, it
    /// is renamed over the file (a symbolic link's target, as for the plan).
    public static func write(_ data: Data, to path: String, mode: mode_t, replace: Bool) throws {
        let store = PlanStore(path: path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: store.folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw Failure.failed(path: path, reason: tr("the folder \(store.folder) does not exist"))
        }
        if !replace, access(path, F_OK) == 0 { throw Failure.exists(path: path) }
        let temp: (path: String, fd: Int32)
        do {
            temp = try store.createTemp(mode: mode, group: nil)
        } catch let error as PlanFileError {
            guard case .writeFailed(_, let reason) = error else { throw error }
            throw Failure.failed(path: path, reason: reason)
        }
        var failure = writeAllAndSync(temp.fd, data)
        if close(temp.fd) != 0, failure == nil { failure = SystemReason.current }
        if failure == nil {
            if replace {
                if rename(temp.path, store.path) != 0 { failure = SystemReason.current }
            } else {
                if link(temp.path, path) != 0 {
                    if errno == EEXIST {
                        unlink(temp.path)
                        throw Failure.exists(path: path)
                    }
                    failure = SystemReason.current
                }
                unlink(temp.path)
            }
        }
        if let failure {
            unlink(temp.path)
            throw Failure.failed(path: path, reason: failure)
        }
        let dir = open(store.folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dir >= 0 {
            fsync(dir)
            close(dir)
        }
    }
}
