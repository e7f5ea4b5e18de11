import Foundation
import Phrasebook

#if canImport(Glibc)
    import Glibc
#endif

/// Reads a plan file's bytes with `read(2)`, refusing what is not a regular file and noticing a file that changes
/// while it is read.
///
/// It used to map big files (`mmap`): a program that truncated the file in place while it was read stopped Convene
/// with SIGBUS (24 of 30 runs in issue 11's probe). A read cannot fault: a file truncated meanwhile gives a short
/// read, and one written meanwhile a different size or time, both `changedWhileReading`. The buffer of a big file is
/// an anonymous mapping populated up front (`MAP_POPULATE`): one call instead of a page fault per 4 KB page, which on
/// this kind of virtual machine costs ~10 µs each (a 5.5 MB buffer faulted page by page took 12–25 ms).
enum PlanFileReader {
    /// Files from this size on get a pre-populated buffer (and the loader reads their roster on another core).
    static let bigFile = 1 << 20

    /// What `st_mode` says the file is, in words, when it is not a regular file.
    static func kind(_ mode: mode_t) -> Phrase? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return tr("a folder")
        case S_IFIFO: return tr("a named pipe (FIFO)")
        case S_IFCHR: return tr("a character device")
        case S_IFBLK: return tr("a block device")
        case S_IFSOCK: return tr("a socket")
        case S_IFLNK: return tr("a symbolic link")
        default: return tr("not a regular file")
        }
    }

    /// The bytes of the plan at `path`, or a clear error. Never blocks on a FIFO and never opens a device: the type
    /// is checked before opening (and again on the open file, in case the name was swapped in between).
    static func read(_ path: String) throws -> Data {
        var st = stat()
        guard stat(path, &st) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw PlanFileError.missing(path: path) }
            throw PlanFileError.unreadable(path: path, reason: SystemReason.phrase(code))
        }
        if let kind = kind(st.st_mode) { throw PlanFileError.notAFile(path: path, kind: kind) }
        if Int(st.st_size) > PlanLimits.maxFileBytes {
            throw PlanFileError.tooLarge(path: path, bytes: Int(st.st_size), limit: PlanLimits.maxFileBytes)
        }
        // O_NONBLOCK: should a FIFO be swapped in after the stat, the open returns at once and fstat refuses it.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw PlanFileError.missing(path: path) }
            throw PlanFileError.unreadable(path: path, reason: SystemReason.phrase(code))
        }
        defer { close(fd) }
        var before = stat()
        guard fstat(fd, &before) == 0 else {
            throw PlanFileError.unreadable(path: path, reason: SystemReason.current)
        }
        if let kind = kind(before.st_mode) { throw PlanFileError.notAFile(path: path, kind: kind) }
        let size = Int(before.st_size)
        guard size <= PlanLimits.maxFileBytes else {
            throw PlanFileError.tooLarge(path: path, bytes: size, limit: PlanLimits.maxFileBytes)
        }
        // One byte more than the size, to notice a file that grew.
        let buffer = Buffer(capacity: size + 1)
        var count = 0
        while count < buffer.capacity {
            let n = Glibc.read(fd, buffer.start + count, buffer.capacity - count)
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw PlanFileError.unreadable(path: path, reason: SystemReason.current)
            }
            if n == 0 { break }
            count += n
        }
        var after = stat()
        guard count == size, fstat(fd, &after) == 0, after.st_size == before.st_size,
            after.st_mtim.tv_sec == before.st_mtim.tv_sec, after.st_mtim.tv_nsec == before.st_mtim.tv_nsec
        else {
            throw PlanFileError.changedWhileReading(path: path)
        }
        return buffer.data(count: count)
    }

    /// Memory to read into: malloc'd for small files, a populated anonymous mapping for big ones.
    private final class Buffer {
        let start: UnsafeMutableRawPointer
        let capacity: Int
        private let mapped: Bool
        private var handedOver = false

        init(capacity: Int) {
            self.capacity = capacity
            if capacity >= PlanFileReader.bigFile,
                let address = mmap(
                    nil, capacity, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0),
                address != MAP_FAILED
            {
                start = address
                mapped = true
            } else {
                start = UnsafeMutableRawPointer.allocate(byteCount: max(capacity, 1), alignment: 16)
                mapped = false
            }
        }

        /// The first `count` bytes, as `Data` that owns the memory from now on.
        func data(count: Int) -> Data {
            handedOver = true
            if mapped {
                let total = capacity
                return Data(
                    bytesNoCopy: start, count: count, deallocator: .custom { pointer, _ in munmap(pointer, total) })
            }
            return Data(bytesNoCopy: start, count: count, deallocator: .custom { pointer, _ in pointer.deallocate() })
        }

        deinit {
            guard !handedOver else { return }
            if mapped { munmap(start, capacity) } else { start.deallocate() }
        }
    }
}
