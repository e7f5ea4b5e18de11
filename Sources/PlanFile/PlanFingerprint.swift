import Dispatch
import Foundation

/// What a plan file held when it was read: its size and a hash of its bytes. The planner compares it with the file
/// at the next save to notice that another program changed the file, without keeping a copy of the file.
public struct PlanFingerprint: Equatable, Sendable {
    private let size: Int
    private let hash: Int

    /// The fingerprint of `bytes` (Swift's seeded SipHash: equal only within this process, which is all it is for).
    public init(_ bytes: Data) {
        var hasher = Hasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        size = bytes.count
        hash = hasher.finalize()
    }
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
