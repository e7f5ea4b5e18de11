import Foundation
import Phrasebook

#if canImport(Glibc)
    import Glibc
#endif

/// What the operating system said went wrong (an `errno` value), in words a user can act on, in either language.
/// The codes a user meets have their own phrase; any other is the system's own (English) text with its number.
enum SystemReason {
    static func phrase(_ code: Int32) -> Phrase {
        switch code {
        case ENOSPC: return tr("the disk is full")
        case EDQUOT: return tr("the disk quota is used up")
        case EFBIG: return tr("the file is larger than this process may write (see ulimit -f)")
        case EROFS: return tr("the folder is on a read-only file system")
        case EACCES, EPERM: return tr("no permission")
        case ENOENT: return tr("no such file or folder")
        case ENOTDIR: return tr("a part of the path is not a folder")
        case EISDIR: return tr("it is a folder")
        case ELOOP: return tr("too many levels of symbolic links")
        case ENAMETOOLONG: return tr("the name is too long")
        case EMFILE, ENFILE: return tr("too many files are open")
        case EIO: return tr("the disk reported an input/output error")
        case EBUSY, ETXTBSY: return tr("the file is in use")
        case EEXIST: return tr("the name is already taken")
        case EXDEV: return tr("the two paths are on different file systems")
        case ENOMEM: return tr("out of memory")
        default:
            let system = String(cString: strerror(code))
            return tr("system error \(Int(code)): \(system)")
        }
    }

    /// The reason behind a Foundation error: its POSIX code where it carries one, else its own description.
    static func of(_ error: Error) -> Phrase {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return phrase(Int32(ns.code)) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return phrase(Int32(underlying.code))
        }
        if ns.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: ns.code) {
            case .fileWriteNoPermission, .fileReadNoPermission: return phrase(EACCES)
            case .fileWriteOutOfSpace: return phrase(ENOSPC)
            case .fileWriteVolumeReadOnly: return phrase(EROFS)
            case .fileWriteFileExists: return phrase(EEXIST)
            case .fileNoSuchFile, .fileReadNoSuchFile: return phrase(ENOENT)
            default: break
            }
        }
        return .verbatim(ns.localizedDescription)
    }

    /// The reason for the current `errno`.
    static var current: Phrase { phrase(errno) }
}
