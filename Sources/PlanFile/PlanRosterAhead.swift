import Dispatch
import Foundation
import PlannerCore

/// The people array of a big plan, read on another core while the first reads the events written before it.
///
/// It is found by its place in the layout Convene writes (`PlanLayout.rosterField`: `"people"` as a top-level key,
/// two spaces in), and used only when the document, read in order, reaches its value at exactly that byte; otherwise
/// the roster is read in place as usual. Reading is a function of the bytes and the starting point, so the result is
/// the one the reader would have got itself.
final class PlanRosterAhead: @unchecked Sendable {
    /// Where the roster's value starts (set when `found` is done; nil: no such key).
    private(set) var start: Int?
    /// The roster and the reading's counts, and where the roster ends (set when `done` is done).
    private(set) var people: [Person]?
    private(set) var stats = PlanFastReader.Stats()
    private(set) var end = 0
    let found = DispatchGroup(), done = DispatchGroup()

    private init() {}

    private struct SharedBytes: @unchecked Sendable { let bytes: UnsafeRawBufferPointer }

    /// Starts reading the roster of `bytes` on another core, if the file is big enough to gain from it; the bytes
    /// must stay valid until `done`.
    static func reading(_ bytes: UnsafeRawBufferPointer, shortcuts: PlanFastReader.Shortcuts) -> PlanRosterAhead? {
        guard bytes.count >= PlanFileReader.bigFile else { return nil }
        let ahead = PlanRosterAhead()
        let shared = SharedBytes(bytes: bytes)
        ahead.found.enter()
        DispatchQueue.global(qos: .userInitiated).async(group: ahead.done) {
            ahead.start = rosterStart(in: shared.bytes)
            ahead.found.leave()
            guard let start = ahead.start else { return }
            var reader = PlanFastReader(shared.bytes, at: start, shortcuts: shortcuts)
            ahead.people = try? reader.array { try $0.person() }
            ahead.stats = reader.stats
            ahead.end = reader.scanner.at
        }
        return ahead
    }

    /// Where the value of the last `PlanLayout.rosterField` begins (the roster is the last section but one: the
    /// search from the end passes only the venues).
    static func rosterStart(in bytes: UnsafeRawBufferPointer) -> Int? {
        let key = PlanLayout.rosterField
        let count = key.utf8CodeUnitCount
        guard let base = bytes.baseAddress else { return nil }
        func matches(_ i: Int) -> Bool { memcmp(base + i, key.utf8Start, count) == 0 }
        // Eight bytes at a time, looking only at the words that hold a newline (a third of them in the pretty layout).
        var end = bytes.count - count + 1  // candidates are the offsets below `end`
        while end >= 8 {
            let word = bytes.loadUnaligned(fromByteOffset: end - 8, as: UInt64.self)
            let x = word ^ 0x0A0A_0A0A_0A0A_0A0A
            var newlines = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
            while newlines != 0 {
                // The highest newline of the word first: the search goes backwards.
                let byte = (63 - newlines.leadingZeroBitCount) / 8
                if bytes[end - 8 + byte] == 0x0A, matches(end - 8 + byte) { return end - 8 + byte + count }
                newlines &= ~(UInt64(0x80) << (8 * UInt64(byte)))
            }
            end -= 8
        }
        for i in stride(from: end - 1, through: 0, by: -1) where bytes[i] == 0x0A && matches(i) { return i + count }
        return nil
    }
}
