import Foundation
import ZIPFoundation

/// The entries of a ZIP archive in memory, read from its central directory with every offset and size checked
/// against the bytes. ZIPFoundation 0.9.20 only inflates and checksums here: its own archive reader traps on a
/// directory that points outside the data and loops forever on a deflate stream cut short (both found by
/// fuzz/targets/xlsx.swift), and a roster must never do either.
struct ZIPDirectory {
    struct Entry {
        var method: UInt16
        var crc32: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeader: Int
    }

    enum Failure: Error {
        /// No end-of-central-directory record, or a directory that does not fit the bytes.
        case noDirectory
        /// An entry whose data does not fit, inflate or check out.
        case damaged
        /// An entry larger than the limit.
        case tooLarge
    }

    let data: Data
    private(set) var entries: [String: Entry] = [:]

    init(_ data: Data) throws(Failure) {
        self.data = data
        let bytes = [UInt8](data)
        // The end-of-central-directory record: 22 bytes and a comment of at most 65,535 bytes, at the end.
        guard bytes.count >= 22 else { throw .noDirectory }
        var end = -1
        for start in stride(from: bytes.count - 22, through: max(0, bytes.count - 22 - 65_535), by: -1)
        where Self.u32(bytes, start) == 0x0605_4B50 {
            end = start
            break
        }
        guard end >= 0 else { throw .noDirectory }
        let count = Int(Self.u16(bytes, end + 10))
        let directorySize = Int(Self.u32(bytes, end + 12))
        var offset = Int(Self.u32(bytes, end + 16))
        guard offset + directorySize <= end else { throw .noDirectory }
        for _ in 0..<count {
            guard offset + 46 <= end, Self.u32(bytes, offset) == 0x0201_4B50 else { throw .noDirectory }
            let nameLength = Int(Self.u16(bytes, offset + 28))
            let extraLength = Int(Self.u16(bytes, offset + 30))
            let commentLength = Int(Self.u16(bytes, offset + 32))
            let next = offset + 46 + nameLength + extraLength + commentLength
            guard next <= end else { throw .noDirectory }
            let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            let entry = Entry(
                method: Self.u16(bytes, offset + 10), crc32: Self.u32(bytes, offset + 16),
                compressedSize: Int(Self.u32(bytes, offset + 20)), uncompressedSize: Int(Self.u32(bytes, offset + 24)),
                localHeader: Int(Self.u32(bytes, offset + 42)))
            if entries[name] == nil { entries[name] = entry }
            offset = next
        }
    }

    /// The uncompressed bytes of an entry, checked against its CRC-32; at most `limit` bytes.
    func contents(of entry: Entry, limit: Int) throws(Failure) -> Data {
        guard entry.uncompressedSize <= limit else { throw .tooLarge }
        let bytes = data
        let header = entry.localHeader
        guard header >= 0, header + 30 <= bytes.count,
            Self.u32(bytes, header) == 0x0403_4B50
        else { throw .damaged }
        let start = header + 30 + Int(Self.u16(bytes, header + 26)) + Int(Self.u16(bytes, header + 28))
        guard start + entry.compressedSize <= bytes.count else { throw .damaged }
        let compressed = bytes.subdata(
            in: (bytes.startIndex + start)..<(bytes.startIndex + start + entry.compressedSize))
        var out = Data()
        var crc: UInt32
        switch entry.method {
        case 0:
            out = compressed
            crc = compressed.crc32(checksum: 0)
        case 8:
            do {
                crc = try Data.decompress(
                    size: Int64(compressed.count), bufferSize: 64 * 1024, skipCRC32: false,
                    provider: { position, size in
                        // A stream that has not ended by the end of its bytes is cut short: stop, never spin.
                        guard position < compressed.count else { throw Failure.damaged }
                        let from = Int(position)
                        return compressed.subdata(in: from..<min(compressed.count, from + size))
                    },
                    consumer: { chunk in
                        out.append(chunk)
                        if out.count > limit { throw Failure.tooLarge }
                    })
            } catch Failure.tooLarge {
                throw .tooLarge
            } catch {
                throw .damaged
            }
        default:
            throw .damaged
        }
        guard crc == entry.crc32, out.count == entry.uncompressedSize else { throw .damaged }
        return out
    }

    private static func u16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
    private static func u16(_ d: Data, _ i: Int) -> UInt16 {
        UInt16(d[d.startIndex + i]) | UInt16(d[d.startIndex + i + 1]) << 8
    }
    private static func u32(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
    }
    private static func u32(_ d: Data, _ i: Int) -> UInt32 {
        let s = d.startIndex + i
        return UInt32(d[s]) | UInt32(d[s + 1]) << 8 | UInt32(d[s + 2]) << 16 | UInt32(d[s + 3]) << 24
    }
}
