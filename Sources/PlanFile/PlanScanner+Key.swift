import Foundation

extension PlanScanner {
    /// The bytes of a field name; `case "id":` in a switch compares them with a literal.
    struct Key {
        let bytes: UnsafeRawBufferPointer

        static func ~= (name: StaticString, key: Key) -> Bool {
            guard name.utf8CodeUnitCount == key.bytes.count else { return false }
            guard let start = key.bytes.baseAddress else { return true }  // both empty
            return memcmp(name.utf8Start, start, key.bytes.count) == 0
        }
    }
}
