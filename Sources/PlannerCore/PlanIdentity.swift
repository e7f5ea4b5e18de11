import Foundation

/// Makes a plan's identity (`Book.identity`): a random UUID for a new plan, and for a file written before plans had
/// one, an identity derived from its bytes, unless a test gives its own maker.
///
/// Derived, not random, so that a file nobody has saved since keeps one identity across read-only commands (two
/// `agenda --format ics` runs give the same UIDs, and a calendar updates rather than doubles its entries), and its
/// copies share it, as copies of a plan do; the first save writes it into the file.
public struct PlanIdentity: Sendable {
    /// A new identity each call.
    public let make: @Sendable () -> String
    /// The identity of a file without one, from its bytes.
    public let derive: @Sendable (Data) -> String

    /// One maker for both (tests).
    public init(_ make: @escaping @Sendable () -> String) {
        self.make = make
        self.derive = { _ in make() }
    }

    public init(make: @escaping @Sendable () -> String, derive: @escaping @Sendable (Data) -> String) {
        self.make = make
        self.derive = derive
    }

    /// Random UUIDs for new plans (two plans never share one); for an old file, a UUID-shaped digest of its bytes.
    public static let random = PlanIdentity(
        make: { UUID().uuidString.lowercased() }, derive: { digestIdentity(of: $0) })

    /// 128 bits of two FNV-1a hashes of `bytes`, written as a version-8 UUID (RFC 9562's "custom" layout).
    static func digestIdentity(of bytes: Data) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x6c62_272e_07bb_0142
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = b ^ (b >> 29)
        }
        let high = (a & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_8000
        let low = (b & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        let hex = String(format: "%016llx%016llx", high, low)
        let c = Array(hex)
        return [c[0..<8], c[8..<12], c[12..<16], c[16..<20], c[20..<32]].map { String($0) }.joined(separator: "-")
    }
}
