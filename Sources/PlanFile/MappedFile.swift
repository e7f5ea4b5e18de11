import Foundation

/// Reads a big plan file through a read-only mapping of the file's pages instead of copying it into fresh memory:
/// on this kind of virtual machine each fresh page costs a fault of ~10 µs, so a 5.5 MB copy took 12–25 ms and the
/// mapping (populated up front) under 1 ms.
///
/// The mapping lives only as long as the returned `Data`; callers parse it and let it go. Convene's own saves replace
/// the file by rename, so a mapped file never changes under it. A program that truncates the file in place during the
/// few milliseconds of reading would make the read fail with SIGBUS, the price every mmap reader (git, ripgrep) pays.
enum MappedFile {
    /// Files below this size are read with `read`: mapping costs more than it saves.
    static let threshold = 1 << 20

    /// The bytes of the open file `fd` of `size` bytes, mapped; nil when the file is small or cannot be mapped.
    static func map(_ fd: Int32, size: Int) -> Data? {
        guard size >= threshold else { return nil }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0), address != MAP_FAILED else {
            return nil
        }
        return Data(
            bytesNoCopy: address, count: size, deallocator: .custom { pointer, count in munmap(pointer, count) })
    }
}
