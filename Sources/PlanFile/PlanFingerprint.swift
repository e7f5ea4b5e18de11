import Dispatch
import Foundation

/// What a plan file held when it was read: its size and a hash of its bytes. The planner compares it with the file
/// at the next save to notice that another program changed the file, and the journal records it to tell, after a
/// crash, whether its edits were made against the file as it is now; neither keeps a copy of the file.
public struct PlanFingerprint: Equatable, Sendable, CustomStringConvertible {
    private let size: Int
    private let hash: UInt64

    /// The fingerprint of `bytes`: 64-bit FNV-1a, the same in every process (the journal outlives the process).
    public init(_ bytes: Data) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        bytes.withUnsafeBytes { raw in
            for byte in raw.bindMemory(to: UInt8.self) {
                h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        size = bytes.count
        hash = h
    }

    /// `size:hash`, as the journal writes it.
    public var description: String { "\(size):" + String(hash, radix: 16) }
}

/// A fingerprint worked out on another core; `value` waits for it. The bytes are let go as soon as it is done.
public final class PendingFingerprint: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Set on the other core before `done` is left.
    private var result = PlanFingerprint(Data())

    init(of bytes: Data) {
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = PlanFingerprint(bytes)
            done.leave()
        }
    }

    public var value: PlanFingerprint {
        done.wait()
        return result
    }
}
