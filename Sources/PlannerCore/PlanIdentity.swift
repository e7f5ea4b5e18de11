import Foundation

/// Makes a plan's identity (`Book.identity`): a random UUID, lower case, unless a test gives its own maker.
public struct PlanIdentity: Sendable {
    /// A new identity each call.
    public let make: @Sendable () -> String

    public init(_ make: @escaping @Sendable () -> String) { self.make = make }

    /// Random UUIDs: two plans never share one.
    public static let random = PlanIdentity { UUID().uuidString.lowercased() }
}
