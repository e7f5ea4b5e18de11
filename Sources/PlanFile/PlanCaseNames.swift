import Foundation

/// The UTF-8 names of an enumeration's cases, made once, to match field values against without making Strings.
struct PlanCaseNames<T: RawRepresentable & CaseIterable & Sendable>: Sendable where T.RawValue == String {
    private let entries: [(name: [UInt8], value: T)] = T.allCases.map { (Array($0.rawValue.utf8), $0) }

    func value(named raw: UnsafeRawBufferPointer) -> T? {
        // No case has an empty name, so a matching count means both have bytes.
        guard let rawStart = raw.baseAddress else { return nil }
        for entry in entries where entry.name.count == raw.count {
            if entry.name.withUnsafeBytes({ $0.baseAddress.map { memcmp($0, rawStart, raw.count) } }) == 0 {
                return entry.value
            }
        }
        return nil
    }
}
